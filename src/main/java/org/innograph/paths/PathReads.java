package org.innograph.paths;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.RelationshipType;
import org.innograph.store.DatabaseFailures;
import org.innograph.store.GraphReads;
import org.innograph.storage.AsOf;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/** The Cypher behind {@code connections} and {@code partnership}. */
@Component
class PathReads {

	/**
	 * Kinds of entity that can link two others in a partnership: shared agreements,
	 * councils, …
	 */
	static final List<String> SHARED_KINDS = List.of("Agreement", "Council", "Program", "Event", "Cluster", "Plan",
			"PlanItem");

	/** How many more shortest paths to fetch than asked, to rank them by specificity. */
	private static final int CANDIDATES_PER_PATH = 4;

	private final GraphReads reads;

	PathReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * What a search for chains found, and whether it ran to its end: when the budget ran
	 * out, {@code paths} holds the chains found before (none; or chains of stated links,
	 * or chains of the shortest length, when only a later search was stopped) and may
	 * miss shorter or better ones. {@code endsActive}: the searches found both ends
	 * active entities (always so when there are chains); false when one is not, or when
	 * the budget ran out before the first search answered, and then only the store can
	 * say which.
	 */
	record Found(List<Path> paths, boolean complete, boolean endsActive) {

		/** What a search that started from both ends found. */
		static Found between(List<Path> paths, boolean complete) {
			return new Found(paths, complete, true);
		}

	}

	/**
	 * The hops of the shortest chain (0 when there is none within the hop limit), and
	 * whether the search ran to its end (when not, {@code hops} is 0 and says nothing).
	 */
	record Shortest(int hops, boolean complete) {
	}

	/**
	 * Up to {@code first} shortest paths between two entities: shortest first, then
	 * through less connected entities first (a path through a small council says more
	 * than one through a ministry), within the budget. {@code maxHops} and {@code first}
	 * are validated integers, so formatting them into the text (Cypher wants literals
	 * there) cannot inject anything; the types are a parameter.
	 */
	Found connections(String from, String to, int maxHops, int first, List<RelationshipType> types, LocalDate asOf,
			boolean throughHubs, SearchBudget budget) {
		// Paths of stated links first: a chain through a planned cooperation is not a
		// documented one, even when it is shorter. Then, to fill the page, the shortest
		// chains whatever their hops rest on. When there is no chain of stated links, the
		// first statement has run that second search too.
		Search search = new Search(from, to, maxHops, first, types, asOf, throughHubs, budget);
		Optional<List<Map<String, Object>>> firstRows = timed(
				PathStatements.firstChains(search.candidates(), maxHops, search.undated()), search.parameters(false),
				budget);
		if (firstRows.isEmpty()) {
			return new Found(List.of(), false, false);
		}
		if (firstRows.get().isEmpty()) {
			// An end is not an active entity: no chain, and the caller says which.
			return new Found(List.of(), true, false);
		}
		Map<String, Object> row = firstRows.get().get(0);
		List<Path> stated = toPaths(maps(row.get("stated")));
		if (stated.isEmpty()) {
			return longer(search, toPaths(maps(row.get("chains"))), false);
		}
		Found statedFound = longer(search, stated, true);
		List<Path> paths = new ArrayList<>(statedFound.paths());
		if (!statedFound.complete()) {
			return Found.between(paths, false);
		}
		if (paths.size() < first) {
			Found any = search(search, false);
			Set<List<String>> seen = new HashSet<>();
			paths.forEach((path) -> seen.add(path.relationshipIds()));
			for (Path path : any.paths()) {
				if (paths.size() < first && seen.add(path.relationshipIds())) {
					paths.add(path);
				}
			}
			return Found.between(paths, any.complete());
		}
		return Found.between(paths, true);
	}

