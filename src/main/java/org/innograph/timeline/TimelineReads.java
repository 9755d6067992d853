package org.innograph.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.Paging;
import org.innograph.store.GraphReads;
import org.innograph.store.PageSlices;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/**
 * The statements behind {@code timeline}: one item per dated thing, filtered by period,
 * entity and kind and paged in date order. A date known only to the month or year
 * overlaps a period if any day of it does.
 * <ul>
 * <li>A dated entity (its {@code date}, else its {@code validFrom}) is one item; the
 * entities linked to it by a relationship that starts on the same date (an agreement's
 * parties and signatories, a zone's designation) or by an undated link of taking part
 * ({@link #TAKING_PART}) are its involvement, not items of their own.</li>
 * <li>A dated relationship that no dated end explains (a relocation, a designation
 * recorded only as a link) is one item, involving its two ends.</li>
 * <li>A dated fact is one item, involving its owner.</li>
 * </ul>
 * Three small statements rather than one large one: the plan of each stays cheap to make.
 */
@Component
class TimelineReads {

	/**
	 * Undated links into a dated entity that say who took part in it: parties,
	 * signatories, attendees, organisers, who designated, established or hosted it.
	 */
	static final List<String> TAKING_PART = List.of("PARTY_TO", "SIGNED", "ATTENDED", "ORGANIZES", "DESIGNATES",
			"DESIGNATED_AS", "ESTABLISHES", "HOSTS");

	/**
	 * Whether relationship {@code r} ties entity {@code m} into the dated entity
	 * {@code n} (of day and precision).
	 */
	private static final String TIES = """
			((r.validFrom = day AND r.validFromPrecision = precision)
			 OR (r.validFrom IS NULL AND endNode(r) = n AND type(r) IN $takingPart))""";

	private static final String DAY = "coalesce(n.date, n.validFrom)";

	private static final String PRECISION = "CASE WHEN n.date IS NOT NULL THEN n.datePrecision ELSE n.validFromPrecision END";

	private final GraphReads reads;

	TimelineReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The subjects {@code involving: X} admits: X; one level around it, X's parts
	 * ({@code PART_OF} into X), the clusters X runs, manages, belongs to or is part of
	 * ({@code RUNS}, {@code MANAGES}, {@code MEMBER_OF}, {@code PART_OF} from X to a
	 * cluster), the agreements X is party to or signed ({@code PARTY_TO},
	 * {@code SIGNED}), what establishes, supports or carries X out ({@code ESTABLISHES},
	 * {@code SUPPORTS}, {@code IMPLEMENTS} into X); and the dated entities X is involved
	 * in. Empty for an unknown or retired entity.
	 */
	List<String> scope(String involving) {
		return this.reads
			.list("""
					MATCH (x:Entity {id: $involving})
					WHERE """ + Predicates.active("x") + """
					CALL (x) {
					  RETURN x AS y
					  UNION
					  MATCH (x)<-[:PART_OF]-(y:Entity) RETURN y
					  UNION
					  MATCH (x)-[:RUNS|MANAGES|MEMBER_OF|PART_OF]->(y:Cluster) RETURN y
					  UNION
					  MATCH (x)-[:PARTY_TO|SIGNED]->(y:Agreement) RETURN y
					  UNION
					  MATCH (x)<-[:ESTABLISHES|SUPPORTS|IMPLEMENTS]-(y:Entity) RETURN y
					  UNION
					  MATCH (x)-[r]-(n:Entity)
					  WHERE coalesce(n.date, n.validFrom) IS NOT NULL
					  WITH r, n, """ + DAY + " AS day, " + PRECISION + " AS precision\n  WHERE "
					+ Predicates.active("r") + " AND " + TIES + """

							  RETURN n AS y
							}
							WITH y WHERE """ + Predicates.active("y") + """
							RETURN DISTINCT y.id AS id
							""", Map.of("involving", involving, "takingPart", TAKING_PART))
			.stream()
			.map((row) -> (String) row.get("id"))
			.toList();
	}

