package org.innograph.edit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;
import org.innograph.storage.Predicates;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredGraph.RelationshipProps;
import org.innograph.store.SingleStatementWrites;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes behind the editing mutations. Each mutation validates its whole input in
 * Java first, then runs every check against the database and every write in ONE write
 * transaction, so an invalid input writes nothing and a valid one is never half written.
 * Updates and retirements lock the record before reading its version (optimistic
 * versioning that holds under concurrency: the second of two writers starting from the
 * same version waits for the first, then sees the new version and gets CONFLICT).
 */
@Component
class EditService {

	/** How long a write may take before the database stops it. */
	static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

	private final Neo4jClient client;

	private final TransactionTemplate writes;

	private final History history;

	private final ExistingRecords existing;

	private final RecordWrites records;

	private final OwnFieldsUpdates ownFieldsUpdates;

	EditService(Neo4jClient client, PlatformTransactionManager transactionManager, History history,
			SingleStatementWrites alone) {
		this.client = client;
		this.writes = writeTransactions(transactionManager);
		this.history = history;
		this.existing = new ExistingRecords(client);
		this.records = new RecordWrites(client, history);
		this.ownFieldsUpdates = new OwnFieldsUpdates(alone);
	}

	/**
	 * Write transactions of {@link #WRITE_TIMEOUT} at most. Unlike reads (see
	 * GraphReads), writes are never retried automatically, not even on a transient error:
	 * when the connection breaks during the commit, the server may have applied the
	 * write, and running it again would apply it twice (or, for creations, fail with
	 * "exists"). The client decides: it reads the record again and retries with the
	 * version it sees (expectedVersion).
	 */
	static TransactionTemplate writeTransactions(PlatformTransactionManager transactionManager) {
		TransactionTemplate writes = new TransactionTemplate(transactionManager);
		writes.setTimeout((int) WRITE_TIMEOUT.toSeconds());
		return writes;
	}

	/** A written record and its version after the write. */
	record Written(String id, long version) {
	}

	/**
	 * An updated or retired entity as the write stored it, and its new version: the
	 * mutation's payload, returned by the write's own statement.
	 */
	record UpdatedEntity(Entity entity, long version) {
	}

	/** An updated or retired relationship as the write stored it, with its ends. */
	record UpdatedRelationship(Relationship relationship, long version) {
	}

	/** What a batch creation wrote. */
	record Created(List<Written> entities, List<Written> relationships) {
	}

	// ---------------------------------------------------------------- creation

