package org.innograph.edit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.innograph.api.Paging;
import org.innograph.entity.NodeSource;
import org.innograph.graph.EntityKind;
import org.innograph.security.Editors;
import org.innograph.storage.StoredRecords;
import org.innograph.store.GraphReads;
import org.innograph.store.PageSlices;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one {@code (:Change {id, at, actor, action, targetId, targetKind,
 * before, after})} per change, written inside the transaction of the change itself so
 * there is never a change without its record or a record without its change.
 * {@code before} and {@code after} are stored as JSON objects of the stored properties
 * (absent for a creation), or, when the write's own statement records the change, as one
 * property per stored property ({@code before.note}, {@code after.note}); both are read
 * back typed, under the API's field names ({@link ChangedRecords}). Changes are nodes of
 * the API ({@code change:<uuid>}), which {@code node(id:)} resolves for editors and
 * admins, the callers who may read history.
 */
@Component
class History implements NodeSource {

	static final String PREFIX = "change:";

	/** The target kinds that are not entity kinds, as the API names them. */
	static final String RELATIONSHIP = "RELATIONSHIP";

	static final String SOURCE = "SOURCE";

	static final String EVIDENCE = "EVIDENCE";

	/** A fact added to an entity: listed under the entity. */
	static final String FACT = "FACT";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String CHANGES = """
			WITH c ORDER BY c.at DESC, c.id DESC
			WITH collect(c {.*, at: toString(c.at)}) AS changes
			""";

	private final Neo4jClient client;

	private final GraphReads reads;

	History(Neo4jClient client, GraphReads reads) {
		this.client = client;
		this.reads = reads;
	}

	/** One recorded change, as the API shows it. */
	record Change(String id, OffsetDateTime at, String actor, String action, String targetId, String targetKind,
			ChangedRecords.ChangedRecord before, ChangedRecords.ChangedRecord after) {

		static Change of(Map<String, Object> stored) {
			String targetKind = History.targetKind((String) stored.get("targetKind"));
			return new Change((String) stored.get("id"), OffsetDateTime.parse((String) stored.get("at")),
					(String) stored.get("actor"), (String) stored.get("action"), (String) stored.get("targetId"),
					targetKind, ChangedRecords.read(recorded(stored, "before", BEFORE_PREFIX), targetKind),
					ChangedRecords.read(recorded(stored, "after", AFTER_PREFIX), targetKind));
		}

	}

	/** A page of changes, newest first. */
	record Page(List<Change> changes, long total, Paging paging) {
	}

	/**
	 * The clause that records a change whose properties ({@link #change}) are bound as
	 * {@code $change}: a write statement ends with it, so the change and its record are
	 * one statement.
	 */
	static final String RECORD = "CREATE (c:Change) SET c = $change, c.at = datetime()";

	/** Where a change node keeps each property of the record before and after it. */
	static final String BEFORE_PREFIX = "before.";

	static final String AFTER_PREFIX = "after.";

	/**
	 * The clause that records an entity's change from the statement's own values: the
	 * record as it was ({@code before}, a map of its properties) and as it is now (the
	 * node {@code n}), each property kept on the change node under a prefix
	 * ({@code before.note}), bookkeeping ({@code _…}) and
	 * {@link StoredRecords#NOT_IN_HISTORY} left out as {@link Records#clean} leaves them;
	 * {@code $change} as {@link #change(String, String, String)} makes it, {@code $kinds}
	 * is {@link #KINDS}. Cypher has no JSON; {@link Change#of} reads these as it reads
	 * the JSON of {@link #RECORD}.
	 */
	static final String RECORD_SNAPSHOTS = """
			CREATE (c:Change)
			SET c = $change, c.at = datetime(), c.targetKind = $kinds[before.kind]
			FOREACH (key IN [key IN keys(before) WHERE NOT key STARTS WITH '_' AND NOT key IN %2$s] |
			  SET c['%1$s' + key] = before[key])
			FOREACH (key IN [key IN keys(n) WHERE NOT key STARTS WITH '_' AND NOT key IN %2$s] | SET c['%3$s' + key] = n[key])
			"""
		.formatted(BEFORE_PREFIX,
				StoredRecords.NOT_IN_HISTORY.stream()
					.sorted()
					.map((key) -> "'" + key + "'")
					.collect(Collectors.joining(", ", "[", "]")),
				AFTER_PREFIX);

