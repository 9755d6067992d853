package org.innograph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.innograph.api.Paging;
import org.innograph.store.GraphReads;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one {@code (:Change {id, at, actor, action, targetId, targetKind, before, after})} per
 * change, written inside the transaction of the change itself so there is never a change without its
 * record or a record without its change. {@code before} and {@code after} are JSON objects of the stored
 * properties (absent for a creation and a deletion respectively).
 */
@Component
class History {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Neo4jClient client;

	private final GraphReads reads;

	History(Neo4jClient client, GraphReads reads) {
		this.client = client;
		this.reads = reads;
	}

	/** One recorded change, as the API shows it. */
	record Change(String id, String at, String actor, String action, String targetId, String targetKind,
			String before, String after) {
	}

	/** A page of changes, newest first. */
	record Page(List<Change> changes, long total, Paging paging) {
	}

	/** Records a change; call inside the write transaction of the change. */
	void record(String actor, String action, String targetId, String targetKind, Map<String, Object> before,
			Map<String, Object> after) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", "change:" + UUID.randomUUID());
		props.put("actor", actor);
		props.put("action", action);
		props.put("targetId", targetId);
		props.put("targetKind", targetKind);
		props.put("before", (before != null) ? json.writeValueAsString(Records.clean(before)) : null);
		props.put("after", (after != null) ? json.writeValueAsString(Records.clean(after)) : null);
		this.client.query("CREATE (c:Change) SET c = $props, c.at = datetime()").bind(props).to("props").run();
	}

	/** The changes of one record (for an entity or relationship also the evidence added to it). */
	Page of(String targetId, Paging paging) {
		Map<String, Object> parameters = Map.of("id", targetId, "offset", paging.offset(), "first", paging.first());
		Map<String, Object> row = this.reads.one("""
				MATCH (c:Change {targetId: $id})
				WITH c ORDER BY c.at DESC, c.id DESC
				WITH collect(c {.*, at: toString(c.at)}) AS changes
				RETURN size(changes) AS total, changes[$offset..($offset + $first)] AS page
				""", parameters).orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		List<Change> changes = page.stream()
			.map((c) -> new Change((String) c.get("id"), (String) c.get("at"), (String) c.get("actor"),
					(String) c.get("action"), (String) c.get("targetId"), (String) c.get("targetKind"),
					(String) c.get("before"), (String) c.get("after")))
			.toList();
		return new Page(changes, ((Number) row.get("total")).longValue(), paging);
	}

}
