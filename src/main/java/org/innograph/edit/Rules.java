package org.innograph.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.graph.Status;

/**
 * The checks an input passes before anything is written: the same rules as the seed's
 * JSON Schema and checks ({@code graph-seed/schema/seed-file.schema.json},
 * {@code SeedChecks}), so that whatever editors write can be exported back into seed
 * files. The lengths and counts are read from that schema ({@link SeedLimits}); dates
 * follow {@link PartialDate#parse}.
 * <p>
 * Every text refuses control characters: one-line texts (names, aliases, labels, codes,
 * units, locators) refuse all of them, texts that may span lines (descriptions, notes,
 * quotes, reasons) allow tab and line feed only. Unpaired surrogates and the
 * non-characters U+FFFE and U+FFFF are refused too: none of them can be written in XML
 * 1.0, so a record holding one could not be exported as GraphML or GEXF.
 */
final class Rules {

	/**
	 * The shape of an id before its prefix is checked against the kinds
	 * ({@link #entityId}), so that a wrong prefix gets its own message; the seed schema's
	 * {@code entityId} pattern lists the prefixes instead.
	 */
	static final Pattern ENTITY_ID = Pattern.compile("^[a-z]+:[a-z0-9][a-z0-9._-]*$");

	static final Pattern SLUG = SeedLimits.pattern("/$defs/entity/properties/type");

	static final Pattern KEY = SeedLimits.pattern("/$defs/relationship/properties/key");

	static final Pattern SOURCE_ID = SeedLimits.pattern("/$defs/sourceId");

	static final Pattern DOCUMENT_ID = SeedLimits.pattern("/$defs/source/properties/documentId");

	static final Pattern LOCATOR = SeedLimits.pattern("/$defs/evidence/properties/locator");

	static final Set<String> SOURCE_KINDS = SeedLimits.values("/$defs/source/properties/kind");

	/** Names, titles, publishers, role labels. */
	static final int SHORT = SeedLimits.maxLength("/$defs/shortText");

	/** Descriptions, notes, reasons. */
	static final int LONG = SeedLimits.maxLength("/$defs/text");

	static final int ACRONYM = SeedLimits.maxLength("/$defs/acronym");

	static final int ALIAS = SeedLimits.maxLength("/$defs/alias");

	static final int MAX_ACRONYMS = SeedLimits.maxItems("/$defs/entity/properties/acronyms");

	static final int MAX_ALIASES = SeedLimits.maxItems("/$defs/entity/properties/aliases");

	static final int ENTITY_ID_LENGTH = SeedLimits.maxLength("/$defs/entityId");

	static final int QUOTE_MIN = SeedLimits.minLength("/$defs/evidence/properties/quote");

	static final int QUOTE_MAX = SeedLimits.maxLength("/$defs/evidence/properties/quote");

	static final int LOCATOR_LENGTH = SeedLimits.maxLength("/$defs/evidence/properties/locator");

	static final int CODE = SeedLimits.maxLength("/$defs/entity/properties/code");

	static final int SLUG_LENGTH = SeedLimits.maxLength("/$defs/entity/properties/type");

	static final int UNIT = SeedLimits.maxLength("/$defs/relationship/properties/amount/properties/unit");

	static final int URL = SeedLimits.maxLength("/$defs/source/properties/url");

	/**
	 * Whether a text may hold tab and line feed, the only control characters any text may
	 * hold.
	 */
	enum Lines {

		ONE, MANY

	}

	private Rules() {
	}

