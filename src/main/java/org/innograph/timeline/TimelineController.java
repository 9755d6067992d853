package org.innograph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.entity.Fact;
import org.innograph.entity.Relationship;
import org.innograph.graph.EntityKind;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;
import org.innograph.limits.PageSizes;
import org.innograph.store.GraphReads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code timeline}: one statement gathers dated entities (their date, or their start), relationships
 * (their start) and facts (their date), filters them by period, entity and kind, and pages them in
 * date order. A date known only to the month or year overlaps a period if any day of it does.
 */
@Controller
class TimelineController {

	private final GraphReads reads;

	private final PageSizes pageSizes;

	TimelineController(GraphReads reads, PageSizes pageSizes) {
		this.reads = reads;
		this.pageSizes = pageSizes;
	}

	@QueryMapping
	TimelineConnection timeline(@Argument LocalDate from, @Argument LocalDate to, @Argument String involving,
			@Argument List<String> kinds, @Argument Integer first, @Argument String after) {
		if (from != null && to != null && from.isAfter(to)) {
			throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
		}
		Paging paging = this.pageSizes.paging(first, after);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("involving", involving);
		parameters.put("kinds", (kinds != null) ? kinds.stream().map((k) -> EntityKind.ofApiName(k).label()).toList()
				: null);
		parameters.put("offset", paging.offset());
		parameters.put("end", paging.offset() + paging.first());
		Map<String, Object> row = this.reads.one("""
				CALL () {
				  MATCH (n:Entity)
				  WHERE coalesce(n.date, n.validFrom) IS NOT NULL AND coalesce(n.retired, false) = false
				    AND ($involving IS NULL OR n.id = $involving)
				    AND ($kinds IS NULL OR n.kind IN $kinds)
				  RETURN 'ENTITY' AS kind, coalesce(n.date, n.validFrom) AS day,
				         CASE WHEN n.date IS NOT NULL THEN n.datePrecision ELSE n.validFromPrecision END AS precision,
				         n.id AS id, n {.*} AS entity, null AS rel, null AS fact
				  UNION ALL
				  MATCH (a:Entity)-[r]->(b:Entity)
				  WHERE r.validFrom IS NOT NULL AND coalesce(r.retired, false) = false
				    AND ($involving IS NULL OR a.id = $involving OR b.id = $involving)
				    AND ($kinds IS NULL OR a.kind IN $kinds OR b.kind IN $kinds)
				  RETURN 'RELATIONSHIP' AS kind, r.validFrom AS day, r.validFromPrecision AS precision, r.id AS id,
				         a {.*} AS entity, {rel: r {.*}, type: type(r), from: a {.*}, to: b {.*}} AS rel, null AS fact
				  UNION ALL
				  MATCH (n:Entity)-[:HAS_FACT]->(f:Fact)
				  WHERE f.date IS NOT NULL AND coalesce(n.retired, false) = false
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
				""", parameters).orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		long total = ((Number) row.get("total")).longValue();
		List<TimelineEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(new TimelineEdge(paging.cursorAt(i), item(page.get(i))));
		}
		return new TimelineConnection(edges, paging.pageInfo(edges.size(), total), total);
	}

	@SuppressWarnings("unchecked")
	private static TimelineItem item(Map<String, Object> row) {
		String kind = (String) row.get("kind");
		PartialDate date = PartialDate.stored(row.get("day"), row.get("precision"));
		Entity entity = Entity.of((Map<String, Object>) row.get("entity"));
		Relationship relationship = (row.get("rel") != null) ? Relationship.of((Map<String, Object>) row.get("rel"))
				: null;
		Fact fact = (row.get("fact") != null) ? Fact.of((Map<String, Object>) row.get("fact")) : null;
		LocalizedText label = switch (kind) {
			case "RELATIONSHIP" -> new LocalizedText(
					relationship.from().name().ko() + " → " + relationship.to().name().ko() + ": "
							+ relationship.type().labelKo(),
					relationship.from().name().en() + " " + relationship.type().labelEn() + " "
							+ relationship.to().name().en());
			case "FACT" -> new LocalizedText(entity.name().ko() + ": " + fact.key() + " " + fact.display(),
					entity.name().en() + ": " + fact.key() + " " + fact.display());
			default -> new LocalizedText(entity.name().ko(), entity.name().en());
		};
		return new TimelineItem(date, kind, label, entity, relationship, fact);
	}

	record TimelineItem(PartialDate date, String kind, LocalizedText label, Entity entity, Relationship relationship,
			Fact fact) {
	}

	record TimelineEdge(String cursor, TimelineItem node) {
	}

	record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo, long totalCount) {

		List<TimelineItem> nodes() {
			return this.edges.stream().map(TimelineEdge::node).toList();
		}

	}

}
