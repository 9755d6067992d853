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
 * The statement behind {@code timeline}: it gathers dated entities (their date, or their
 * start), relationships (their start) and facts (their date), filters them by period,
 * entity and kind, and pages them in date order. A date known only to the month or year
 * overlaps a period if any day of it does.
 */
@Component
class TimelineReads {

	private final GraphReads reads;

	TimelineReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * One page of items with the total: {@code total}, and {@code page} as rows of kind,
	 * day, precision, entity, rel and fact. {@code labels} are stored entity labels, or
	 * null for every kind.
	 */
	Map<String, Object> page(LocalDate from, LocalDate to, String involving, List<String> labels, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("involving", involving);
		parameters.put("kinds", labels);
		parameters.put("offset", paging.offset());
		parameters.put("end", paging.offset() + paging.first());
		return this.reads
			.one("""
					CALL () {
					  MATCH (n:Entity)
					  WHERE coalesce(n.date, n.validFrom) IS NOT NULL AND """ + Predicates.active("n") + """
					  AND ($involving IS NULL OR n.id = $involving)
					  AND ($kinds IS NULL OR n.kind IN $kinds)
					RETURN 'ENTITY' AS kind, coalesce(n.date, n.validFrom) AS day,
					       CASE WHEN n.date IS NOT NULL THEN n.datePrecision ELSE n.validFromPrecision END AS precision,
					       n.id AS id, n {.*} AS entity, null AS rel, null AS fact
					UNION ALL
					MATCH (a:Entity)-[r]->(b:Entity)
					WHERE r.validFrom IS NOT NULL AND """ + Predicates.active("r") + """
					  AND ($involving IS NULL OR a.id = $involving OR b.id = $involving)
					  AND ($kinds IS NULL OR a.kind IN $kinds OR b.kind IN $kinds)
					RETURN 'RELATIONSHIP' AS kind, r.validFrom AS day, r.validFromPrecision AS precision, r.id AS id,
					       a {.*} AS entity, {rel: r {.*}, type: type(r), from: a {.*}, to: b {.*}} AS rel, null AS fact
					UNION ALL
					MATCH (n:Entity)-[:HAS_FACT]->(f:Fact)
					WHERE f.date IS NOT NULL AND """ + Predicates.active("n")
					+ """
							    AND ($involving IS NULL OR n.id = $involving)
							    AND ($kinds IS NULL OR n.kind IN $kinds)
							  RETURN 'FACT' AS kind, f.date AS day, f.datePrecision AS precision, f.id AS id,
							         n {.*} AS entity, null AS rel, f {.*} AS fact
							}
							WITH kind, day, precision, id, entity, rel, fact,
							     CASE precision
							       WHEN 'YEAR' THEN date({year: day.year, month: 12, day: 31})
							       WHEN 'MONTH' THEN day + duration({months: 1}) - duration({days: 1})
							       ELSE day END AS lastDay
							WHERE ($from IS NULL OR lastDay >= $from) AND ($to IS NULL OR day <= $to)
							WITH kind, day, precision, id, entity, rel, fact
							ORDER BY day, CASE precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, kind, id
							WITH collect({kind: kind, day: day, precision: precision, entity: entity, rel: rel, fact: fact}) AS items
							RETURN size(items) AS total, items[$offset..$end] AS page
							""",
					parameters)
			.orElseThrow();
	}

}