	/**
	 * Adds a field error and answers false if the text holds a character no text of the
	 * graph may hold (see the class comment); the message names the first one and where
	 * it is.
	 */
	static boolean characters(String value, Lines lines, String field, FieldErrors errors) {
		if (value == null) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
				continue;
			}
			String problem = problem(c, lines);
			if (problem != null) {
				errors.add(field,
						"contains " + problem + " (U+%04X) at position %d".formatted((int) c, i + 1)
								+ ((lines == Lines.MANY) ? "; only tab and line feed (\\n) may break the text"
										: "; this is one line of text"));
				return false;
			}
		}
		return true;
	}

	private static String problem(char c, Lines lines) {
		if (c == '\t' || c == '\n') {
			return (lines == Lines.ONE) ? "a tab or line break" : null;
		}
		if (Character.isISOControl(c)) {
			return "a control character";
		}
		if (Character.isSurrogate(c)) {
			return "half of a surrogate pair";
		}
		if (c == '\uFFFE' || c == '\uFFFF') {
			return "a non-character";
		}
		return null;
	}

	static EntityKind entityKind(String value, String field, FieldErrors errors) {
		if (value == null) {
			errors.add(field, "is required");
			return null;
		}
		try {
			return EntityKind.ofApiName(value);
		}
		catch (IllegalArgumentException ex) {
			errors.add(field, "is not an entity kind: " + value);
			return null;
		}
	}

	static RelationshipType relationshipType(String value, String field, FieldErrors errors) {
		if (value == null) {
			errors.add(field, "is required");
			return null;
		}
		try {
			return RelationshipType.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			errors.add(field, "is not a relationship type: " + value);
			return null;
		}
	}

	/**
	 * An entity id {@code <prefix>:<slug>} whose prefix is the kind's (when the kind is
	 * known).
	 */
	static void entityId(String id, EntityKind kind, String field, FieldErrors errors) {
		if (id == null || id.isBlank()) {
			errors.add(field, "is required");
			return;
		}
		if (id.length() > ENTITY_ID_LENGTH || !ENTITY_ID.matcher(id).matches()) {
			errors.add(field, "must be <prefix>:<slug> in lower case (letters, digits, '.', '_', '-'), at most "
					+ ENTITY_ID_LENGTH + " characters");
			return;
		}
		if (kind != null && !id.startsWith(kind.idPrefix() + ":")) {
			errors.add(field, "must start with '" + kind.idPrefix() + ":' for a " + kind.apiName());
		}
		else if (kind == null && EntityKind.ofId(id).isEmpty()) {
			errors.add(field, "has no known kind prefix (org:, region:, agreement:, …)");
		}
	}

	static void pattern(String value, Pattern pattern, int max, String field, String what, FieldErrors errors) {
		if (value == null || value.isEmpty()) {
			return;
		}
		if (value.length() > max || !pattern.matcher(value).matches()) {
			errors.add(field, "must be " + what + ", at most " + max + " characters");
		}
	}

	/** One line of text of at most {@code max} characters. */
	static void text(String value, int max, String field, FieldErrors errors) {
		text(value, max, Lines.ONE, field, errors);
	}

	/**
	 * A text that may span lines (a note, a reason), at most {@link #LONG} characters.
	 */
	static void longText(String value, String field, FieldErrors errors) {
		text(value, LONG, Lines.MANY, field, errors);
	}

	static void text(String value, int max, Lines lines, String field, FieldErrors errors) {
		if (value == null || !characters(value, lines, field, errors)) {
			return;
		}
		if (value.length() > max) {
			errors.add(field, "is longer than " + max + " characters");
		}
	}

	/**
	 * A required id or key whose form the database checks by finding it (or not): one
	 * line, no controls.
	 */
	static void required(String value, String field, FieldErrors errors) {
		if (value == null || value.isBlank()) {
			errors.add(field, "is required");
		}
		else {
			characters(value, Lines.ONE, field, errors);
		}
	}

	/** A name: both languages, each one line of 1 to {@link #SHORT} characters. */
	static void name(Inputs.Text name, String field, FieldErrors errors) {
		if (name == null) {
			errors.add(field, "is required");
			return;
		}
		for (String language : List.of("ko", "en")) {
			String value = language.equals("ko") ? name.ko() : name.en();
			if (value == null || value.isBlank()) {
				errors.add(field + "." + language, "is required");
			}
			else {
				text(value, SHORT, field + "." + language, errors);
			}
		}
	}

	/** A description or role label: at least one language when given. */
	static void optionalText(Inputs.Text text, int max, Lines lines, boolean both, String field, FieldErrors errors) {
		if (text == null) {
			return;
		}
		boolean ko = text.ko() != null && !text.ko().isBlank();
		boolean en = text.en() != null && !text.en().isBlank();
		if (both && (ko != en)) {
			errors.add(field, "needs both ko and en (or neither, to clear it)");
		}
		text(text.ko(), max, lines, field + ".ko", errors);
		text(text.en(), max, lines, field + ".en", errors);
	}

	/**
	 * Acronyms or aliases: at most {@code maxItems}, each one line of at most {@code max}
	 * characters, none twice. The bounds keep every name of an entity, joined into the
	 * text the search index holds, below that index's key size limit (see
	 * {@code RulesTests}).
	 */
	static void names(List<String> names, int maxItems, int max, String field, FieldErrors errors) {
		if (names == null) {
			return;
		}
		if (names.size() > maxItems) {
			errors.add(field, "has " + names.size() + " items; at most " + maxItems + " are allowed");
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String item = field + "[" + i + "]";
			if (name == null || name.isBlank()) {
				errors.add(item, "is empty");
			}
			else if (!characters(name, Lines.ONE, item, errors)) {
				continue;
			}
			else if (name.length() > max) {
				errors.add(item, "is longer than " + max + " characters");
			}
			else if (!seen.add(name)) {
				errors.add(item, "is listed twice");
			}
		}
	}

	static void acronyms(List<String> acronyms, String field, FieldErrors errors) {
		names(acronyms, MAX_ACRONYMS, ACRONYM, field, errors);
	}

	static void aliases(List<String> aliases, String field, FieldErrors errors) {
		names(aliases, MAX_ALIASES, ALIAS, field, errors);
	}

	static void period(PartialDate from, PartialDate to, String field, FieldErrors errors) {
		if (from != null && to != null && from.start().isAfter(to.end())) {
			errors.add(field, "the period starts (" + from + ") after it ends (" + to + ")");
		}
	}

	static void status(String status, String field, FieldErrors errors) {
		if (status == null || status.isEmpty()) {
			return;
		}
		try {
			Status.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			errors.add(field, "is not a status: " + status);
		}
	}

	static void amount(Inputs.AmountInput amount, String field, FieldErrors errors) {
		if (amount == null) {
			return;
		}
		if (amount.value() == null || amount.value().isNaN() || amount.value().isInfinite() || amount.value() < 0) {
			errors.add(field + ".value", "must be a number of at least 0");
		}
		if (amount.unit() == null || amount.unit().isBlank()) {
			errors.add(field + ".unit", "is required (억 원, 조 원, 개 …)");
		}
		else {
			text(amount.unit(), UNIT, field + ".unit", errors);
		}
	}

	/** Evidence items; {@code required} when the record needs at least one. */
	static void evidence(List<Inputs.EvidenceInput> items, boolean required, String field, FieldErrors errors) {
		if (items == null || items.isEmpty()) {
			if (required) {
				errors.add(field, "needs at least one evidence record (source, quote, locator)");
			}
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			evidenceItem(items.get(i), field + "[" + i + "]", errors);
		}
	}

	static void evidenceItem(Inputs.EvidenceInput item, String field, FieldErrors errors) {
		if (item == null) {
			errors.add(field, "is empty");
			return;
		}
		if (item.source() == null || !SOURCE_ID.matcher(item.source()).matches()) {
			errors.add(field + ".source", "must be a source id such as doc:000");
		}
		if (item.quote() == null || item.quote().strip().length() < QUOTE_MIN || item.quote().length() > QUOTE_MAX) {
			errors.add(field + ".quote",
					"must be " + QUOTE_MIN + " to " + QUOTE_MAX + " characters, verbatim from the source");
		}
		else {
			characters(item.quote(), Lines.MANY, field + ".quote", errors);
		}
		// Characters first: the schema's pattern refuses control characters too, but says
		// less about which.
		if (characters(item.locator(), Lines.ONE, field + ".locator", errors) && (item.locator() == null
				|| item.locator().length() > LOCATOR_LENGTH || !LOCATOR.matcher(item.locator()).matches())) {
			errors.add(field + ".locator", "must be L<line> or L<first>-<last>, optionally followed by words");
		}
		longText(item.note(), field + ".note", errors);
	}

}
