package org.innograph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.innograph.graph.RelationshipType;

/**
 * The query mix, each query in three forms that ask the same thing: a GraphQL document
 * for Innograph, one for the {@code @neo4j/graphql} peer, and the Cypher Innograph itself
 * runs (statement by statement) for the raw-driver floor. Each variant knows the answer
 * it must get, from the manifest.
 */
final class Workload {

	private Workload() {
	}

	/**
	 * A normalised answer: a total (count, degree, matches, path length), the ids
	 * returned, and whether the total says it is exact (null when the target does not
	 * say: every total but search's).
	 */
	record Answer(long total, List<String> ids, Boolean totalExact) {

		Answer(long total, List<String> ids) {
			this(total, ids, null);
		}

	}

	/** One way of asking a query, with the check its answer must pass. */
	record Variant(Map<String, Object> variables, Predicate<Answer> check, String expected) {
	}

	private static final AtomicLong NOTES = new AtomicLong();

	/**
	 * Q8's note, new at every request of every target. Setting a property to the value it
	 * holds leaves the database nothing to write: on the seed store a bare {@code SET
	 * n.note = $note} of an unchanged note took 0.95 ms (p50), of a new one 1.41 ms. With
	 * one note for every request, the peer's update (no version, no history) wrote
	 * nothing from its second request on, while Innograph's and the floor's, which raise
	 * the version, wrote every time.
	 */
	static String nextNote() {
		return "benchmark note " + NOTES.incrementAndGet();
	}

	/** A query of the mix. */
	record Query(String name, String description, String appDocument, String peerDocument, List<Variant> variants,
			Raw raw) {

		/** Whether the query changes the graph (a mutation). */
		boolean writes() {
			return this.appDocument.stripLeading().startsWith("mutation");
		}

		/**
		 * Whether the app reaches this variant's page by cursor: its variables say how
		 * far down the list it starts ({@code offset}), where the app's document takes
		 * the cursor of the item before it ({@code $after}) and the peer's the offset
		 * itself.
		 */
		boolean pagesByCursor(Variant variant) {
			return this.appDocument.contains("$after") && variant.variables().get("offset") instanceof Integer offset
					&& offset > 0;
		}

		/** The entities the query's variants change: none for a read. */
		List<String> edits() {
			return writes() ? this.variants.stream().map((v) -> (String) v.variables().get("id")).distinct().toList()
					: List.of();
		}

	}

	/**
	 * The raw-driver form: runs the statements against a driver, returns the normalised
	 * answer.
	 */
	interface Raw {

		Answer run(RawClient client, Map<String, Object> variables);

	}

