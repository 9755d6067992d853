package org.innograph.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.graph.Amount;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.seed.Seed;
import org.innograph.seed.SeedFiles;
import org.innograph.seed.SeedReader;

/**
 * Runs the pipeline on one of the five documents with the entities of
 * {@code graph-seed/shared/} as the only known ones, and compares what it proposes with
 * that document's curated records. How things are matched (see docs/curation.md):
 * <ul>
 * <li>an entity is found when a known mention names it, or a candidate's name equals one
 * of its names, or one ends with the other (Korean names end with their head: 업무협약 for
 * 우주산업클러스터 조성 업무협약), spaces and middle dots aside, both at least 3 characters: 협약식 for
 * 업무협약식;</li>
 * <li>a relationship is found when a proposal has its type and both its ends (either way
 * round for symmetric types);</li>
 * <li>a date or an amount is found when a proposed fact has its value (a date's text, an
 * amount in won).</li>
 * </ul>
 */
final class SeedComparison {

	static final Path SOURCES = Path.of("..", "shared", "sources");

	static final Seed SEED = new SeedReader().read(SeedFiles.fromDirectory(Path.of("graph-seed")));

	/** The least length of a name matched as the end of another. */
	static final int MIN_SUFFIX = 3;

	/**
	 * The curators' sector families: groupings across documents that no document names
	 * (their evidence quotes their members), so not an entity a reader of one text finds.
	 */
	static final String GROUPINGS = "sector:family-";

	record Figures(String document, int lines, int goldEntities, int foundEntities, int candidates, int goodCandidates,
			int goldRelationships, int foundRelationships, int proposedRelationships, int goodRelationships,
			int goldFacts, int foundFacts, int quotes, int verbatimQuotes, long millis) {

		double entityRecall() {
			return ratio(this.foundEntities, this.goldEntities);
		}

		double candidatePrecision() {
			return ratio(this.goodCandidates, this.candidates);
		}

		double relationshipRecall() {
			return ratio(this.foundRelationships, this.goldRelationships);
		}

		double relationshipPrecision() {
			return ratio(this.goodRelationships, this.proposedRelationships);
		}

		double factRecall() {
			return ratio(this.foundFacts, this.goldFacts);
		}

		double verbatim() {
			return ratio(this.verbatimQuotes, this.quotes);
		}

		String row() {
			return String.format(
					"| %s | %d | %d/%d = %.0f %% | %d/%d = %.0f %% | %d/%d = %.0f %% | %d/%d = %.0f %% | %d/%d = %.0f %% | %d/%d | %d ms |",
					this.document, this.lines, this.foundEntities, this.goldEntities, 100 * entityRecall(),
					this.goodCandidates, this.candidates, 100 * candidatePrecision(), this.foundRelationships,
					this.goldRelationships, 100 * relationshipRecall(), this.goodRelationships,
					this.proposedRelationships, 100 * relationshipPrecision(), this.foundFacts, this.goldFacts,
					100 * factRecall(), this.verbatimQuotes, this.quotes, this.millis);
		}

		private static double ratio(int part, int whole) {
			return (whole == 0) ? 1 : (double) part / whole;
		}

	}

	private SeedComparison() {
	}

	static List<KnownEntity> shared() {
		return SEED.entities()
			.stream()
			.filter((e) -> e.origin().file().startsWith("shared/"))
			.map(SeedComparison::known)
			.toList();
	}

	static KnownEntity known(Seed.Entity entity) {
		return new KnownEntity(entity.id(), EntityKind.ofLabel(entity.kind()), names(entity));
	}

	static List<String> names(Seed.Entity entity) {
		List<String> names = new ArrayList<>();
		Optional.ofNullable(entity.name().ko()).ifPresent(names::add);
		Optional.ofNullable(entity.name().en()).ifPresent(names::add);
		Optional.ofNullable(entity.acronyms()).ifPresent(names::addAll);
		Optional.ofNullable(entity.aliases()).ifPresent(names::addAll);
		return names;
	}

	static Seed.Source source(String prefix) {
		return SEED.sources().stream().filter((s) -> s.id().equals("doc:" + prefix)).findFirst().orElseThrow();
	}

	static Path file(String prefix) {
		return SOURCES.resolve(source(prefix).documentId() + ".txt");
	}

	static Figures measure(String prefix) {
		Seed.Source source = source(prefix);
		DocumentText text = DocumentReader.read(file(prefix));
		long started = System.nanoTime();
		Proposals proposals = new Curation(shared()).propose(text, PartialDate.parse(source.published()));
		long millis = (System.nanoTime() - started) / 1_000_000;
		return compare(prefix, text, proposals, millis);
	}