	Created create(List<Inputs.CreateEntityInput> entities, List<Inputs.CreateRelationshipInput> relationships,
			boolean batch, String actor) {
		List<Inputs.CreateEntityInput> newEntities = (entities != null) ? entities : List.of();
		List<Inputs.CreateRelationshipInput> newRelationships = (relationships != null) ? relationships : List.of();
		FieldErrors errors = new FieldErrors();
		if (batch && newEntities.isEmpty() && newRelationships.isEmpty()) {
			errors.add("entities", "nothing to create: give entities, relationships or both");
		}
		for (int i = 0; i < newEntities.size(); i++) {
			InputChecks.checkEntity(newEntities.get(i), batch ? "entities[" + i + "]." : "", errors);
		}
		for (int i = 0; i < newRelationships.size(); i++) {
			InputChecks.checkRelationship(newRelationships.get(i), batch ? "relationships[" + i + "]." : "", errors);
		}
		errors.throwIfAny();
		return RecordWrites.creating(() -> this.writes.execute((status) -> {
			FieldErrors found = new FieldErrors();
			Set<String> batchIds = new HashSet<>();
			for (int i = 0; i < newEntities.size(); i++) {
				if (!batchIds.add(newEntities.get(i).id())) {
					found.add(InputChecks.path(batch, "entities", i) + "id", "is given twice in this input");
				}
			}
			Set<String> existing = this.existing.existingEntities(batchIds, false);
			for (int i = 0; i < newEntities.size(); i++) {
				if (existing.contains(newEntities.get(i).id())) {
					found.conflict(InputChecks.path(batch, "entities", i) + "id",
							"an entity with the id " + newEntities.get(i).id() + " exists (perhaps retired)");
				}
			}
			Set<String> ends = new HashSet<>();
			newRelationships.forEach((rel) -> {
				ends.add(rel.from());
				ends.add(rel.to());
			});
			ends.removeAll(batchIds);
			Set<String> activeEnds = this.existing.existingEntities(ends, true);
			Set<String> relationshipIds = new HashSet<>();
			List<Map<String, Object>> refs = new ArrayList<>();
			for (int i = 0; i < newRelationships.size(); i++) {
				Inputs.CreateRelationshipInput rel = newRelationships.get(i);
				String prefix = InputChecks.path(batch, "relationships", i);
				for (String end : List.of("from", "to")) {
					String id = end.equals("from") ? rel.from() : rel.to();
					if (!batchIds.contains(id) && !activeEnds.contains(id)) {
						found.add(prefix + end, "no entity with the id " + id);
					}
				}
				String id = relationshipId(rel);
				if (!relationshipIds.add(id)) {
					found.add(prefix + "key", "two relationships of this input have the id " + id + "; give a key");
				}
				refs.add(RelationshipIds.parse(id).orElseThrow());
			}
			for (String id : this.existing.existingRelationships(refs)) {
				for (int i = 0; i < newRelationships.size(); i++) {
					if (relationshipId(newRelationships.get(i)).equals(id)) {
						found.conflict(InputChecks.path(batch, "relationships", i) + "key",
								"a relationship " + id + " exists (perhaps retired); give a key to add another");
					}
				}
			}
			InputChecks.checkSources(this.existing, newEntities, newRelationships, batch, found);
			found.throwIfAny();

			List<Written> writtenEntities = new ArrayList<>();
			for (Inputs.CreateEntityInput entity : newEntities) {
				writtenEntities.add(writeEntity(entity, actor));
			}
			List<Written> writtenRelationships = new ArrayList<>();
			for (Inputs.CreateRelationshipInput rel : newRelationships) {
				writtenRelationships.add(writeRelationship(rel, actor));
			}
			return new Created(writtenEntities, writtenRelationships);
		}));
	}

	private Written writeEntity(Inputs.CreateEntityInput in, String actor) {
		EntityKind kind = EntityKind.ofApiName(in.kind());
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(Common.ID, in.id());
		props.put(EntityProps.KIND, kind.label());
		Records.putText(props, EntityProps.TYPE, in.type());
		props.put(EntityProps.NAME_KO, in.name().ko());
		props.put(EntityProps.NAME_EN, in.name().en());
		props.put(EntityProps.ACRONYMS, (in.acronyms() != null) ? List.copyOf(in.acronyms()) : List.of());
		props.put(EntityProps.ALIASES, (in.aliases() != null) ? List.copyOf(in.aliases()) : List.of());
		Records.putSearchNames(props);
		Records.putText(props, EntityProps.CODE, in.code());
		if (in.description() != null) {
			Records.putText(props, EntityProps.DESCRIPTION_KO, in.description().ko());
			Records.putText(props, EntityProps.DESCRIPTION_EN, in.description().en());
		}
		Records.putDate(props, EntityProps.DATE, in.date());
		Records.putDate(props, EntityProps.VALID_FROM, in.validFrom());
		Records.putDate(props, EntityProps.VALID_TO, in.validTo());
		Records.putText(props, Common.STATUS, in.status());
		Records.putText(props, Common.NOTE, in.note());
		props.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		props.put(Common.VERSION, 1L);
		// Labels and types are written as the seed loader writes them: dynamic ($(...)),
		// names from the
		// EntityKind and RelationshipType enums, never input text.
		this.client.query("CREATE (n:Entity:$($label)) SET n = $props")
			.bindAll(Map.of("label", kind.label(), "props", props))
			.run();
		Map<String, Object> after = new LinkedHashMap<>(props);
		after.put("evidence", this.records.writeEvidence(in.id(), in.evidence(), actor, false));
		this.history.record(actor, "CREATE", in.id(), kind.name(), null, after);
		return new Written(in.id(), 1);
	}

