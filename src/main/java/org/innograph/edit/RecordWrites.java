package org.innograph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;
import org.innograph.store.DatabaseFailures;
import org.innograph.time.RoleSuccession;
import org.innograph.storage.Predicates;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Locking and versioning. An update of an entity's own fields (a note, a status, a type,
 * a code, a description) is one statement, its own transaction
 * ({@link OwnFieldsUpdates}); every other change takes two statements of one write
 * transaction: the first locks the record and reads it (so the second of two writers
 * starting from one version waits, then gets CONFLICT); Java checks the version and
 * computes the new properties by the editing rules; the second writes them with the next
 * version and {@code origin: edit}, records the change in {@link History} and returns the
 * record as stored, which is the mutation's payload. (Those changes need the rules that
 * derive properties from stored ones, such as the search names or a period's order, which
 * live in Java.) Also the evidence writes and the role-succession recompute that follow a
 * change.
 */
final class RecordWrites {

	// Writing a property takes the record's write lock until commit, waiting for a writer
	// that holds it; what the same statement reads after that is the latest committed
	// version, which a read before the lock could not guarantee. So the lock and the read
	// are one round trip, and the version the caller then checks cannot move before the
	// commit.
	private static final String LOCK_ENTITY = """
			MATCH (n:Entity {id: $id})
			SET n.%s = true
			RETURN properties(n) AS p
			""".formatted(Common.LOCK);

	private static final String LOCK_RELATIONSHIP = """
			MATCH (:Entity {id: $from})-[r:%%s {id: $id}]->(:Entity {id: $to})
			SET r.%s = true
			RETURN properties(r) AS p
			""".formatted(Common.LOCK);

	private final Neo4jClient client;

	private final History history;

	RecordWrites(Neo4jClient client, History history) {
		this.client = client;
		this.history = history;
	}

	// ---------------------------------------------------------------- locking and
	// writing

	/**
	 * Runs a creation. Its checks find an id that is taken, but two requests creating one
	 * id at the same moment both pass them; the database's uniqueness constraint then
	 * refuses the later write (nothing of it is kept), and its client hears CONFLICT, as
	 * it would have a moment later, not INTERNAL_ERROR.
	 */
	static <T> T creating(Supplier<T> creation) {
		try {
			return creation.get();
		}
		catch (RuntimeException ex) {
			if (DatabaseFailures.isTakenId(ex)) {
				throw new ApiException(ErrorCode.CONFLICT, "A record with this id was created by another request "
						+ "at the same moment; nothing of yours was written. Read it, then decide.");
			}
			throw ex;
		}
	}

	/**
	 * Locks the entity for this transaction and reads it, in one statement, then checks
	 * it exists, is active and has the version expected.
	 */
	Map<String, Object> lockEntity(String id, Integer expectedVersion) {
		Map<String, Object> props = locked(this.client.query(LOCK_ENTITY).bind(id).to("id"))
			.orElseThrow(() -> ApiException.notFound("No entity with the id " + id));
		checkVersion(id, props, expectedVersion);
		return props;
	}

	/** A locked relationship: its properties and its ends. */
	record Locked(String id, RelationshipType type, String from, String to, Map<String, Object> props) {
	}

	Locked lockRelationship(String id, Integer expectedVersion) {
		Map<String, Object> ref = RelationshipIds.parse(id)
			.orElseThrow(() -> ApiException.notFound("No relationship with the id " + id));
		RelationshipType type = RelationshipType.valueOf((String) ref.get("type"));
		Map<String, Object> props = locked(this.client.query(LOCK_RELATIONSHIP.formatted(type.name())).bindAll(ref))
			.orElseThrow(() -> ApiException.notFound("No relationship with the id " + id));
		// The seed loader writes relationships without a version: they are at version 1.
		props.putIfAbsent(Common.VERSION, 1L);
		if (expectedVersion != null) {
			checkVersion(id, props, expectedVersion);
		}
		return new Locked(id, type, (String) ref.get("from"), (String) ref.get("to"), props);
	}

