package org.innograph.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.Paging;
import org.innograph.store.GraphReads;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/**
 * The statement behind {@code timeline}: one item per dated thing, filtered by period, entity and kind
 * and paged in date order. A date known only to the month or year overlaps a period if any day of it does.
 * <ul>
 * <li>A dated entity (its {@code date}, else its {@code validFrom}) is one item; the entities linked to it
 * by a relationship that starts on the same date (an agreement's parties and signatories, a zone's
 * designation) or by an undated link of taking part ({@link #TAKING_PART}) are its involvement, not items
 * of their own.</li>
 * <li>A dated relationship that no dated end explains (a relocation, a designation recorded only as a
 * link) is one item, involving its two ends.</li>
 * <li>A dated fact is one item, involving its owner.</li>
 * </ul>
 */
@Component
class TimelineReads {

	/**
	 * Undated links into a dated entity that say who took part in it: parties, signatories, attendees,
	 * organisers, who designated, established or hosted it.
	 */
	static final List<String> TAKING_PART = List.of("PARTY_TO", "SIGNED", "ATTENDED", "ORGANIZES", "DESIGNATES",
			"DESIGNATED_AS", "ESTABLISHES", "HOSTS");

	/**
	 * What {@code involving: X} reaches one level deep, besides X: X's parts ({@code PART_OF} into X);
	 * the clusters X runs, manages, belongs to or is part of ({@code RUNS}, {@code MANAGES},
	 * {@code MEMBER_OF}, {@code PART_OF} from X to a cluster); the agreements X is party to or signed
	 * ({@code PARTY_TO}, {@code SIGNED}); and what establishes, supports or carries X out
	 * ({@code ESTABLISHES}, {@code SUPPORTS}, {@code IMPLEMENTS} into X).
	 */
	private static final String SCOPE = """
			OPTIONAL MATCH (x:Entity {id: $involving})
			WHERE %1$s
			WITH CASE WHEN x IS NULL THEN [] ELSE [x.id]
			       + [(x)<-[l:PART_OF]-(y:Entity) WHERE %2$s | y.id]
			       + [(x)-[l:RUNS|MANAGES|MEMBER_OF|PART_OF]->(y:Cluster) WHERE %2$s | y.id]
			       + [(x)-[l:PARTY_TO|SIGNED]->(y:Agreement) WHERE %2$s | y.id]
			       + [(x)<-[l:ESTABLISHES|SUPPORTS|IMPLEMENTS]-(y:Entity) WHERE %2$s | y.id] END AS scope
			""".formatted(Predicates.active("x"), Predicates.active("l", "y"));

	private final GraphReads reads;

	TimelineReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * One page of items with the total: {@code total}, and {@code page} as rows of kind, day, precision,
	 * entity (the item's subject), rel, fact and involved (rows of entity and the tying rel, if any).
	 * {@code labels} are stored entity labels, or null for every kind.
	 */
	Map<String, Object> page(LocalDate from, LocalDate to, String involving, List<String> labels, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("involving", involving);
		parameters.put("kinds", labels);
		parameters.put("takingPart", TAKING_PART);
		parameters.put("offset", paging.offset());
		parameters.put("end", paging.offset() + paging.first());
		return this.reads.one(SCOPE + """
				CALL (scope) {
				  MATCH (n:Entity)
				  WHERE coalesce(n.date, n.validFrom) IS NOT NULL AND """ + Predicates.active("n") + """
				    AND ($kinds IS NULL OR n.kind IN $kinds)
				  WITH n, coalesce(n.date, n.validFrom) AS day,
				       CASE WHEN n.date IS NOT NULL THEN n.datePrecision ELSE n.validFromPrecision END AS precision
				  RETURN 'ENTITY' AS kind, day, precision, n.id AS id, n {.*} AS entity, null AS rel, null AS fact,
				         [{entity: n {.*}, rel: null}] + [(n)-[r]-(m:Entity)
				           WHERE """ + Predicates.active("r", "m") + """
				             AND ((r.validFrom = day AND r.validFromPrecision = precision)
				                  OR (r.validFrom IS NULL AND endNode(r) = n AND type(r) IN $takingPart))
				           | {entity: m {.*}, rel: {rel: r {.*}, type: type(r), from: properties(startNode(r)), to: properties(endNode(r))}}]
				           AS involved
				  UNION ALL
				  MATCH (a:Entity)-[r]->(b:Entity)
				  WHERE r.validFrom IS NOT NULL AND """ + Predicates.active("r", "a", "b") + """
				    AND ($kinds IS NULL OR a.kind IN $kinds)
				    AND NOT any(e IN [a, b] WHERE coalesce(e.date, e.validFrom) = r.validFrom
				      AND CASE WHEN e.date IS NOT NULL THEN e.datePrecision ELSE e.validFromPrecision END = r.validFromPrecision)
				  RETURN 'RELATIONSHIP' AS kind, r.validFrom AS day, r.validFromPrecision AS precision, r.id AS id,
				         a {.*} AS entity, {rel: r {.*}, type: type(r), from: a {.*}, to: b {.*}} AS rel, null AS fact,
				         [{entity: a {.*}, rel: null}, {entity: b {.*}, rel: null}] AS involved
				  UNION ALL
				  MATCH (n:Entity)-[:HAS_FACT]->(f:Fact)
				  WHERE f.date IS NOT NULL AND """ + Predicates.active("n", "f") + """
				    AND ($kinds IS NULL OR n.kind IN $kinds)
				  RETURN 'FACT' AS kind, f.date AS day, f.datePrecision AS precision, f.id AS id,
				         n {.*} AS entity, null AS rel, f {.*} AS fact, [{entity: n {.*}, rel: null}] AS involved
				}
				WITH scope, kind, day, precision, id, entity, rel, fact, involved,
				     CASE precision
				       WHEN 'YEAR' THEN date({year: day.year, month: 12, day: 31})
				       WHEN 'MONTH' THEN day + duration({months: 1}) - duration({days: 1})
				       ELSE day END AS lastDay
				WHERE ($from IS NULL OR lastDay >= $from) AND ($to IS NULL OR day <= $to)
				  AND ($involving IS NULL OR entity.id IN scope OR any(i IN involved WHERE i.entity.id = $involving))
				WITH kind, day, precision, id, entity, rel, fact, involved
				ORDER BY day, CASE precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, kind, id
				WITH collect({kind: kind, day: day, precision: precision, entity: entity, rel: rel, fact: fact,
				              involved: involved}) AS items
				RETURN size(items) AS total, items[$offset..$end] AS page
				""", parameters).orElseThrow();
	}

}