	private Written writeRelationship(Inputs.CreateRelationshipInput in, String actor) {
		RelationshipType type = RelationshipType.valueOf(in.type());
		String id = relationshipId(in);
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(Common.ID, id);
		Records.putText(props, RelationshipProps.ROLE, in.role());
		if (in.roleLabel() != null) {
			Records.putText(props, RelationshipProps.ROLE_LABEL_KO, in.roleLabel().ko());
			Records.putText(props, RelationshipProps.ROLE_LABEL_EN, in.roleLabel().en());
		}
		Records.putText(props, Common.STATUS, in.status());
		Records.putDate(props, EntityProps.VALID_FROM, in.validFrom());
		Records.putDate(props, EntityProps.VALID_TO, in.validTo());
		Records.putAmount(props, in.amount());
		Records.putText(props, Common.NOTE, in.note());
		props.put(Common.BASIS, in.basis());
		this.existing.earliestPublication(in.evidence().stream().map(Inputs.EvidenceInput::source).toList())
			.ifPresent((date) -> date.putInto(props, Common.STATED_ON));
		props.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		props.put(Common.VERSION, 1L);
		this.client.query("""
				MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
				CREATE (a)-[r:$($type)]->(b)
				SET r = $props
				""").bindAll(Map.of("from", in.from(), "to", in.to(), "type", type.name(), "props", props)).run();
		Map<String, Object> after = new LinkedHashMap<>(props);
		after.put("type", type.name());
		after.put("from", in.from());
		after.put("to", in.to());
		after.put("evidence", this.records.writeEvidence(id, in.evidence(), actor, false));
		this.history.record(actor, "CREATE", id, "Relationship", null, after);
		this.records.recomputeSuccession(type, in.to());
		return new Written(id, 1);
	}

	static String relationshipId(Inputs.CreateRelationshipInput in) {
		return RelationshipIds.of(in.from(), RelationshipType.valueOf(in.type()), in.to(),
				(in.key() != null && !in.key().isEmpty()) ? in.key() : null);
	}

	// ---------------------------------------------------------------- updates

	UpdatedEntity updateEntity(Inputs.UpdateEntityInput in, String actor) {
		FieldErrors errors = new FieldErrors();
		Rules.required(in.id(), "id", errors);
		if (in.expectedVersion() == null) {
			errors.add("expectedVersion", "is required: the version you read");
		}
		Rules.pattern(in.type(), Rules.SLUG, Rules.SLUG_LENGTH, "type", "lower-case words joined by '-'", errors);
		if (in.name() != null) {
			Rules.name(in.name(), "name", errors);
		}
		Rules.acronyms(in.acronyms(), "acronyms", errors);
		Rules.aliases(in.aliases(), "aliases", errors);
		Rules.text(in.code(), Rules.CODE, "code", errors);
		Rules.optionalText(in.description(), Rules.LONG, Rules.Lines.MANY, false, "description", errors);
		Rules.status(in.status(), "status", errors);
		Rules.longText(in.note(), "note", errors);
		errors.throwIfAny();
		Map<String, Object> ownFields = ownFields(in);
		if (ownFieldsOnly(in)) {
			// One statement, its own transaction: one round trip to the database.
			Optional<UpdatedEntity> updated = this.ownFieldsUpdates.update(in.id(), in.expectedVersion(), ownFields,
					actor);
			if (updated.isPresent()) {
				return updated.get();
			}
		}
		return this.writes.execute((status) -> {
			Map<String, Object> before = this.records.lockEntity(in.id(), in.expectedVersion());
			Map<String, Object> after = new HashMap<>(before);
			Records.putChanges(after, ownFields);
			if (in.name() != null) {
				after.put(EntityProps.NAME_KO, in.name().ko());
				after.put(EntityProps.NAME_EN, in.name().en());
			}
			if (in.acronyms() != null) {
				after.put(EntityProps.ACRONYMS, List.copyOf(in.acronyms()));
			}
			if (in.aliases() != null) {
				after.put(EntityProps.ALIASES, List.copyOf(in.aliases()));
			}
			Records.putSearchNamesIfChanged(after, in.name() != null || in.acronyms() != null || in.aliases() != null);
			if (Inputs.given(in.date())) {
				Records.putDate(after, EntityProps.DATE, in.date().value());
			}
			if (Inputs.given(in.validFrom())) {
				Records.putDate(after, EntityProps.VALID_FROM, in.validFrom().value());
			}
			if (Inputs.given(in.validTo())) {
				Records.putDate(after, EntityProps.VALID_TO, in.validTo().value());
			}
			this.records.checkStoredPeriod(after);
			return this.records.writeNode(before, after, "UPDATE", actor);
		});
	}

