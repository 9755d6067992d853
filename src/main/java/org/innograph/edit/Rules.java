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
 * The checks an input passes before anything is written: the same rules as the seed's JSON Schema and
 * checks ({@code graph-seed/schema/seed-file.schema.json}, {@code SeedChecks}), so that whatever editors
 * write can be exported back into seed files.
 */
final class Rules {

	static final Pattern ENTITY_ID = Pattern.compile("^[a-z]+:[a-z0-9][a-z0-9._-]*$");

	static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]*$");

	static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9._-]*$");

	static final Pattern SOURCE_ID = Pattern.compile("^doc:[0-9]{3}$");

	static final Pattern DOCUMENT_ID = Pattern.compile("^[0-9]{3}_[0-9a-f]{16}$");

	static final Pattern LOCATOR = Pattern.compile("^L[0-9]+(-[0-9]+)?( .+)?$");

	static final Set<String> SOURCE_KINDS = Set.of("press-release", "plan", "report", "law", "web-page");

	static final int SHORT = 300;

	static final int LONG = 2000;

	private Rules() {
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

	/** An entity id {@code <prefix>:<slug>} whose prefix is the kind's (when the kind is known). */
	static void entityId(String id, EntityKind kind, String field, FieldErrors errors) {
		if (id == null || id.isBlank()) {
			errors.add(field, "is required");
			return;
		}
		if (id.length() > 120 || !ENTITY_ID.matcher(id).matches()) {
			errors.add(field, "must be <prefix>:<slug> in lower case (letters, digits, '.', '_', '-'), at most 120 characters");
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

	static void text(String value, int max, String field, FieldErrors errors) {
		if (value != null && value.length() > max) {
			errors.add(field, "is longer than " + max + " characters");
		}
	}

	static void required(String value, String field, FieldErrors errors) {
		if (value == null || value.isBlank()) {
			errors.add(field, "is required");
		}
	}

	/** A name: both languages, each 1 to 300 characters. */
	static void name(Inputs.Text name, String field, FieldErrors errors) {
		if (name == null) {
			errors.add(field, "is required");
			return;
		}
		required(name.ko(), field + ".ko", errors);
		required(name.en(), field + ".en", errors);
		text(name.ko(), SHORT, field + ".ko", errors);
		text(name.en(), SHORT, field + ".en", errors);
	}

	/** A description or role label: at least one language when given. */
	static void optionalText(Inputs.Text text, int max, boolean both, String field, FieldErrors errors) {
		if (text == null) {
			return;
		}
		boolean ko = text.ko() != null && !text.ko().isBlank();
		boolean en = text.en() != null && !text.en().isBlank();
		if (both && (ko != en)) {
			errors.add(field, "needs both ko and en (or neither, to clear it)");
		}
		text(text.ko(), max, field + ".ko", errors);
		text(text.en(), max, field + ".en", errors);
	}

	static void names(List<String> names, String field, FieldErrors errors) {
		if (names == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name == null || name.isBlank()) {
				errors.add(field + "[" + i + "]", "is empty");
			}
			else if (name.length() > SHORT) {
				errors.add(field + "[" + i + "]", "is longer than " + SHORT + " characters");
			}
			else if (!seen.add(name)) {
				errors.add(field + "[" + i + "]", "is listed twice");
			}
		}
	}

	/** A partial date YYYY, YYYY-MM or YYYY-MM-DD; null when absent, empty or invalid. */
	static PartialDate date(String text, String field, FieldErrors errors) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return PartialDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(field, ex.getMessage());
			return null;
		}
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
		else if (amount.unit().length() > 20) {
			errors.add(field + ".unit", "is longer than 20 characters");
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
		if (item.quote() == null || item.quote().strip().length() < 2 || item.quote().length() > 400) {
			errors.add(field + ".quote", "must be 2 to 400 characters, verbatim from the source");
		}
		if (item.locator() == null || item.locator().length() > 120 || !LOCATOR.matcher(item.locator()).matches()) {
			errors.add(field + ".locator", "must be L<line> or L<first>-<last>, optionally followed by words");
		}
		text(item.note(), LONG, field + ".note", errors);
	}

}