	static Figures compare(String prefix, DocumentText text, Proposals proposals, long millis) {
		String docId = "doc:" + prefix;
		List<Seed.Entity> own = SEED.entities().stream().filter((e) -> e.origin().file().startsWith(prefix)).toList();
		List<Seed.Relationship> ownRelationships = SEED.relationships()
			.stream()
			.filter((r) -> r.origin().file().startsWith(prefix))
			.toList();
		// The document's entities: its own, and the shared ones cited from it (not those
		// only linked: sector families and the like are a curator's grouping, not names
		// in the text).
		Set<String> gold = new LinkedHashSet<>();
		own.forEach((e) -> gold.add(e.id()));
		SEED.entities()
			.stream()
			.filter((e) -> e.evidence().stream().anyMatch((ev) -> ev.source().equals(docId)))
			.filter((e) -> !e.id().startsWith(GROUPINGS))
			.forEach((e) -> gold.add(e.id()));
		Map<String, Seed.Entity> byId = SEED.entities().stream().collect(Collectors.toMap(Seed.Entity::id, (e) -> e));

		Set<String> found = new HashSet<>();
		proposals.mentions().forEach((m) -> found.add(m.entityId()));
		int goodCandidates = 0;
		for (ProposedEntity candidate : proposals.entities()) {
			List<String> matches = matching(candidate.name());
			if (!matches.isEmpty()) {
				goodCandidates++;
			}
			found.addAll(matches);
		}
		int foundEntities = (int) gold.stream().filter(found::contains).count();
		if (Boolean.getBoolean("curation.missing")) {
			gold.stream().filter((id) -> !found.contains(id)).forEach((id) -> System.out.println("missing " + id));
		}

		Set<String> proposedKeys = new HashSet<>();
		int goodRelationships = 0;
		Set<String> allGold = SEED.relationships()
			.stream()
			.map((r) -> r.from() + ">" + r.type() + ">" + r.to())
			.collect(Collectors.toSet());
		for (ProposedRelationship relationship : proposals.relationships()) {
			Set<String> keys = keys(relationship, own);
			proposedKeys.addAll(keys);
			if (keys.stream().anyMatch(allGold::contains)) {
				goodRelationships++;
			}
		}
		if (Boolean.getBoolean("curation.missing")) {
			ownRelationships.stream()
				.filter((r) -> !proposedKeys.contains(r.from() + ">" + r.type() + ">" + r.to()))
				.forEach((r) -> System.out.println("missing " + r.from() + " " + r.type() + " " + r.to()));
		}
		int foundRelationships = (int) ownRelationships.stream()
			.filter((r) -> proposedKeys.contains(r.from() + ">" + r.type() + ">" + r.to()))
			.count();

		Set<String> goldFacts = new LinkedHashSet<>();
		for (Seed.Entity entity : own) {
			if (entity.evidence().stream().noneMatch((ev) -> ev.source().equals(docId))) {
				continue;
			}
			Stream.of(entity.date(), entity.validFrom(), entity.validTo())
				.filter((d) -> d != null)
				.forEach((d) -> goldFacts.add("date:" + d));
			for (Seed.Fact fact : entity.facts()) {
				if (fact.value() != null && fact.unit() != null && Amount.isMoney(fact.unit())) {
					new Amount(new java.math.BigDecimal(fact.value().toString()), fact.unit(), false).won()
						.ifPresent((won) -> goldFacts.add("won:" + won));
				}
				Stream.of(fact.date(), fact.from(), fact.to())
					.filter((d) -> d != null)
					.forEach((d) -> goldFacts.add("date:" + d));
			}
		}
		Set<String> proposedFacts = new HashSet<>();
		for (ProposedFact fact : proposals.facts()) {
			proposedFacts.add(fact.isDate() ? "date:" + fact.date().text() : "won:" + fact.amount().won().orElse(0L));
		}
		int foundFacts = (int) goldFacts.stream().filter(proposedFacts::contains).count();

		int quotes = 0;
		int verbatim = 0;
		for (ProposedRelationship r : proposals.relationships()) {
			quotes++;
			verbatim += text.lines().get(r.line() - 1).contains(r.quote()) ? 1 : 0;
		}
		for (ProposedFact f : proposals.facts()) {
			quotes++;
			verbatim += text.lines().get(f.line() - 1).contains(f.quote()) ? 1 : 0;
		}
		for (ProposedEntity e : proposals.entities()) {
			quotes++;
			verbatim += text.lines().get(e.line() - 1).contains(e.quote()) ? 1 : 0;
		}
		return new Figures(prefix, text.lineCount(), gold.size(), foundEntities, proposals.entities().size(),
				goodCandidates, ownRelationships.size(), foundRelationships, proposals.relationships().size(),
				goodRelationships, goldFacts.size(), foundFacts, quotes, verbatim, millis);
	}

	/**
	 * The keys a proposal can mean: its ends resolved to seed ids, either way for
	 * symmetric types.
	 */
	private static Set<String> keys(ProposedRelationship relationship, List<Seed.Entity> own) {
		Set<String> keys = new HashSet<>();
		for (String from : ids(relationship.from())) {
			for (String to : ids(relationship.to())) {
				keys.add(from + ">" + relationship.type() + ">" + to);
				if (relationship.type().symmetric()) {
					keys.add(to + ">" + relationship.type() + ">" + from);
				}
			}
		}
		return keys;
	}

	private static List<String> ids(Mention mention) {
		return mention.known() ? List.of(mention.entityId()) : matching(mention.text());
	}

	/** The seed entities a candidate's name names (see the class comment). */
	static List<String> matching(String name) {
		// A trailing acronym in parentheses is the same name: 마스터플랜(KIAT).
		String candidate = Names.compact(name).replaceAll("\\([A-Za-z&]+\\)$", "");
		List<String> ids = new ArrayList<>();
		for (Seed.Entity entity : SEED.entities()) {
			for (String other : names(entity)) {
				String curated = Names.compact(other);
				boolean same = curated.equals(candidate);
				boolean head = Math.min(curated.length(), candidate.length()) >= MIN_SUFFIX
						&& (curated.endsWith(candidate) || candidate.endsWith(curated));
				if (same || head) {
					ids.add(entity.id());
					break;
				}
			}
		}
		return ids;
	}

	static boolean textsAvailable() {
		return Files.isDirectory(SOURCES);
	}

}