	/**
	 * Whether an update changes only fields that no other derives from and whose rules
	 * need no stored value: not the names (the search fields derive from them and from
	 * the acronyms and aliases) and not the dates (a period is checked against the stored
	 * end it keeps).
	 */
	private static boolean ownFieldsOnly(Inputs.UpdateEntityInput in) {
		return in.name() == null && in.acronyms() == null && in.aliases() == null && !Inputs.given(in.date())
				&& !Inputs.given(in.validFrom()) && !Inputs.given(in.validTo());
	}

	/**
	 * The entity's own fields an update gives, as changes of stored properties
	 * ({@link Records#putTextChange}): set by the one statement, or applied to the record
	 * read by the two-statement path.
	 */
	private static Map<String, Object> ownFields(Inputs.UpdateEntityInput in) {
		Map<String, Object> changes = new HashMap<>();
		Records.putTextChange(changes, EntityProps.TYPE, in.type());
		Records.putTextChange(changes, EntityProps.CODE, in.code());
		if (in.description() != null) {
			Records.putTextChange(changes, EntityProps.DESCRIPTION_KO, in.description().ko());
			Records.putTextChange(changes, EntityProps.DESCRIPTION_EN, in.description().en());
		}
		Records.putTextChange(changes, Common.STATUS, in.status());
		Records.putTextChange(changes, Common.NOTE, in.note());
		return changes;
	}

	UpdatedRelationship updateRelationship(Inputs.UpdateRelationshipInput in, String actor) {
		FieldErrors errors = new FieldErrors();
		if (in.id() == null || RelationshipIds.parse(in.id()).isEmpty()) {
			errors.add("id", "is not a relationship id (rel:<from>><TYPE>><to>)");
		}
		if (in.expectedVersion() == null) {
			errors.add("expectedVersion", "is required: the version you read");
		}
		Rules.pattern(in.role(), Rules.SLUG, Rules.SLUG_LENGTH, "role", "lower-case words joined by '-'", errors);
		Rules.optionalText(in.roleLabel(), Rules.SHORT, Rules.Lines.ONE, true, "roleLabel", errors);
		Rules.status(in.status(), "status", errors);
		if (in.amount() != null && in.amount().value() != null) {
			Rules.amount(in.amount(), "amount", errors);
		}
		Rules.longText(in.note(), "note", errors);
		if (in.basis() != null) {
			BasisRule.check(in.basis(), null, "-", true, "", errors);
		}
		errors.throwIfAny();
		return this.writes.execute((status) -> {
			RecordWrites.Locked locked = this.records.lockRelationship(in.id(), in.expectedVersion());
			Map<String, Object> after = new HashMap<>(locked.props());
			Records.putText(after, RelationshipProps.ROLE, in.role());
			if (in.roleLabel() != null) {
				Records.putText(after, RelationshipProps.ROLE_LABEL_KO, in.roleLabel().ko());
				Records.putText(after, RelationshipProps.ROLE_LABEL_EN, in.roleLabel().en());
			}
			Records.putText(after, Common.STATUS, in.status());
			if (Inputs.given(in.validFrom())) {
				Records.putDate(after, EntityProps.VALID_FROM, in.validFrom().value());
			}
			if (Inputs.given(in.validTo())) {
				Records.putDate(after, EntityProps.VALID_TO, in.validTo().value());
			}
			this.records.checkStoredPeriod(after);
			Records.putAmount(after, in.amount());
			Records.putText(after, Common.NOTE, in.note());
			if (in.basis() != null) {
				after.put(Common.BASIS, in.basis());
			}
			// The same rules as on creation, on what the relationship will be: a new
			// status or a cleared note
			// can contradict the basis it keeps.
			FieldErrors contradictions = new FieldErrors();
			BasisRule.check((String) after.get(Common.BASIS), (String) after.get(Common.STATUS),
					(String) after.get(Common.NOTE), false, "", contradictions);
			contradictions.throwIfAny();
			UpdatedRelationship written = this.records.writeRelationshipProps(locked, after, "UPDATE", actor);
			this.records.recomputeSuccession(locked.type(), locked.to());
			return written;
		});
	}

