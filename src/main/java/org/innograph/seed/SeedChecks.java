package org.innograph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;

/**
 * Checks across records and files that a JSON Schema cannot express: unique ids,
 * references that resolve, id prefixes that match kinds, real calendar dates in order, no
 * personal contact data, and — when the source documents are at hand — that every quote
 * occurs verbatim in its source, at its locator.
 */
public final class SeedChecks {

	/**
	 * Korean phone numbers (042-270-4150, 044-203-4512) and web-hard logins must never
	 * enter the graph.
	 */
	private static final Pattern CONTACT_DATA = Pattern
		.compile("(\\b0\\d{1,2}[-)]\\s?\\d{3,4}-\\d{4}\\b)|(webhard)|(\\bPW\\s*:)", Pattern.CASE_INSENSITIVE);

	private static final Pattern LOCATOR_LINES = Pattern.compile("^L(\\d+)(?:-(\\d+))?");

	/**
	 * Lines around a locator that still count as "at the locator" (text wrapped across
	 * lines).
	 */
	private static final int LINE_SLACK = 1;

	private final Optional<Path> sourcesDirectory;

	private final Map<String, SourceText> sourceTexts = new HashMap<>();

	/**
	 * @param sourcesDirectory the folder holding the source documents
	 * ({@code shared/sources}); when empty, quotes are not checked against the documents
	 */
	public SeedChecks(Optional<Path> sourcesDirectory) {
		this.sourcesDirectory = sourcesDirectory;
	}

	/** Every problem found; empty when the seed is consistent. */
	public List<SeedProblem> check(Seed seed) {
		List<SeedProblem> problems = new ArrayList<>();
		Map<String, Seed.Source> sources = new HashMap<>();
		Set<String> entityIds = new HashSet<>();
		Set<String> relationshipIds = new HashSet<>();

		for (Seed.Source source : seed.sources()) {
			if (sources.putIfAbsent(source.id(), source) != null) {
				problems.add(new SeedProblem(where(source.origin(), source.id()), "duplicate source id"));
			}
			checkDate(source.published(), "published", where(source.origin(), source.id()), problems);
			checkSourceFile(source, problems);
		}
		for (Seed.Entity entity : seed.entities()) {
			String where = where(entity.origin(), entity.id());
			if (!entityIds.add(entity.id())) {
				problems.add(new SeedProblem(where, "duplicate entity id (each entity is one record in one file)"));
			}
			checkKindPrefix(entity, where, problems);
			checkDate(entity.date(), "date", where, problems);
			checkPeriod(entity.validFrom(), entity.validTo(), where, problems);
			checkEvidence(entity.evidence(), sources, where, problems);
			for (Seed.Fact fact : entity.facts()) {
				String factWhere = where + " fact " + fact.key();
				checkDate(fact.date(), "date", factWhere, problems);
				checkPeriod(fact.from(), fact.to(), factWhere, problems);
				checkBasis(fact.basis(), null, fact.note(), factWhere, problems);
				checkEvidence(fact.evidence(), sources, factWhere, problems);
			}
		}
		for (Seed.Source source : seed.sources()) {
			if (source.publisherEntity() != null && !entityIds.contains(source.publisherEntity())) {
				problems.add(new SeedProblem(where(source.origin(), source.id()),
						"publisherEntity " + source.publisherEntity() + " is not an entity of the seed"));
			}
		}
		for (Seed.Relationship rel : seed.relationships()) {
			String where = where(rel.origin(), rel.effectiveId());
			if (!relationshipIds.add(rel.effectiveId())) {
				problems.add(new SeedProblem(where,
						"duplicate relationship id; give one of them a 'key' to tell them apart"));
			}
			if (!entityIds.contains(rel.from())) {
				problems.add(new SeedProblem(where, "from " + rel.from() + " is not an entity of the seed"));
			}
			if (!entityIds.contains(rel.to())) {
				problems.add(new SeedProblem(where, "to " + rel.to() + " is not an entity of the seed"));
			}
			if (rel.from().equals(rel.to())) {
				problems.add(new SeedProblem(where, "a relationship from an entity to itself"));
			}
			checkPeriod(rel.validFrom(), rel.validTo(), where, problems);
			checkBasis(rel.basis(), rel.status(), rel.note(), where, problems);
			checkEvidence(rel.evidence(), sources, where, problems);
		}
		checkNoContactData(seed, problems);
		return problems;
	}

	/**
	 * A basis that contradicts the record: an inference must say why (its note), and a
	 * plan cannot have happened (a status of CONFIRMED, DESIGNATED, SIGNED, IN_OPERATION
	 * or COMPLETED). Edits follow the same rules ({@code edit.Rules}). That every record
	 * has a basis at all is the JSON Schema's rule.
	 */
	private void checkBasis(String basis, String status, String note, String where, List<SeedProblem> problems) {
		if (basis == null) {
			return;
		}
		if (Basis.INFERRED.name().equals(basis) && (note == null || note.isBlank())) {
			problems.add(new SeedProblem(where, "basis INFERRED needs a note saying why the text implies it"));
		}
		if (Basis.PLANNED.name().equals(basis) && status != null && Basis.HAPPENED.contains(status)) {
			problems
				.add(new SeedProblem(where, "basis PLANNED contradicts status " + status + ", which says it happened"));
		}
	}

	private static String where(Seed.Origin origin, String id) {
		return origin + " (" + id + ")";
	}