	/**
	 * One page of items with the total: {@code total}, and {@code page} as rows of kind,
	 * day, precision, entity (the item's subject), rel and fact. {@code labels} are
	 * stored entity labels, or null for every kind; {@code scope} the subjects
	 * {@link #scope} admits, with {@code involving} the entity itself (also admitted as
	 * the far end of a dated relationship), or both null.
	 * <p>
	 * Every dated item is sorted, to count them and to find the page, as a few values and
	 * references; the records are read for the page's items only (at a million entities,
	 * 140,000 items: copying every record before sorting took longer than a read may).
	 */
	Map<String, Object> page(LocalDate from, LocalDate to, String involving, List<String> scope, List<String> labels,
			Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("involving", involving);
		parameters.put("scope", scope);
		parameters.put("kinds", labels);
		parameters.putAll(paging.parameters());
		return this.reads
			.one("""
					CALL () {
					  %s
					  WHERE coalesce(n.date, n.validFrom) IS NOT NULL AND %s
					    AND ($scope IS NULL OR n.id IN $scope)
					    AND ($kinds IS NULL OR n.kind IN $kinds)
					  RETURN 'ENTITY' AS kind, %s AS day, %s AS precision, n.id AS id, n AS node, null AS r, null AS far, null AS f
					  UNION ALL
					  %s
					  WITH r, startNode(r) AS a, endNode(r) AS b
					  WHERE a:Entity AND b:Entity AND %s AND %s
					    AND ($scope IS NULL OR a.id IN $scope OR b.id = $involving)
					    AND ($kinds IS NULL OR a.kind IN $kinds)
					    AND NOT any(e IN [a, b] WHERE coalesce(e.date, e.validFrom) = r.validFrom
					      AND CASE WHEN e.date IS NOT NULL THEN e.datePrecision ELSE e.validFromPrecision END = r.validFromPrecision)
					  RETURN 'RELATIONSHIP' AS kind, r.validFrom AS day, r.validFromPrecision AS precision, r.id AS id,
					         a AS node, r, b AS far, null AS f
					  UNION ALL
					  %s-[:HAS_FACT]->(f:Fact)
					  WHERE f.date IS NOT NULL AND %s AND %s
					    AND ($scope IS NULL OR n.id IN $scope)
					    AND ($kinds IS NULL OR n.kind IN $kinds)
					  RETURN 'FACT' AS kind, f.date AS day, f.datePrecision AS precision, f.id AS id,
					         n AS node, null AS r, null AS far, f
					}
					WITH kind, day, precision, id, node, r, far, f,
					     CASE precision
					       WHEN 'YEAR' THEN date({year: day.year, month: 12, day: 31})
					       WHEN 'MONTH' THEN day + duration({months: 1}) - duration({days: 1})
					       ELSE day END AS lastDay
					WHERE ($from IS NULL OR lastDay >= $from) AND ($to IS NULL OR day <= $to)
					WITH kind, day, precision, id, node, r, far, f
					ORDER BY day, CASE precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, kind, id
					WITH collect({id: id, kind: kind, day: day, precision: precision, node: node, r: r, far: far, f: f}) AS items
					WITH items, %s AS start
					WITH size(items) AS total, start, %s AS slice
					RETURN total, start, [i IN slice | {id: i.id, kind: i.kind, day: i.day, precision: i.precision,
					  entity: properties(i.node),
					  rel: CASE WHEN i.r IS NULL THEN null
					       ELSE {rel: properties(i.r), type: type(i.r), from: properties(i.node), to: properties(i.far)} END,
					  fact: properties(i.f)}] AS page
					"""
				.formatted(datedEntities(scope != null), Predicates.activeEntity("n"), DAY, PRECISION,
						datedLinks(scope != null, labels != null), Predicates.activeEntity("a"),
						Predicates.activeEntity("b"), datedEntities(scope != null), Predicates.activeEntity("n"),
						Predicates.active("f"), PageSlices.start("items"), PageSlices.page("items", "start")),
					parameters)
			.orElseThrow();
	}

	/**
	 * The entities an item may be about, as {@code n}: the scope's, by their ids, or
	 * every one.
	 */
	private static String datedEntities(boolean scoped) {
		return scoped ? "UNWIND $scope AS key MATCH (n:Entity {id: key})" : "MATCH (n:Entity)";
	}

	/**
	 * The dated links, as {@code r}: around the scope's entities when there is one (index
	 * look-ups by id); from the entities of the kinds asked when kinds are (fewer links
	 * than the store holds); else a scan of the relationship store, which reads no end
	 * node until a link is dated and not retired (a pattern with {@code :Entity} at both
	 * ends reads both end nodes of every link first).
	 */
	private static String datedLinks(boolean scoped, boolean kinded) {
		String dated = "r.validFrom IS NOT NULL AND " + Predicates.active("r");
		if (scoped) {
			return """
					CALL () {
					    UNWIND $scope AS key
					    MATCH (:Entity {id: key})-[r]->()
					    RETURN r
					    UNION
					    MATCH ()-[r]->(:Entity {id: $involving})
					    RETURN r
					  }
					  WITH r WHERE %s""".formatted(dated);
		}
		if (kinded) {
			return "MATCH (k:Entity)-[r]->() WHERE k.kind IN $kinds AND " + dated;
		}
		return "MATCH ()-[r]->() WHERE " + dated;
	}

	/**
	 * The entities tied to each of the dated entities named (by relationship, see
	 * {@link #TAKING_PART}), as rows of {@code id} and {@code involved} (rows of entity
	 * and rel).
	 */
	List<Map<String, Object>> involvement(List<String> ids) {
		return this.reads.list(
				"""
						MATCH (n:Entity) WHERE n.id IN $ids
						WITH n, """ + DAY + " AS day, " + PRECISION + """
						 AS precision
						MATCH (n)-[r]-(m:Entity)
						WHERE """ + Predicates.active("r", "m") + " AND " + TIES
						+ """

								RETURN n.id AS id, collect({entity: m {.*},
								       rel: {rel: r {.*}, type: type(r), from: properties(startNode(r)), to: properties(endNode(r))}}) AS involved
								""",
				Map.of("ids", ids, "takingPart", TAKING_PART));
	}

}