	/** The API's name of each entity kind by its stored label, for Cypher. */
	static final Map<String, Object> KINDS = Arrays.stream(EntityKind.values())
		.collect(Collectors.toUnmodifiableMap(EntityKind::label, EntityKind::name));

	/**
	 * Records a change; call inside the write transaction of the change.
	 * {@code targetKind} is an entity kind (as stored or as the API names it),
	 * Relationship, Source or Evidence; it is kept as the API names it.
	 */
	void record(String actor, String action, String targetId, String targetKind, Map<String, Object> before,
			Map<String, Object> after) {
		this.client.query(RECORD).bind(change(actor, action, targetId, targetKind, before, after)).to("change").run();
	}

	/**
	 * The properties of a change's record, for {@link #RECORD} ({@code at} is the
	 * database's time of the write).
	 */
	static Map<String, Object> change(String actor, String action, String targetId, String targetKind,
			Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> props = change(actor, action, targetId);
		props.put("targetKind", targetKind(targetKind));
		props.put("before", (before != null) ? json.writeValueAsString(Records.clean(before)) : null);
		props.put("after", (after != null) ? json.writeValueAsString(Records.clean(after)) : null);
		return props;
	}

	/**
	 * The properties of a change's record for {@link #RECORD_SNAPSHOTS}, which adds the
	 * target's kind and the record before and after.
	 */
	static Map<String, Object> change(String actor, String action, String targetId) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", PREFIX + UUID.randomUUID());
		props.put("actor", actor);
		props.put("action", action);
		props.put("targetId", targetId);
		return props;
	}

	/**
	 * A stored change's record before or after it, as JSON: written so, or kept as
	 * prefixed properties ({@link #RECORD_SNAPSHOTS}) and serialised here as
	 * {@link #change} would have; null for none (before a creation).
	 */
	static String recorded(Map<String, Object> stored, String side, String prefix) {
		if (stored.get(side) instanceof String text) {
			return text;
		}
		Map<String, Object> record = new HashMap<>();
		stored.forEach((key, value) -> {
			if (key.startsWith(prefix)) {
				record.put(key.substring(prefix.length()), value);
			}
		});
		return record.isEmpty() ? null : json.writeValueAsString(Records.clean(record));
	}

	/**
	 * The API's name for a target kind: ORGANIZATION for an entity kind however it was
	 * stored (changes recorded before the kinds were named alike say
	 * {@code Organization}), RELATIONSHIP, SOURCE, EVIDENCE.
	 */
	static String targetKind(String stored) {
		for (EntityKind kind : EntityKind.values()) {
			if (kind.label().equals(stored) || kind.name().equals(stored)) {
				return kind.name();
			}
		}
		return stored.toUpperCase(Locale.ROOT);
	}

	/**
	 * The changes of one record (for an entity or relationship also the evidence added to
	 * it).
	 */
	Page of(String targetId, Paging paging) {
		Map<String, Object> parameters = new HashMap<>(paging.parameters());
		parameters.put("id", targetId);
		Map<String, Object> row = this.reads
			.one("MATCH (c:Change {targetId: $id})\n" + CHANGES + PageSlices.slice("changes"), parameters)
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		return new Page(page.stream().map(Change::of).toList(), ((Number) row.get("total")).longValue(),
				paging.startingAt(((Number) row.get("start")).longValue()));
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	/**
	 * Changes by id for {@code node(id:)}: history is for editors and admins, so is this.
	 */
	@Override
	@PreAuthorize(Editors.EDITOR)
	public Map<String, Object> find(List<String> ids) {
		Map<String, Object> found = new HashMap<>();
		this.reads
			.list("MATCH (c:Change) WHERE c.id IN $ids\n" + CHANGES + "UNWIND changes AS c RETURN c",
					Map.of("ids", ids))
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				Change change = Change.of((Map<String, Object>) row.get("c"));
				found.put(change.id(), change);
			});
		return found;
	}

}
