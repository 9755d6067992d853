package org.innograph.edit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.innograph.storage.StoredGraph.Common;

/**
 * The update statement the benchmark's raw-driver floor runs for its mutation, exactly as
 * {@link OwnFieldsUpdates} runs it for an update of an entity's note: the version check,
 * the write and the history record of the whole record before and after, in one statement
 * that is its own transaction. Package-private in the application; this class lives in
 * the benchmark's own source set (src/bench/java) and reaches it from the same package.
 */
public final class BenchAccess {

	/**
	 * Returns {@code applied}, the entity as the answer shows it ({@code n}) and its new
	 * {@code version}.
	 */
	public static final String UPDATE_OWN_FIELDS = OwnFieldsUpdates.UPDATE_IN_ONE;

	/** The limit the application gives the statement. */
	public static final Duration TIMEOUT = EditService.WRITE_TIMEOUT;

	private BenchAccess() {
	}

	/**
	 * The parameters of {@link #UPDATE_OWN_FIELDS} for a new note on the entity
	 * {@code id} at {@code expectedVersion}, recorded as {@code actor}'s.
	 */
	public static Map<String, Object> noteUpdate(String id, long expectedVersion, String note, String actor) {
		Map<String, Object> changes = new HashMap<>();
		Records.putTextChange(changes, Common.NOTE, note);
		return OwnFieldsUpdates.parameters(id, Math.toIntExact(expectedVersion), changes, actor);
	}

}
