package org.innograph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
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
 * {@code timeline}: one item per dated thing (an agreement, an event, a law, a
 * designation, a dated fact, a dated relationship no dated entity explains) in date
 * order, each with the entities it involves and a label in both languages
 * ({@link TimelineReads} gathers and pages them in one statement, {@link TimelineLabels}
 * words them).
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
			@Argument List<String> kinds, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		if (from != null && to != null && from.isAfter(to)) {
			throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
		}
		Paging asked = this.pageSizes.paging(first, after, env);
		List<String> scope = (involving != null) ? this.reads.scope(involving) : null;
		// The scope always holds the entity itself: empty, the id names nothing (or a
		// retired entity), which a typo should hear rather than an empty time line.
		if (scope != null && scope.isEmpty()) {
			throw new ApiException(ErrorCode.NOT_FOUND, "No entity with id '" + involving + "' (argument 'involving')",
					Map.of("argument", "involving"));
		}
		Map<String, Object> row = this.reads.page(from, to, involving, scope,
				(kinds != null) ? kinds.stream().map((k) -> EntityKind.ofApiName(k).label()).toList() : null, asked);
		Paging paging = asked.startingAt(((Number) row.get("start")).longValue());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		long total = ((Number) row.get("total")).longValue();
		List<String> dated = page.stream()
			.filter((item) -> "ENTITY".equals(item.get("kind")))
			.map((item) -> (String) ((Map<?, ?>) item.get("entity")).get("id"))
			.toList();
		Map<String, List<Map<String, Object>>> involvement = new HashMap<>();
		if (!dated.isEmpty()) {
			for (Map<String, Object> tied : this.reads.involvement(dated)) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> parties = (List<Map<String, Object>>) tied.get("involved");
				involvement.put((String) tied.get("id"), parties);
			}
		}
		List<TimelineEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(new TimelineEdge(paging.cursorAt(i, (String) page.get(i).get("id")),
					item(page.get(i), involvement)));
		}
		return new TimelineConnection(edges,
				paging.pageInfo(page.stream().map((item) -> (String) item.get("id")).toList(), total), total);
	}

	@SuppressWarnings("unchecked")
	private static TimelineItem item(Map<String, Object> row, Map<String, List<Map<String, Object>>> involvement) {
		String kind = (String) row.get("kind");
		PartialDate date = PartialDate.stored(row.get("day"), row.get("precision"));
		Entity entity = Entity.of((Map<String, Object>) row.get("entity"));
		Relationship relationship = (row.get("rel") != null) ? Relationship.of((Map<String, Object>) row.get("rel"))
				: null;
		Fact fact = (row.get("fact") != null) ? Fact.of((Map<String, Object>) row.get("fact")) : null;
		LocalizedText label = switch (kind) {
			case "RELATIONSHIP" -> TimelineLabels.ofRelationship(relationship);
			case "FACT" -> TimelineLabels.ofFact(entity, fact);
			default -> TimelineLabels.ofEntity(entity);
		};
		List<TimelineParty> involved = new ArrayList<>();
		involved.add(new TimelineParty(entity, null, null, null));
		if (relationship != null) {
			involved.add(new TimelineParty(relationship.to(), null, null, null));
		}
		for (Map<String, Object> party : involvement.getOrDefault(entity.id(), List.of())) {
			if (!"ENTITY".equals(kind)) {
				break;
			}
			Relationship link = Relationship.of((Map<String, Object>) party.get("rel"));
			involved.add(new TimelineParty(Entity.of((Map<String, Object>) party.get("entity")), link.role(),
					link.roleLabel(), link));
		}
		return new TimelineItem(date, kind, label, entity, relationship, fact, involved);
	}

	/**
	 * The item's subject first, then the entities tied to it: an agreement's parties and
	 * signatories, a zone's designators, an event's attendees and organisers, a
	 * relationship's two ends.
	 */
	record TimelineItem(PartialDate date, String kind, LocalizedText label, Entity entity, Relationship relationship,
			Fact fact, List<TimelineParty> involved) {
	}

	/**
	 * An entity a time-line item involves, with the link that ties it and that link's
	 * role.
	 */
	record TimelineParty(Entity entity, String role, LocalizedText roleLabel, Relationship relationship) {
	}

	record TimelineEdge(String cursor, TimelineItem node) {
	}

	record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo, long totalCount) {

		// Public: GraphQL reads the field through this accessor, which a package-private
		// method would hide.
		public List<TimelineItem> nodes() {
			return this.edges.stream().map(TimelineEdge::node).toList();
		}

	}

}
