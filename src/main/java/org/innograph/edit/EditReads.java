package org.innograph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.graph.RelationshipIds;
import org.innograph.store.GraphReads;
import org.innograph.storage.StoredGraph.Common;

import org.springframework.stereotype.Component;

/**
 * The reads the editing API adds to the public ones: versions for optimistic locking.
 * (The payload of an update or a retirement, a retired record included, comes from the
 * write's own statement: {@link RecordWrites}.)
 */
@Component
class EditReads {

	private final GraphReads reads;

	EditReads(GraphReads reads) {
		this.reads = reads;
	}

	/** Entity versions by id, in one statement; a record never edited is at version 1. */
	Map<String, Integer> entityVersions(List<String> ids) {
		return versions(this.reads.list("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN n.id AS id, coalesce(n.%s, 1) AS version
				""".formatted(Common.VERSION), Map.of("ids", ids)));
	}

	/**
	 * Relationship versions by id, in one statement; ids that do not parse are left out.
	 */
	Map<String, Integer> relationshipVersions(List<String> ids) {
		List<Map<String, Object>> refs = ids.stream().map(RelationshipIds::parse).flatMap(Optional::stream).toList();
		return versions(this.reads.list("""
				UNWIND $refs AS ref
				MATCH (:Entity {id: ref.from})-[r]->(:Entity {id: ref.to})
				WHERE r.id = ref.id AND type(r) = ref.type
				RETURN r.id AS id, coalesce(r.%s, 1) AS version
				""".formatted(Common.VERSION), Map.of("refs", refs)));
	}

	private static Map<String, Integer> versions(List<Map<String, Object>> rows) {
		Map<String, Integer> versions = new HashMap<>();
		rows.forEach((row) -> versions.put((String) row.get("id"), ((Number) row.get("version")).intValue()));
		return versions;
	}

}