	static List<Query> mix(Manifest manifest) {
		List<Query> queries = new ArrayList<>();
		List<Manifest.Sample> samples = manifest.samples();

		queries.add(new Query("Q1", "entity by key", """
				query Q1($key: String!) { entity(key: $key) { id kind name { ko en } } }""", """
				query Q1($key: ID!) { entities(where: {id: {eq: $key}}) { id kind nameKo nameEn } }""",
				samples.stream()
					.map((s) -> new Variant(Map.of("key", s.id()), (a) -> a.ids().equals(List.of(s.id())), s.id()))
					.toList(),
				(client, v) -> client.entity((String) v.get("key"))));

		queries.add(new Query("Q2", "1-hop neighbourhood, first 50", """
				query Q2($key: String!) { entity(key: $key) { id neighbors(first: 50) { totalCount
				  edges { direction node { id kind name { ko en } } relationship { id type } } } } }""", """
				query Q2($key: ID!) { entities(where: {id: {eq: $key}}) { id degree
				  neighbors(first: 50) { id kind nameKo nameEn } } }""",
				samples.stream()
					.map((s) -> new Variant(Map.of("key", s.id()),
							(a) -> a.total() == s.degree() && a.ids().size() == Math.min(50, s.degree()),
							"degree " + s.degree()))
					.toList(),
				(client, v) -> client.neighbours((String) v.get("key"), 50)));

		queries.add(new Query("Q3", "three levels of neighbours (10 × 5 × 3)", """
				query Q3($key: String!) { entity(key: $key) { id neighbors(first: 10) { totalCount edges { node {
				  id name { ko } neighbors(first: 5) { edges { node {
				    id name { ko } neighbors(first: 3) { edges { node { id name { ko } } } } } } } } } } } }""", """
				query Q3($key: ID!) { entities(where: {id: {eq: $key}}) { id neighbors(first: 10) {
				  id nameKo neighbors(first: 5) { id nameKo neighbors(first: 3) { id nameKo } } } } }""",
				samples.stream()
					.map((s) -> new Variant(Map.of("key", s.id()), (a) -> a.total() == Math.min(10, s.degree()),
							"level 1: " + Math.min(10, s.degree())))
					.toList(),
				(client, v) -> client.threeLevels((String) v.get("key"))));

		Manifest.RegionCount region = manifest.region();
		int deep = Math.max(0, region.organizations() / 2);
		queries.add(listQuery("Q4a", "organisations in a region by Korean name, first page", region, 0));
		queries.add(listQuery("Q4b", "the same list, a deep page (offset " + deep + ")", region, deep));

		int agreements = manifest.kinds().getOrDefault("Agreement", 0);
		queries.add(new Query("Q5", "count of agreements", """
				query Q5 { entities(kinds: [AGREEMENT], first: 1) { totalCount } }""", """
				query Q5 { entitiesConnection(where: {kind: {eq: "Agreement"}}) { totalCount } }""",
				List.of(new Variant(Map.of(), (a) -> a.total() >= agreements, ">= " + agreements)),
				(client, v) -> client.count("Agreement")));

		for (Manifest.SearchTerm term : manifest.searches()) {
			int bound = org.innograph.search.BenchAccess.LIMIT;
			// Each branch of Innograph's search reads at most `bound` candidates, so its
			// total stops there, and must then not say it is exact. `matches` counts the
			// synthetic names containing the text; for Korean text every one is a hit
			// (Latin text matches whole words only), so an exact total below it is wrong.
			boolean korean = term.text()
				.codePoints()
				.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
			queries.add(new Query("Q6-" + term.label(), "search '" + term.text() + "'", """
					query Q6($text: String!) { search(text: $text, first: 20) { totalCount totalCountIsExact
					  edges { node { id name { ko en } } } } }""", """
					query Q6($text: String!) { searchCount(text: $text)
					  search(text: $text, first: 20) { id nameKo nameEn } }""",
					List.of(new Variant(Map.of("text", term.text()),
							(a) -> a.total() >= Math.min(term.matches(), bound) && !a.ids().isEmpty()
									&& (term.mustFind() == null || a.ids().contains(term.mustFind()))
									&& !(korean && Boolean.TRUE.equals(a.totalExact()) && a.total() < term.matches()),
							">= min(" + term.matches() + ", " + bound + ") matches"
									+ (korean ? ", not called exact below " + term.matches() : "")
									+ ((term.mustFind() != null) ? ", " + term.mustFind() : ""))),
					(client, v) -> client.search((String) v.get("text"))));
		}

		for (int hops : new int[] { 4, 6 }) {
			int distance = (hops == 4) ? 3 : 5;
			List<Variant> variants = manifest.pairs()
				.stream()
				.filter((p) -> p.distance() == distance
						|| (distance == 5 && manifest.pairs().stream().noneMatch((q) -> q.distance() == 5)))
				// The length under connections' rules (not through regions and sectors);
				// none within the hop limit is an empty answer.
				.map((p) -> new Variant(Map.of("from", p.from(), "to", p.to(), "maxHops", hops),
						(a) -> (p.expectedLength() == 0) ? a.total() == 0 && a.ids().isEmpty()
								: a.total() == p.expectedLength() && a.ids().get(0).equals(p.from())
										&& a.ids().get(a.ids().size() - 1).equals(p.to()),
						(p.expectedLength() == 0) ? "none within " + hops + " hops"
								: "length " + p.expectedLength() + " (" + p.distance() + " through hubs)"))
				.toList();
			if (variants.isEmpty()) {
				continue;
			}
			queries.add(new Query("Q7-" + hops, "connections up to " + hops + " hops", """
					query Q7($from: ID!, $to: ID!, $maxHops: Int!) {
					  connections(from: $from, to: $to, maxHops: $maxHops, first: 1) { length nodes { id } } }""", """
					query Q7($from: ID!, $to: ID!, $maxHops: Int!) {
					  connections(from: $from, to: $to, maxHops: $maxHops) }""", variants, (client, v) -> client
				.connections((String) v.get("from"), (String) v.get("to"), (Integer) v.get("maxHops"))));
		}
		// The entities Q8 edits: the random organisations, not the hubs, so the read
		// queries' answers
		// (degrees, names) do not change under it.
		queries.add(new Query("Q8", "a small mutation: one entity's note, with version check and history", """
				mutation Q8($id: ID!, $version: Int!, $note: String!) {
				  updateEntity(input: {id: $id, expectedVersion: $version, note: $note}) { version entity { id } } }""",
				"""
						mutation Q8($id: ID!, $note: String!) {
						  updateEntities(where: {id: {eq: $id}}, update: {note: {set: $note}}) { entities { id } } }""",
				samples.stream()
					.skip(3)
					.map((s) -> new Variant(Map.of("id", s.id()),
							(a) -> a.ids().equals(List.of(s.id())) && a.total() > 0, "updated " + s.id()))
					.toList(),
				(client, v) -> client.updateNote((String) v.get("id"), nextNote())));
		return queries;
	}

	private static Query listQuery(String name, String description, Manifest.RegionCount region, int offset) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("region", region.id());
		// The app's cursor for a deep page is fetched from the app
		// (BenchRunner.HttpTarget).
		variables.put("offset", offset);
		int expected = Math.max(0, Math.min(20, region.organizations() - offset));
		return new Query(name, description, """
				query Q4($region: ID!, $after: String) {
				  entities(kinds: [ORGANIZATION], region: $region, first: 20, after: $after, orderBy: NAME_KO) {
				    totalCount edges { node { id name { ko en } } } } }""",
				"""
						query Q4($region: ID!, $offset: Int!) {
						  entitiesConnection(where: {kind: {eq: "Organization"}, locatedIn: {some: {id: {eq: $region}}}}) { totalCount }
						  entities(where: {kind: {eq: "Organization"}, locatedIn: {some: {id: {eq: $region}}}},
						    sort: [{nameKo: ASC}, {id: ASC}], limit: 20, offset: $offset) { id nameKo nameEn } }""",
				List.of(new Variant(variables, (a) -> a.total() == region.organizations() && a.ids().size() == expected,
						region.organizations() + " in all, " + expected + " on the page")),
				(client, v) -> client.list((String) v.get("region"), (Integer) v.get("offset"), 20));
	}

	/** Every relationship type, as the app's connections query spells them. */
	static String allTypes() {
		return java.util.Arrays.stream(RelationshipType.values()).map(Enum::name).collect(Collectors.joining("|"));
	}

}
