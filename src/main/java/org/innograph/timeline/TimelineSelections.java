package org.innograph.timeline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.api.Paging;
import org.innograph.graph.EntityKind;

import org.springframework.stereotype.Component;

/**
 * What a filtered time line shows, as ids: the entities its items involve and the
 * relationships they rest on, so that an export of the time line holds exactly that (the
 * same statements as {@code timeline}, without its pages).
 */
@Component
public class TimelineSelections {

	/**
	 * The most items one selection takes in; a larger time line is refused with a hint to
	 * narrow it, rather than read without bound.
	 */
	public static final int MAX_ITEMS = 5_000;

	private final TimelineReads reads;

	TimelineSelections(TimelineReads reads) {
		this.reads = reads;
	}

	/**
	 * The items of {@code timeline(from, to, involving, kinds)}: each item's subject, the
	 * ends of a dated relationship and the entities a dated entity involves; the dated
	 * relationships and the links that tie the involved entities in.
	 */
	@SuppressWarnings("unchecked")
	public Selection select(LocalDate from, LocalDate to, String involving, Set<EntityKind> kinds) {
		List<String> scope = (involving != null) ? this.reads.scope(involving) : null;
		if (scope != null && scope.isEmpty()) {
			throw new ApiException(ErrorCode.NOT_FOUND, "No entity with id '" + involving + "' (parameter 'involving')",
					Map.of("argument", "involving"));
		}
		List<String> labels = (kinds == null || kinds.isEmpty()) ? null
				: kinds.stream().map(EntityKind::label).sorted().toList();
		Map<String, Object> row = this.reads.page(from, to, involving, scope, labels,
				new Paging(MAX_ITEMS + 1, 0, null, "timeline-export"));
		List<Map<String, Object>> items = (List<Map<String, Object>>) row.get("page");
		if (items.size() > MAX_ITEMS) {
			throw ApiException.badRequest("The time line holds more than " + MAX_ITEMS
					+ " items; narrow it with 'since', 'until', 'involving' or 'subjectKinds'");
		}
		Set<String> entities = new LinkedHashSet<>();
		Set<String> relationships = new LinkedHashSet<>();
		List<String> dated = new java.util.ArrayList<>();
		for (Map<String, Object> item : items) {
			String subject = (String) ((Map<String, Object>) item.get("entity")).get("id");
			entities.add(subject);
			Map<String, Object> rel = (Map<String, Object>) item.get("rel");
			if (rel != null) {
				relationships.add((String) ((Map<String, Object>) rel.get("rel")).get("id"));
				entities.add((String) ((Map<String, Object>) rel.get("to")).get("id"));
			}
			if ("ENTITY".equals(item.get("kind"))) {
				dated.add(subject);
			}
		}
		if (!dated.isEmpty()) {
			for (Map<String, Object> tied : this.reads.involvement(dated)) {
				for (Map<String, Object> party : (List<Map<String, Object>>) tied.get("involved")) {
					entities.add((String) ((Map<String, Object>) party.get("entity")).get("id"));
					relationships
						.add((String) ((Map<String, Object>) ((Map<String, Object>) party.get("rel")).get("rel"))
							.get("id"));
				}
			}
		}
		return new Selection(items.size(), Set.copyOf(entities), Set.copyOf(relationships));
	}

	/**
	 * The ids a time line shows.
	 *
	 * @param items how many items it lists
	 * @param entities the entities its items involve
	 * @param relationships the relationships they rest on
	 */
	public record Selection(int items, Set<String> entities, Set<String> relationships) {
	}

}
