package org.innograph.edit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.innograph.entity.Entity;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.store.SingleStatementWrites;

/**
 * An update of an entity's own fields (a note, a status, a type, a code, a description:
 * fields no other derives from) as one statement that is its own transaction, one round
 * trip to the database. What it cannot do, {@link RecordWrites} does in two statements.
 */
final class OwnFieldsUpdates {

	/**
	 * An update of fields that derive nothing from stored ones, in ONE statement, which
	 * is its own transaction ({@link SingleStatementWrites}): the lock, the read of the
	 * record under it, the checks (exists, active, at the version expected, its search
	 * fields in place), the write, the history record and the payload. The history keeps
	 * the record before and after as properties of the change node ({@code before.<key>},
	 * {@code after.<key>}), copied by the statement itself, where the two-statement path
	 * writes JSON made in Java; History reads both alike. Its row says whether the update
	 * {@code applied}. When a check fails it has written nothing (the lock it set, it
	 * removed again), or found no record and returned no row: the caller then takes the
	 * two-statement path in a transaction of its own, which answers NOT_FOUND, the
	 * retired record's error or CONFLICT, or derives the missing search fields. Its
	 * parameters are {@link #parameters}'s. The benchmark's floor runs it too.
	 */
	static final String UPDATE_IN_ONE = """
			MATCH (n:Entity {id: $id})
			SET n.%s = true
			WITH n, properties(n) AS before
			WITH n, before, coalesce(before.%s, 0) = $expectedVersion AND coalesce(before.%s, false) = false
			  AND before.%s IS NOT NULL AND before.%s IS NOT NULL AND before.%s IS NOT NULL AND before.%s IS NOT NULL
			  AS applied
			CALL (n, before, applied) {
			  WITH n, before WHERE applied
			  SET n += $changes, n.%s = coalesce(before.%s, 0) + 1, n.%s = '%s'
			  REMOVE n.%s
			  %s
			}
			REMOVE n.%s
			// What the answer shows, not every property: the search fields are most of a
			// record's bytes, and the history above has copied them already.
			RETURN applied, %s AS n, n.%s AS version
			""".formatted(Common.LOCK, Common.VERSION, Common.RETIRED, EntityProps.NAMES, EntityProps.SEARCH_TEXT,
			EntityProps.NAME_WORDS, EntityProps.NAME_GRAMS, Common.VERSION, Common.VERSION, Common.ORIGIN,
			Common.ORIGIN_EDIT, Common.LOCK, History.RECORD_SNAPSHOTS, Common.LOCK, Entity.projection("n"),
			Common.VERSION);

	private final SingleStatementWrites alone;

	OwnFieldsUpdates(SingleStatementWrites alone) {
		this.alone = alone;
	}

	/**
	 * Updates the entity's own fields in one statement when it can (see
	 * {@link #UPDATE_IN_ONE}): {@code changes} are stored properties to set, a null
	 * removing one, none of them a field others derive from. Outside a transaction the
	 * statement is its own, committed as it ends; inside one, it joins it. Empty when a
	 * check failed, having written nothing: the caller takes the two-statement path.
	 */
	Optional<EditService.UpdatedEntity> update(String id, int expectedVersion, Map<String, Object> changes,
			String actor) {
		return this.alone.run(UPDATE_IN_ONE, parameters(id, expectedVersion, changes, actor), EditService.WRITE_TIMEOUT)
			.stream()
			.filter((row) -> Boolean.TRUE.equals(row.get("applied")))
			.findFirst()
			.map((row) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> shown = (Map<String, Object>) row.get("n");
				return new EditService.UpdatedEntity(Entity.of(shown), ((Number) row.get("version")).longValue());
			});
	}

	/** The parameters of {@link #UPDATE_IN_ONE}, each of its runs a new change record. */
	static Map<String, Object> parameters(String id, int expectedVersion, Map<String, Object> changes, String actor) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("expectedVersion", expectedVersion);
		parameters.put("changes", changes);
		parameters.put("change", History.change(actor, "UPDATE", id));
		parameters.put("kinds", History.KINDS);
		return parameters;
	}

}