	// ---------------------------------------------------------------- retirement

	/**
	 * Retires an entity and, with it, its active relationships: they leave default reads
	 * but stay in the database, in history and in {@code asOf} reads up to their
	 * {@code validTo}.
	 */
	UpdatedEntity retireEntity(Inputs.RetireInput in, String actor) {
		InputChecks.checkRetire(in, false);
		return this.writes.execute((status) -> {
			Map<String, Object> before = this.records.lockEntity(in.id(), in.expectedVersion());
			Map<String, Object> after = retired(before, in, actor);
			UpdatedEntity written = this.records.writeNode(before, after, "RETIRE", actor);
			List<Map<String, Object>> links = List.copyOf(this.client.query(("""
					MATCH (n:Entity {id: $id})-[r:%s]-(:Entity)
					WHERE """ + Predicates.active("r") + """
					RETURN r.id AS id
					""").formatted(RelationshipType.ANY)).bind(in.id()).to("id").fetch().all());
			for (Map<String, Object> link : links) {
				String id = (String) link.get("id");
				RecordWrites.Locked rel = this.records.lockRelationship(id, null);
				Inputs.RetireInput cascade = new Inputs.RetireInput(id, null,
						"retired with " + in.id() + ((in.reason() != null) ? ": " + in.reason() : ""), in.validTo());
				this.records.writeRelationshipProps(rel, retired(rel.props(), cascade, actor), "RETIRE", actor);
				this.records.recomputeSuccession(rel.type(), rel.to());
			}
			return written;
		});
	}

	UpdatedRelationship retireRelationship(Inputs.RetireInput in, String actor) {
		InputChecks.checkRetire(in, true);
		return this.writes.execute((status) -> {
			RecordWrites.Locked locked = this.records.lockRelationship(in.id(), in.expectedVersion());
			UpdatedRelationship written = this.records.writeRelationshipProps(locked,
					retired(locked.props(), in, actor), "RETIRE", actor);
			this.records.recomputeSuccession(locked.type(), locked.to());
			return written;
		});
	}

	/**
	 * The retired state: {@code retired}, when and by whom, why; and a {@code validTo} so
	 * that {@code asOf} reads still show the record for the dates it was valid. A record
	 * without one ends on the given {@code validTo} or, failing that, today.
	 */
	private static Map<String, Object> retired(Map<String, Object> before, Inputs.RetireInput in, String actor) {
		Map<String, Object> after = new HashMap<>(before);
		after.put(Common.RETIRED, true);
		after.put(Common.RETIRED_AT, ZonedDateTime.now(ZoneOffset.UTC));
		after.put(Common.RETIRED_BY, actor);
		Records.putText(after, Common.RETIRED_REASON, in.reason());
		if (in.validTo() != null) {
			Records.putDate(after, EntityProps.VALID_TO, in.validTo());
		}
		else if (before.get(EntityProps.VALID_TO) == null) {
			Records.putDate(after, EntityProps.VALID_TO,
					PartialDate.of(LocalDate.now(ZoneOffset.UTC), PartialDate.Precision.DAY));
		}
		return after;
	}

}
