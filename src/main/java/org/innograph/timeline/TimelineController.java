package org.innograph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
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

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code timeline}: dated entities, relationships and facts in date order, each with a
 * label in both languages ({@link TimelineReads} gathers and pages them in one
 * statement).
 */
@Controller
class TimelineController {

	private final TimelineReads reads;

	private final PageSizes pageSizes;

	TimelineController(TimelineReads reads, PageSizes pageSizes) {
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
		Map<String, Object> row = this.reads.page(from, to, involving,
				(kinds != null) ? kinds.stream().map((k) -> EntityKind.ofApiName(k).label()).toList() : null, paging);
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