	/** The arguments of one question for chains, as its statements take them. */
	private record Search(String from, String to, int maxHops, int first, List<RelationshipType> types, LocalDate asOf,
			boolean throughHubs, SearchBudget budget) {

		int candidates() {
			return this.first * CANDIDATES_PER_PATH;
		}

		boolean undated() {
			return this.asOf == null;
		}

		Map<String, Object> parameters(boolean statedOnly) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("from", this.from);
			parameters.put("to", this.to);
			parameters.put("asOf", this.asOf);
			parameters.put("types", this.types.stream().map(Enum::name).distinct().toList());
			parameters.put("statedOnly", statedOnly);
			parameters.put("throughHubs", this.throughHubs);
			parameters.put("first", this.first);
			return parameters;
		}

	}

	/**
	 * Hops of the shortest chain from one entity to the other, 0 when none within
	 * {@code maxHops}, within the budget.
	 */
	Shortest shortestLength(String from, String to, int maxHops, List<RelationshipType> types, LocalDate asOf,
			boolean throughHubs, SearchBudget budget) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("asOf", asOf);
		parameters.put("types", types.stream().map(Enum::name).distinct().toList());
		parameters.put("throughHubs", throughHubs);
		return timed(PathStatements.shortestLength(maxHops, asOf == null), parameters, budget)
			.map((rows) -> new Shortest(
					rows.stream().mapToInt((row) -> ((Number) row.get("hops")).intValue()).min().orElse(0), true))
			.orElse(new Shortest(0, false));
	}

	/**
	 * One search (stated links only, or any), length first: the chains of the shortest
	 * length alone, whose search stops where the two ends meet. Only when they are fewer
	 * than the page and longer chains could fill it does the k-shortest search run, the
	 * one that goes on expanding past that length (through an organisation of thousands
	 * of links, most of the work): its answer is then the page, as it always was. Should
	 * the budget run out in that second search, the shortest chains are the answer,
	 * incomplete.
	 */
	private Found search(Search search, boolean statedOnly) {
		return timed(PathStatements.shortestChains(search.candidates(), search.maxHops(), search.undated()),
				search.parameters(statedOnly), search.budget())
			.map((rows) -> longer(search, toPaths(rows), statedOnly))
			.orElse(Found.between(List.of(), false));
	}

	/**
	 * The page from the chains of the shortest length of one search ({@link #search}):
	 * those chains, or the k shortest when the page wants longer ones too; should the
	 * budget run out in that second search, the shortest chains, incomplete.
	 */
	private Found longer(Search search, List<Path> chains, boolean statedOnly) {
		if (!needsLonger(chains.size(), chains.isEmpty() ? 0 : chains.get(0).length(), search.first(),
				search.maxHops())) {
			return Found.between(chains, true);
		}
		return timed(PathStatements.connections(search.candidates(), search.maxHops(), search.undated()),
				search.parameters(statedOnly), search.budget())
			.map(PathReads::toPaths)
			.map((ranked) -> Found.between(ranked, true))
			.orElse(Found.between(chains, false));
	}

	/**
	 * Whether a page of {@code first} would hold chains longer than the {@code found}
	 * chains of the shortest length: none found means no chain within the limit at all,
	 * and at the limit no chain is longer.
	 */
	static boolean needsLonger(int found, int length, int first, int maxHops) {
		return found > 0 && found < first && length < maxHops;
	}

	private static List<Path> toPaths(List<Map<String, Object>> rows) {
		return rows.stream().map(PathReads::toPath).toList();
	}

	/**
	 * The rows of a search, or empty when the budget was spent before it started or ran
	 * out while it ran (the database stopped it).
	 */
	private Optional<List<Map<String, Object>>> timed(String cypher, Map<String, Object> parameters,
			SearchBudget budget) {
		if (budget.left().isEmpty()) {
			return Optional.empty();
		}
		// A text's first planning, seconds on a small machine after a start, is not the
		// search's work.
		budget.leavingOut(() -> this.reads.planAhead(cypher, parameters));
		Optional<Duration> left = budget.left();
		if (left.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.reads.list(cypher, parameters, left.get()));
		}
		catch (RuntimeException ex) {
			if (DatabaseFailures.isTimeout(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static Path toPath(Map<String, Object> row) {
		List<Entity> nodes = ((List<Map<String, Object>>) row.get("nodes")).stream().map(Entity::of).toList();
		Map<String, Map<String, Object>> nodeProps = new HashMap<>();
		((List<Map<String, Object>>) row.get("nodes")).forEach((n) -> nodeProps.put((String) n.get("id"), n));
		List<Map<String, Object>> rels = (List<Map<String, Object>>) row.get("rels");
		List<Hop> hops = new ArrayList<>();
		for (int i = 0; i < rels.size(); i++) {
			Entity stepFrom = nodes.get(i);
			Entity stepTo = nodes.get(i + 1);
			boolean forward = stepFrom.id().equals(rels.get(i).get("start"));
			Map<String, Object> relRow = new HashMap<>();
			relRow.put("rel", rels.get(i).get("rel"));
			relRow.put("type", rels.get(i).get("type"));
			relRow.put("from", nodeProps.get(forward ? stepFrom.id() : stepTo.id()));
			relRow.put("to", nodeProps.get(forward ? stepTo.id() : stepFrom.id()));
			hops.add(new Hop(stepFrom, stepTo, Relationship.of(relRow), forward));
		}
		return new Path(rels.size(), nodes, hops);
	}

	/**
	 * Direct relationships between a and b, and entities of the shared kinds both are
	 * linked to, each link with its first quote's source and locator. A region and the
	 * local government that governs it (GOVERNS) answer for each other: their links count
	 * for both. Links are filtered by the one asOf rule.
	 */
	Partnership partnership(Entity a, Entity b, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("a", a.id());
		parameters.put("b", b.id());
		parameters.put("sharedKinds", SHARED_KINDS);
		parameters.put("asOf", asOf);
		Map<String, Object> row = this.reads.one(PARTNERSHIP, parameters).orElseThrow();
		Map<String, Partnership.Cited> citations = new HashMap<>();
		List<Relationship> direct = new ArrayList<>();
		for (Map<String, Object> item : maps(row.get("direct"))) {
			direct.add(cited(item, citations));
		}
		direct.sort(Comparator.comparing(Relationship::id));
		List<SharedLink> shared = new ArrayList<>();
		for (Map<String, Object> item : maps(row.get("shared"))) {
			@SuppressWarnings("unchecked")
			Map<String, Object> via = (Map<String, Object>) item.get("via");
			@SuppressWarnings("unchecked")
			Map<String, Object> aLink = (Map<String, Object>) item.get("a");
			@SuppressWarnings("unchecked")
			Map<String, Object> bLink = (Map<String, Object>) item.get("b");
			shared.add(new SharedLink(Entity.of(via), cited(aLink, citations), cited(bLink, citations)));
		}
		List<Entity> aCounterparts = maps(row.get("aOthers")).stream().map(Entity::of).toList();
		List<Entity> bCounterparts = maps(row.get("bOthers")).stream().map(Entity::of).toList();
		return Partnership.of(a, b, direct, shared, aCounterparts, bCounterparts, citations);
	}

	private static final String LINK = """
			{rel: %1$s {.*}, type: type(%1$s), from: properties(startNode(%1$s)), to: properties(endNode(%1$s)),
			 cited: COLLECT { MATCH (ev:Evidence {subject: %1$s.id}) RETURN ev {.source, .locator} }}""";

	private static final String PARTNERSHIP = """
			MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
			CALL (a) {
			  OPTIONAL MATCH (a)-[g:GOVERNS]-(x:Entity)
			  WHERE """ + Predicates.active("g", "x") + """
			  RETURN collect(DISTINCT x) AS aOthers
			}
			CALL (b) {
			  OPTIONAL MATCH (b)-[g:GOVERNS]-(x:Entity)
			  WHERE """ + Predicates.active("g", "x") + """
			  RETURN collect(DISTINCT x) AS bOthers
			}
			WITH a, b, aOthers, bOthers, [a] + aOthers AS aSide, [b] + bOthers AS bSide
			CALL (aSide, bSide) {
			  UNWIND aSide AS x
			  MATCH (x)-[r]-(y:Entity)
			  WHERE y IN bSide AND y <> x AND %1$s
			  WITH DISTINCT r
			  RETURN collect(%2$s) AS direct
			}
			// From a's side to what it is linked to, then on to b's side: each step an expansion from nodes
			// in hand (a hub such as a city government has hundreds of links, none of them scanned twice).
			CALL (aSide, bSide) {
			  UNWIND aSide AS x
			  MATCH (x)-[r1]-(v:Entity)
			  WHERE v.kind IN $sharedKinds AND NOT v IN aSide AND NOT v IN bSide
			    AND %7$s AND %3$s
			  WITH DISTINCT x, r1, v
			  MATCH (v)-[r2]-(y:Entity)
			  WHERE y IN bSide AND y <> x AND %4$s
			  WITH DISTINCT v, r1, r2 ORDER BY coalesce(v.date, v.validFrom), v.nameKo, r1.id, r2.id
			  RETURN collect({via: v {.*}, a: %5$s, b: %6$s}) AS shared
			}
			RETURN [x IN aOthers | x {.*}] AS aOthers, [x IN bOthers | x {.*}] AS bOthers, direct, shared
			""".formatted(AsOf.current("r"), LINK.formatted("r"), AsOf.current("r1"), AsOf.current("r2"),
			LINK.formatted("r1"), LINK.formatted("r2"), AsOf.exists("v"));

	/**
	 * The relationship of a row, remembering where its first quote is (sources and
	 * locators in order).
	 */
	private static Relationship cited(Map<String, Object> row, Map<String, Partnership.Cited> citations) {
		Relationship relationship = Relationship.of(row);
		maps(row.get("cited")).stream()
			.map((ev) -> new Partnership.Cited((String) ev.get("source"), (String) ev.get("locator")))
			.min(Comparator.comparing(Partnership.Cited::source).thenComparing(Partnership.Cited::locator))
			.ifPresent((first) -> citations.put(relationship.id(), first));
		return relationship;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

}