	/** The properties a lock statement read, without the lock's own. */
	private static Optional<Map<String, Object>> locked(Neo4jClient.RunnableSpec lock) {
		return lock.fetchAs(Map.class).mappedBy((types, record) -> record.get("p").asMap()).one().map((p) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> props = new HashMap<>(p);
			props.remove(Common.LOCK);
			return props;
		});
	}

	static void checkVersion(String id, Map<String, Object> props, Integer expectedVersion) {
		if (Boolean.TRUE.equals(props.get(Common.RETIRED))) {
			FieldErrors errors = new FieldErrors();
			errors.add("id", id + " is retired; retired records are not changed");
			errors.throwIfAny();
		}
		long version = ((Number) props.getOrDefault(Common.VERSION, 0L)).longValue();
		if (expectedVersion != null && version != expectedVersion) {
			throw new ApiException(
					ErrorCode.CONFLICT, id + " changed since you read it: it is at version " + version + ", not "
							+ expectedVersion + ". Read it again and reapply your change.",
					Map.of("currentVersion", version));
		}
	}

	static void checkStoredPeriod(Map<String, Object> props) {
		PartialDate from = PartialDate.stored(props.get(EntityProps.VALID_FROM), props.get("validFromPrecision"));
		PartialDate to = PartialDate.stored(props.get(EntityProps.VALID_TO), props.get("validToPrecision"));
		FieldErrors errors = new FieldErrors();
		Rules.period(from, to, "validTo", errors);
		errors.throwIfAny();
	}

	/**
	 * Replaces the node's properties and records the change, in one statement that also
	 * returns the entity as stored: the mutation's payload needs no read of its own. An
	 * edited record becomes {@code origin: 'edit'}: the seed loader leaves such records
	 * alone, so a later seed load never undoes an editor's change.
	 */
	EditService.UpdatedEntity writeNode(Map<String, Object> before, Map<String, Object> after, String action,
			String actor) {
		long version = ((Number) before.getOrDefault(Common.VERSION, 0L)).longValue() + 1;
		after.put(Common.VERSION, version);
		after.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		String id = (String) before.get(Common.ID);
		Map<String, Object> change = History.change(actor, action, id, (String) before.get(EntityProps.KIND), before,
				after);
		Map<String, Object> stored = this.client.query("""
				MATCH (n:Entity {id: $id})
				SET n = $props
				%s
				%s
				RETURN n {.*} AS n
				""".formatted(Predicates.labelRetired("n"), History.RECORD))
			.bindAll(Map.of("id", id, "props", withoutNulls(after), "change", change))
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("n").asMap())
			.one()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		Entity entity = Entity.of((Map<String, Object>) stored);
		return new EditService.UpdatedEntity(entity, version);
	}

	/**
	 * Replaces the relationship's properties and records the change, in one statement
	 * that returns the relationship as stored, with its ends, for the payload.
	 */
	EditService.UpdatedRelationship writeRelationshipProps(Locked locked, Map<String, Object> after, String action,
			String actor) {
		long version = ((Number) locked.props().get(Common.VERSION)).longValue() + 1;
		after.put(Common.VERSION, version);
		after.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		Map<String, Object> before = new HashMap<>(locked.props());
		Map<String, Object> described = new HashMap<>(after);
		for (Map<String, Object> side : List.of(before, described)) {
			side.put("type", locked.type().name());
			side.put("from", locked.from());
			side.put("to", locked.to());
		}
		Map<String, Object> change = History.change(actor, action, locked.id(), "Relationship", before, described);
		Map<String, Object> row = this.client.query("""
				MATCH (a:Entity {id: $from})-[r:%s {id: $id}]->(b:Entity {id: $to})
				SET r = $props
				%s
				RETURN r {.*} AS rel, type(r) AS type, a {.*} AS from, b {.*} AS to
				""".formatted(locked.type().name(), History.RECORD))
			.bindAll(Map.of("id", locked.id(), "from", locked.from(), "to", locked.to(), "props", withoutNulls(after),
					"change", change))
			.fetch()
			.one()
			.orElseThrow();
		return new EditService.UpdatedRelationship(Relationship.of(row), version);
	}

	static Map<String, Object> withoutNulls(Map<String, Object> props) {
		Map<String, Object> clean = new HashMap<>();
		props.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

	/**
	 * Writes the evidence nodes with their CITES links; returns what was written, for
	 * history.
	 */
	List<Map<String, Object>> writeEvidence(String subject, List<Inputs.EvidenceInput> items, String actor,
			boolean recordEach) {
		List<Map<String, Object>> rows = items.stream().map((item) -> Records.evidence(subject, item)).toList();
		this.client.query("""
				UNWIND $rows AS row
				MERGE (ev:Evidence {id: row.id})
				SET ev = row
				WITH ev, row
				MATCH (s:Source {id: row.source})
				MERGE (ev)-[:CITES]->(s)
				""").bind(rows).to("rows").run();
		if (recordEach) {
			rows.forEach((row) -> this.history.record(actor, "ADD_EVIDENCE", subject, "Evidence", null, row));
		}
		return rows;
	}

	/**
	 * After a person's role at an organisation changed: who succeeded whom there (see
	 * RoleSuccession).
	 */
	void recomputeSuccession(RelationshipType type, String organisation) {
		if (RoleSuccession.ROLE_TYPES.contains(type.name())) {
			this.client.query(RoleSuccession.RECOMPUTE)
				.bindAll(Map.of("types", RoleSuccession.ROLE_TYPES, "orgs", List.of(organisation)))
				.run();
		}
	}

}