	private static void checkKindPrefix(Seed.Entity entity, String where, List<SeedProblem> problems) {
		EntityKind kind = EntityKind.ofLabel(entity.kind());
		if (!entity.id().startsWith(kind.idPrefix() + ":")) {
			problems.add(new SeedProblem(where,
					"an entity of kind " + kind.label() + " has an id starting with '" + kind.idPrefix() + ":'"));
		}
	}

	private static void checkDate(String text, String field, String where, List<SeedProblem> problems) {
		if (text == null) {
			return;
		}
		try {
			PartialDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new SeedProblem(where, field + ": " + ex.getMessage()));
		}
	}

	private static void checkPeriod(String from, String to, String where, List<SeedProblem> problems) {
		checkDate(from, "from", where, problems);
		checkDate(to, "to", where, problems);
		if (from == null || to == null) {
			return;
		}
		try {
			if (PartialDate.parse(from).start().isAfter(PartialDate.parse(to).end())) {
				problems.add(new SeedProblem(where, "the period starts (" + from + ") after it ends (" + to + ")"));
			}
		}
		catch (IllegalArgumentException ex) {
			// already reported by checkDate
		}
	}

	private void checkEvidence(List<Seed.Evidence> evidence, Map<String, Seed.Source> sources, String where,
			List<SeedProblem> problems) {
		for (Seed.Evidence item : evidence) {
			Seed.Source source = sources.get(item.source());
			if (source == null) {
				problems.add(new SeedProblem(where, "evidence cites " + item.source() + ", which is not a source"));
				continue;
			}
			sourceText(source).ifPresent(
					(text) -> text.locate(item).ifPresent((problem) -> problems.add(new SeedProblem(where, problem))));
		}
	}

	private void checkSourceFile(Seed.Source source, List<SeedProblem> problems) {
		if (this.sourcesDirectory.isPresent() && sourceText(source).isEmpty()) {
			problems.add(new SeedProblem(where(source.origin(), source.id()),
					"no document " + source.documentId() + ".txt in " + this.sourcesDirectory.get()));
		}
	}

	private Optional<SourceText> sourceText(Seed.Source source) {
		if (this.sourcesDirectory.isEmpty()) {
			return Optional.empty();
		}
		Path file = this.sourcesDirectory.get().resolve(source.documentId() + ".txt");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(this.sourceTexts.computeIfAbsent(source.id(), (id) -> SourceText.read(file)));
	}

	private static void checkNoContactData(Seed seed, List<SeedProblem> problems) {
		for (Seed.Entity entity : seed.entities()) {
			List<String> texts = new ArrayList<>();
			texts.add(entity.name().ko());
			texts.add(entity.name().en());
			texts.addAll(entity.aliases());
			texts.addAll(entity.acronyms());
			if (entity.description() != null) {
				texts.add(entity.description().ko());
				texts.add(entity.description().en());
			}
			texts.add(entity.note());
			entity.evidence().forEach(addQuote(texts));
			for (Seed.Fact fact : entity.facts()) {
				texts.add(String.valueOf(fact.value()));
				fact.evidence().forEach(addQuote(texts));
				if (fact.text() != null) {
					texts.add(fact.text().ko());
					texts.add(fact.text().en());
				}
			}
			reportContactData(texts, where(entity.origin(), entity.id()), problems);
		}
		for (Seed.Relationship rel : seed.relationships()) {
			List<String> texts = new ArrayList<>();
			texts.add(rel.note());
			rel.evidence().forEach(addQuote(texts));
			reportContactData(texts, where(rel.origin(), rel.effectiveId()), problems);
		}
	}

	private static Consumer<Seed.Evidence> addQuote(List<String> texts) {
		return (evidence) -> {
			texts.add(evidence.quote());
			texts.add(evidence.note());
		};
	}

	private static void reportContactData(List<String> texts, String where, List<SeedProblem> problems) {
		for (String text : texts) {
			if (text != null && CONTACT_DATA.matcher(text).find()) {
				problems.add(new SeedProblem(where,
						"contains personal contact data (a phone number or a login): '" + text + "'"));
			}
		}
	}

	/** Collapses every run of whitespace (including no-break spaces) to one space. */
	static String normalise(String text) {
		return text.replaceAll("[\\s\\u00A0\\u3000]+", " ").trim();
	}

	/** A source document, normalised once for quote look-ups. */
	private record SourceText(List<String> lines, String whole) {

		static SourceText read(Path file) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				return new SourceText(lines, normalise(String.join("\n", lines)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * A problem if the quote is not in the document or not at its locator; empty if
		 * it is.
		 */
		Optional<String> locate(Seed.Evidence evidence) {
			String quote = normalise(evidence.quote());
			if (!this.whole.contains(quote)) {
				return Optional.of("quote not found verbatim in " + evidence.source() + ": '" + evidence.quote() + "'");
			}
			Matcher lines = LOCATOR_LINES.matcher(evidence.locator());
			if (!lines.find()) {
				return Optional.empty();
			}
			int first = Integer.parseInt(lines.group(1));
			int last = (lines.group(2) != null) ? Integer.parseInt(lines.group(2)) : first;
			if (first < 1 || last < first || first > this.lines.size()) {
				return Optional.of("locator " + evidence.locator() + " is outside " + evidence.source() + " (1-"
						+ this.lines.size() + ")");
			}
			int from = Math.max(1, first - LINE_SLACK);
			int to = Math.min(this.lines.size(), last + LINE_SLACK);
			String located = normalise(String.join("\n", this.lines.subList(from - 1, to)));
			if (!located.contains(quote)) {
				return Optional.of("quote is in " + evidence.source() + " but not at " + evidence.locator() + ": '"
						+ evidence.quote() + "'");
			}
			return Optional.empty();
		}

	}

}
