package org.innograph.edit;

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
import java.util.function.Supplier;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;
import org.neo4j.driver.exceptions.Neo4jException;
import org.innograph.time.RoleSuccession;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes behind the editing mutations. Each mutation validates its whole input in Java first, then
 * runs every check against the database and every write in ONE write transaction, so an invalid input
 * writes nothing and a valid one is never half written. Updates and retirements lock the record before
 * reading its version (optimistic versioning that holds under concurrency: the second of two writers
 * starting from the same version waits for the first, then sees the new version and gets CONFLICT).
 */
@Component
class EditService {

	private static final String RELATIONSHIP_TYPES = String.join("|",
			java.util.Arrays.stream(RelationshipType.values()).map(Enum::name).toList());

	private final Neo4jClient client;

	private final TransactionTemplate writes;

	private final History history;

	EditService(Neo4jClient client, PlatformTransactionManager transactionManager, History history) {
		this.client = client;
		// Unlike reads (see GraphReads), writes are never retried automatically, not even on a transient
		// error: when the connection breaks during the commit, the server may have applied the write, and
		// running it again would apply it twice (or, for creations, fail with "exists"). The client decides:
		// it reads the record again and retries with the version it sees (expectedVersion).
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setTimeout(30);
		this.history = history;
	}

	/** A written record and its version after the write. */
	record Written(String id, long version) {
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
			checkEntity(newEntities.get(i), batch ? "entities[" + i + "]." : "", errors);
		}
		for (int i = 0; i < newRelationships.size(); i++) {
			checkRelationship(newRelationships.get(i), batch ? "relationships[" + i + "]." : "", errors);
		}
		errors.throwIfAny();
		return creating(() -> this.writes.execute((status) -> {
			FieldErrors found = new FieldErrors();
			Set<String> batchIds = new HashSet<>();
			for (int i = 0; i < newEntities.size(); i++) {
				if (!batchIds.add(newEntities.get(i).id())) {
					found.add(path(batch, "entities", i) + "id", "is given twice in this input");
				}
			}
			Set<String> existing = existingEntities(batchIds, false);
			for (int i = 0; i < newEntities.size(); i++) {
				if (existing.contains(newEntities.get(i).id())) {
					found.conflict(path(batch, "entities", i) + "id",
							"an entity with the id " + newEntities.get(i).id() + " exists (perhaps retired)");
				}
			}
			Set<String> ends = new HashSet<>();
			newRelationships.forEach((rel) -> {
				ends.add(rel.from());
				ends.add(rel.to());
			});
			ends.removeAll(batchIds);
			Set<String> activeEnds = existingEntities(ends, true);
			Set<String> relationshipIds = new HashSet<>();
			List<Map<String, Object>> refs = new ArrayList<>();
			for (int i = 0; i < newRelationships.size(); i++) {
				Inputs.CreateRelationshipInput rel = newRelationships.get(i);
				String prefix = path(batch, "relationships", i);
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
			for (String id : existingRelationships(refs)) {
				for (int i = 0; i < newRelationships.size(); i++) {
					if (relationshipId(newRelationships.get(i)).equals(id)) {
						found.conflict(path(batch, "relationships", i) + "key",
								"a relationship " + id + " exists (perhaps retired); give a key to add another");
					}
				}
			}
			checkSources(newEntities, newRelationships, batch, found);
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

	private static String path(boolean batch, String list, int index) {
		return batch ? list + "[" + index + "]." : "";
	}

	private void checkEntity(Inputs.CreateEntityInput in, String prefix, FieldErrors errors) {
		if (in == null) {
			errors.add(prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1), "is empty");
			return;
		}
		EntityKind kind = Rules.entityKind(in.kind(), prefix + "kind", errors);
		Rules.entityId(in.id(), kind, prefix + "id", errors);
		Rules.pattern(in.type(), Rules.SLUG, Rules.SLUG_LENGTH, prefix + "type", "lower-case words joined by '-'",
				errors);
		Rules.name(in.name(), prefix + "name", errors);
		Rules.acronyms(in.acronyms(), prefix + "acronyms", errors);
		Rules.aliases(in.aliases(), prefix + "aliases", errors);
		Rules.text(in.code(), Rules.CODE, prefix + "code", errors);
		Rules.optionalText(in.description(), Rules.LONG, Rules.Lines.MANY, false, prefix + "description", errors);
		Rules.period(in.validFrom(), in.validTo(), prefix + "validTo", errors);
		Rules.status(in.status(), prefix + "status", errors);
		Rules.longText(in.note(), prefix + "note", errors);
		Rules.evidence(in.evidence(), true, prefix + "evidence", errors);
		duplicateEvidence(in.id(), in.evidence(), prefix + "evidence", errors);
	}

	private void checkRelationship(Inputs.CreateRelationshipInput in, String prefix, FieldErrors errors) {
		if (in == null) {
			errors.add(prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1), "is empty");
			return;
		}
		Rules.relationshipType(in.type(), prefix + "type", errors);
		Rules.entityId(in.from(), null, prefix + "from", errors);
		Rules.entityId(in.to(), null, prefix + "to", errors);
		if (in.from() != null && in.from().equals(in.to())) {
			errors.add(prefix + "to", "a relationship from an entity to itself says nothing");
		}
		Rules.pattern(in.key(), Rules.KEY, Rules.SLUG_LENGTH, prefix + "key",
				"lower case letters, digits, '.', '_' or '-'", errors);
		Rules.pattern(in.role(), Rules.SLUG, Rules.SLUG_LENGTH, prefix + "role", "lower-case words joined by '-'",
				errors);
		Rules.optionalText(in.roleLabel(), Rules.SHORT, Rules.Lines.ONE, true, prefix + "roleLabel", errors);
		Rules.status(in.status(), prefix + "status", errors);
		Rules.period(in.validFrom(), in.validTo(), prefix + "validTo", errors);
		Rules.amount(in.amount(), prefix + "amount", errors);
		Rules.longText(in.note(), prefix + "note", errors);
		BasisRule.check(in.basis(), in.status(), in.note(), true, prefix, errors);
		Rules.evidence(in.evidence(), true, prefix + "evidence", errors);
		if (errors.isEmpty()) {
			duplicateEvidence(relationshipId(in), in.evidence(), prefix + "evidence", errors);
		}
	}

	private static void duplicateEvidence(String subject, List<Inputs.EvidenceInput> items, String field,
			FieldErrors errors) {
		if (items == null) {
			return;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Inputs.EvidenceInput item = items.get(i);
			if (item != null && !ids.add(Records.evidenceId(subject, item.source(), item.locator(), item.quote()))) {
				errors.add(field + "[" + i + "]", "the same quote at the same place is listed twice");
			}
		}
	}

	private void checkSources(List<Inputs.CreateEntityInput> entities,
			List<Inputs.CreateRelationshipInput> relationships, boolean batch, FieldErrors errors) {
		Set<String> cited = new HashSet<>();
		entities.forEach((e) -> e.evidence().forEach((ev) -> cited.add(ev.source())));
		relationships.forEach((r) -> r.evidence().forEach((ev) -> cited.add(ev.source())));
		Set<String> known = ids("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", cited);
		for (int i = 0; i < entities.size(); i++) {
			unknownSources(entities.get(i).evidence(), known, path(batch, "entities", i) + "evidence", errors);
		}
		for (int i = 0; i < relationships.size(); i++) {
			unknownSources(relationships.get(i).evidence(), known, path(batch, "relationships", i) + "evidence",
					errors);
		}
	}

	private static void unknownSources(List<Inputs.EvidenceInput> items, Set<String> known, String field,
			FieldErrors errors) {
		for (int i = 0; i < items.size(); i++) {
			if (!known.contains(items.get(i).source())) {
				errors.add(field + "[" + i + "].source", "no source with the id " + items.get(i).source());
			}
		}
	}

	private Written writeEntity(Inputs.CreateEntityInput in, String actor) {
		EntityKind kind = EntityKind.ofApiName(in.kind());
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("id", in.id());
		props.put("kind", kind.label());
		Records.putText(props, "type", in.type());
		props.put("nameKo", in.name().ko());
		props.put("nameEn", in.name().en());
		props.put("acronyms", (in.acronyms() != null) ? List.copyOf(in.acronyms()) : List.of());
		props.put("aliases", (in.aliases() != null) ? List.copyOf(in.aliases()) : List.of());
		Records.putSearchNames(props);
		Records.putText(props, "code", in.code());
		if (in.description() != null) {
			Records.putText(props, "descriptionKo", in.description().ko());
			Records.putText(props, "descriptionEn", in.description().en());
		}
		Records.putDate(props, "date", in.date());
		Records.putDate(props, "validFrom", in.validFrom());
		Records.putDate(props, "validTo", in.validTo());
		Records.putText(props, "status", in.status());
		Records.putText(props, "note", in.note());
		props.put("origin", "edit");
		props.put("version", 1L);
		// The label comes from the EntityKind enum, never from input text.
		this.client.query("CREATE (n:Entity:%s) SET n = $props".formatted(kind.label())).bind(props).to("props").run();
		Map<String, Object> after = new LinkedHashMap<>(props);
		after.put("evidence", writeEvidence(in.id(), in.evidence(), actor, false));
		this.history.record(actor, "CREATE", in.id(), kind.name(), null, after);
		return new Written(in.id(), 1);
	}

	private Written writeRelationship(Inputs.CreateRelationshipInput in, String actor) {
		RelationshipType type = RelationshipType.valueOf(in.type());
		String id = relationshipId(in);
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("id", id);
		Records.putText(props, "role", in.role());
		if (in.roleLabel() != null) {
			Records.putText(props, "roleLabelKo", in.roleLabel().ko());
			Records.putText(props, "roleLabelEn", in.roleLabel().en());
		}
		Records.putText(props, "status", in.status());
		Records.putDate(props, "validFrom", in.validFrom());
		Records.putDate(props, "validTo", in.validTo());
		Records.putAmount(props, in.amount());
		Records.putText(props, "note", in.note());
		props.put("basis", in.basis());
		earliestPublication(in.evidence().stream().map(Inputs.EvidenceInput::source).toList())
			.ifPresent((date) -> date.putInto(props, "statedOn"));
		props.put("origin", "edit");
		props.put("version", 1L);
		this.client.query("""
				MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
				CREATE (a)-[r:%s]->(b)
				SET r = $props
				""".formatted(type.name())).bindAll(Map.of("from", in.from(), "to", in.to(), "props", props)).run();
		Map<String, Object> after = new LinkedHashMap<>(props);
		after.put("type", type.name());
		after.put("from", in.from());
		after.put("to", in.to());
		after.put("evidence", writeEvidence(id, in.evidence(), actor, false));
		this.history.record(actor, "CREATE", id, "Relationship", null, after);
		recomputeSuccession(type, in.to());
		return new Written(id, 1);
	}

	/** Writes the evidence nodes with their CITES links; returns what was written, for history. */
	private List<Map<String, Object>> writeEvidence(String subject, List<Inputs.EvidenceInput> items, String actor,
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

	static String relationshipId(Inputs.CreateRelationshipInput in) {
		return RelationshipIds.of(in.from(), RelationshipType.valueOf(in.type()), in.to(),
				(in.key() != null && !in.key().isEmpty()) ? in.key() : null);
	}

	// ---------------------------------------------------------------- updates

	Written updateEntity(Inputs.UpdateEntityInput in, String actor) {
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
		return this.writes.execute((status) -> {
			Map<String, Object> before = lockEntity(in.id(), in.expectedVersion());
			Map<String, Object> after = new HashMap<>(before);
			Records.putText(after, "type", in.type());
			if (in.name() != null) {
				after.put("nameKo", in.name().ko());
				after.put("nameEn", in.name().en());
			}
			if (in.acronyms() != null) {
				after.put("acronyms", List.copyOf(in.acronyms()));
			}
			if (in.aliases() != null) {
				after.put("aliases", List.copyOf(in.aliases()));
			}
			Records.putSearchNames(after);
			Records.putText(after, "code", in.code());
			if (in.description() != null) {
				Records.putText(after, "descriptionKo", in.description().ko());
				Records.putText(after, "descriptionEn", in.description().en());
			}
			if (Inputs.given(in.date())) {
				Records.putDate(after, "date", in.date().value());
			}
			if (Inputs.given(in.validFrom())) {
				Records.putDate(after, "validFrom", in.validFrom().value());
			}
			if (Inputs.given(in.validTo())) {
				Records.putDate(after, "validTo", in.validTo().value());
			}
			checkStoredPeriod(after);
			Records.putText(after, "status", in.status());
			Records.putText(after, "note", in.note());
			return writeNode(before, after, "UPDATE", actor);
		});
	}

	Written updateRelationship(Inputs.UpdateRelationshipInput in, String actor) {
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
			Locked locked = lockRelationship(in.id(), in.expectedVersion());
			Map<String, Object> after = new HashMap<>(locked.props());
			Records.putText(after, "role", in.role());
			if (in.roleLabel() != null) {
				Records.putText(after, "roleLabelKo", in.roleLabel().ko());
				Records.putText(after, "roleLabelEn", in.roleLabel().en());
			}
			Records.putText(after, "status", in.status());
			if (Inputs.given(in.validFrom())) {
				Records.putDate(after, "validFrom", in.validFrom().value());
			}
			if (Inputs.given(in.validTo())) {
				Records.putDate(after, "validTo", in.validTo().value());
			}
			checkStoredPeriod(after);
			Records.putAmount(after, in.amount());
			Records.putText(after, "note", in.note());
			if (in.basis() != null) {
				after.put("basis", in.basis());
			}
			// The same rules as on creation, on what the relationship will be: a new status or a cleared note
			// can contradict the basis it keeps.
			FieldErrors contradictions = new FieldErrors();
			BasisRule.check((String) after.get("basis"), (String) after.get("status"), (String) after.get("note"),
					false, "", contradictions);
			contradictions.throwIfAny();
			Written written = writeRelationshipProps(locked, after, "UPDATE", actor);
			recomputeSuccession(locked.type(), locked.to());
			return written;
		});
	}

	// ---------------------------------------------------------------- retirement

	/**
	 * Retires an entity and, with it, its active relationships: they leave default reads but stay in
	 * the database, in history and in {@code asOf} reads up to their {@code validTo}.
	 */
	Written retireEntity(Inputs.RetireInput in, String actor) {
		checkRetire(in, false);
		return this.writes.execute((status) -> {
			Map<String, Object> before = lockEntity(in.id(), in.expectedVersion());
			Map<String, Object> after = retired(before, in, actor);
			Written written = writeNode(before, after, "RETIRE", actor);
			List<Map<String, Object>> links = List.copyOf(this.client.query("""
					MATCH (n:Entity {id: $id})-[r:%s]-(:Entity)
					WHERE coalesce(r.retired, false) = false
					RETURN r.id AS id
					""".formatted(RELATIONSHIP_TYPES)).bind(in.id()).to("id").fetch().all());
			for (Map<String, Object> link : links) {
				String id = (String) link.get("id");
				Locked rel = lockRelationship(id, null);
				Inputs.RetireInput cascade = new Inputs.RetireInput(id, null,
						"retired with " + in.id() + ((in.reason() != null) ? ": " + in.reason() : ""), in.validTo());
				writeRelationshipProps(rel, retired(rel.props(), cascade, actor), "RETIRE", actor);
				recomputeSuccession(rel.type(), rel.to());
			}
			return written;
		});
	}

	Written retireRelationship(Inputs.RetireInput in, String actor) {
		checkRetire(in, true);
		return this.writes.execute((status) -> {
			Locked locked = lockRelationship(in.id(), in.expectedVersion());
			Written written = writeRelationshipProps(locked, retired(locked.props(), in, actor), "RETIRE", actor);
			recomputeSuccession(locked.type(), locked.to());
			return written;
		});
	}

	private static void checkRetire(Inputs.RetireInput in, boolean relationship) {
		FieldErrors errors = new FieldErrors();
		if (relationship && (in.id() == null || RelationshipIds.parse(in.id()).isEmpty())) {
			errors.add("id", "is not a relationship id (rel:<from>><TYPE>><to>)");
		}
		Rules.required(in.id(), "id", errors);
		if (in.expectedVersion() == null) {
			errors.add("expectedVersion", "is required: the version you read");
		}
		Rules.longText(in.reason(), "reason", errors);
		errors.throwIfAny();
	}

	/**
	 * The retired state: {@code retired}, when and by whom, why; and a {@code validTo} so that
	 * {@code asOf} reads still show the record for the dates it was valid. A record without one ends on
	 * the given {@code validTo} or, failing that, today.
	 */
	private static Map<String, Object> retired(Map<String, Object> before, Inputs.RetireInput in, String actor) {
		Map<String, Object> after = new HashMap<>(before);
		after.put("retired", true);
		after.put("retiredAt", ZonedDateTime.now(ZoneOffset.UTC));
		after.put("retiredBy", actor);
		Records.putText(after, "retiredReason", in.reason());
		if (in.validTo() != null) {
			Records.putDate(after, "validTo", in.validTo());
		}
		else if (before.get("validTo") == null) {
			Records.putDate(after, "validTo", PartialDate.of(LocalDate.now(ZoneOffset.UTC), PartialDate.Precision.DAY));
		}
		return after;
	}

	// ---------------------------------------------------------------- sources and evidence

	void addSource(Inputs.AddSourceInput in, String actor) {
		FieldErrors errors = new FieldErrors();
		if (in.id() == null || !Rules.SOURCE_ID.matcher(in.id()).matches()) {
			errors.add("id", "must be doc:NNN (three digits)");
		}
		if (in.documentId() == null || !Rules.DOCUMENT_ID.matcher(in.documentId()).matches()) {
			errors.add("documentId", "must be NNN_<16 hex digits>, the document's file id");
		}
		if (in.kind() == null || !Rules.SOURCE_KINDS.contains(in.kind())) {
			errors.add("kind", "must be one of " + new java.util.TreeSet<>(Rules.SOURCE_KINDS));
		}
		Rules.name(in.title(), "title", errors);
		Rules.name(in.publisher(), "publisher", errors);
		if (in.published() == null) {
			errors.add("published", "is required");
		}
		if (in.publisherEntity() != null) {
			Rules.entityId(in.publisherEntity(), null, "publisherEntity", errors);
		}
		if (in.url() != null && (in.url().length() > Rules.URL || !in.url().matches("^https?://\\S+$"))) {
			errors.add("url", "must be an http(s) address of at most " + Rules.URL + " characters");
		}
		else {
			Rules.characters(in.url(), Rules.Lines.ONE, "url", errors);
		}
		Rules.longText(in.note(), "note", errors);
		errors.throwIfAny();
		creating(() -> this.writes.execute((status) -> {
			FieldErrors found = new FieldErrors();
			if (!ids("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", Set.of(in.id())).isEmpty()) {
				found.conflict("id", "a source with the id " + in.id() + " exists");
			}
			if (in.publisherEntity() != null && existingEntities(Set.of(in.publisherEntity()), true).isEmpty()) {
				found.add("publisherEntity", "no entity with the id " + in.publisherEntity());
			}
			found.throwIfAny();
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("id", in.id());
			props.put("documentId", in.documentId());
			props.put("titleKo", in.title().ko());
			props.put("titleEn", in.title().en());
			props.put("publisherKo", in.publisher().ko());
			props.put("publisherEn", in.publisher().en());
			Records.putText(props, "publisherEntity", in.publisherEntity());
			Records.putDate(props, "published", in.published());
			props.put("kind", in.kind());
			Records.putText(props, "url", in.url());
			Records.putText(props, "note", in.note());
			props.put("origin", "edit");
			this.client.query("CREATE (s:Source) SET s = $props").bind(props).to("props").run();
			this.history.record(actor, "CREATE", in.id(), "Source", null, props);
			return in.id();
		}));
	}

	/** Adds a quote to an entity, fact or relationship; returns the evidence id. */
	String addEvidence(Inputs.AddEvidenceInput in, String actor) {
		FieldErrors errors = new FieldErrors();
		Rules.required(in.subject(), "subject", errors);
		Inputs.EvidenceInput item = new Inputs.EvidenceInput(in.source(), in.quote(), in.locator(), in.note());
		Rules.evidenceItem(item, "evidence", errors);
		errors.throwIfAny();
		return creating(() -> this.writes.execute((status) -> {
			FieldErrors found = new FieldErrors();
			if (!subjectExists(in.subject())) {
				found.add("subject", "no active entity, fact or relationship with the id " + in.subject());
			}
			if (ids("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", Set.of(in.source())).isEmpty()) {
				found.add("source", "no source with the id " + in.source());
			}
			String id = Records.evidenceId(in.subject(), in.source(), in.locator(), in.quote());
			if (!ids("MATCH (e:Evidence) WHERE e.id IN $ids RETURN e.id AS id", Set.of(id)).isEmpty()) {
				found.conflict("quote", "this quote at this place is already recorded for " + in.subject());
			}
			found.throwIfAny();
			writeEvidence(in.subject(), List.of(item), actor, true);
			earliestPublication(List.of(in.source())).ifPresent((date) -> stateEarlier(in.subject(), date));
			return id;
		}));
	}

	/** The earliest publication date among sources, at its precision: what a record's statedOn is. */
	private Optional<PartialDate> earliestPublication(List<String> sourceIds) {
		return this.client.query("""
				MATCH (s:Source) WHERE s.id IN $ids AND s.published IS NOT NULL
				RETURN s.published AS published, s.publishedPrecision AS precision
				""").bind(List.copyOf(new HashSet<>(sourceIds))).to("ids").fetch().all().stream()
			.map((row) -> PartialDate.stored(row.get("published"), row.get("precision")))
			.filter((date) -> date != null)
			.min(PartialDate::compareTo);
	}

	/**
	 * A quote from an earlier document moves a relationship's or fact's statedOn earlier (and with it, where
	 * {@code asOf} reads start it); a later one changes nothing.
	 */
	private void stateEarlier(String subject, PartialDate date) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("start", date.start());
		parameters.put("precision", date.precision().name());
		String set = """
				WHERE x.statedOn IS NULL OR x.statedOn > $start
				SET x.statedOn = $start, x.statedOnPrecision = $precision
				""";
		Optional<Map<String, Object>> rel = RelationshipIds.parse(subject);
		if (rel.isPresent()) {
			RelationshipType type = RelationshipType.valueOf((String) rel.get().get("type"));
			parameters.putAll(rel.get());
			this.client.query("MATCH (:Entity {id: $from})-[x:%s {id: $id}]->(:Entity {id: $to})\n".formatted(type.name())
					+ set).bindAll(parameters).run();
			recomputeSuccession(type, (String) rel.get().get("to"));
		}
		else if (subject.contains("#")) {
			parameters.put("id", subject);
			this.client.query("MATCH (x:Fact {id: $id})\n" + set).bindAll(parameters).run();
		}
	}

	/** After a person's role at an organisation changed: who succeeded whom there (see RoleSuccession). */
	private void recomputeSuccession(RelationshipType type, String organisation) {
		if (RoleSuccession.ROLE_TYPES.contains(type.name())) {
			this.client.query(RoleSuccession.RECOMPUTE)
				.bindAll(Map.of("types", RoleSuccession.ROLE_TYPES, "orgs", List.of(organisation)))
				.run();
		}
	}

	private boolean subjectExists(String subject) {
		Optional<Map<String, Object>> rel = RelationshipIds.parse(subject);
		if (rel.isPresent()) {
			return !existingRelationships(List.of(rel.get()), true).isEmpty();
		}
		if (subject.contains("#")) {
			return !ids("MATCH (f:Fact) WHERE f.id IN $ids RETURN f.id AS id", Set.of(subject)).isEmpty();
		}
		return !existingEntities(Set.of(subject), true).isEmpty();
	}

	// ---------------------------------------------------------------- locking and writing

	/**
	 * Runs a creation. Its checks find an id that is taken, but two requests creating one id at the same
	 * moment both pass them; the database's uniqueness constraint then refuses the later write (nothing of
	 * it is kept), and its client hears CONFLICT, as it would have a moment later, not INTERNAL_ERROR.
	 */
	private static <T> T creating(Supplier<T> creation) {
		try {
			return creation.get();
		}
		catch (RuntimeException ex) {
			if (isTakenId(ex)) {
				throw new ApiException(ErrorCode.CONFLICT, "A record with this id was created by another request "
						+ "at the same moment; nothing of yours was written. Read it, then decide.");
			}
			throw ex;
		}
	}

	/** Whether the database refused a write because a uniqueness constraint holds the value already. */
	static boolean isTakenId(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof Neo4jException neo4j
					&& "Neo.ClientError.Schema.ConstraintValidationFailed".equals(neo4j.code())) {
				return true;
			}
		}
		return false;
	}

	/** Locks the entity for this transaction, then checks it exists, is active and has the version expected. */
	private Map<String, Object> lockEntity(String id, Integer expectedVersion) {
		// Writing a property takes the node's write lock until commit; reading after that sees the latest
		// committed version, which a read before the lock could not guarantee.
		boolean found = this.client.query("MATCH (n:Entity {id: $id}) SET n._lock = true RETURN count(n) > 0")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!found) {
			throw ApiException.notFound("No entity with the id " + id);
		}
		Map<String, Object> props = new HashMap<>(this.client.query("MATCH (n:Entity {id: $id}) RETURN properties(n) AS p")
			.bind(id)
			.to("id")
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("p").asMap())
			.one()
			.orElseThrow());
		props.remove("_lock");
		checkVersion(id, props, expectedVersion);
		return props;
	}

	/** A locked relationship: its properties and its ends. */
	private record Locked(String id, RelationshipType type, String from, String to, Map<String, Object> props) {
	}

	private Locked lockRelationship(String id, Integer expectedVersion) {
		Map<String, Object> ref = RelationshipIds.parse(id)
			.orElseThrow(() -> ApiException.notFound("No relationship with the id " + id));
		RelationshipType type = RelationshipType.valueOf((String) ref.get("type"));
		String match = "MATCH (:Entity {id: $from})-[r:%s {id: $id}]->(:Entity {id: $to}) ".formatted(type.name());
		boolean found = this.client.query(match + "SET r._lock = true RETURN count(r) > 0")
			.bindAll(ref)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!found) {
			throw ApiException.notFound("No relationship with the id " + id);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> props = new HashMap<>(this.client.query(match + "RETURN properties(r) AS p")
			.bindAll(ref)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("p").asMap())
			.one()
			.orElseThrow());
		props.remove("_lock");
		// The seed loader writes relationships without a version: they are at version 1.
		props.putIfAbsent("version", 1L);
		if (expectedVersion != null) {
			checkVersion(id, props, expectedVersion);
		}
		return new Locked(id, type, (String) ref.get("from"), (String) ref.get("to"), props);
	}

	private static void checkVersion(String id, Map<String, Object> props, Integer expectedVersion) {
		if (Boolean.TRUE.equals(props.get("retired"))) {
			FieldErrors errors = new FieldErrors();
			errors.add("id", id + " is retired; retired records are not changed");
			errors.throwIfAny();
		}
		long version = ((Number) props.getOrDefault("version", 0L)).longValue();
		if (expectedVersion != null && version != expectedVersion) {
			throw new ApiException(ErrorCode.CONFLICT, id + " changed since you read it: it is at version " + version
					+ ", not " + expectedVersion + ". Read it again and reapply your change.",
					Map.of("currentVersion", version));
		}
	}

	private static void checkStoredPeriod(Map<String, Object> props) {
		PartialDate from = PartialDate.stored(props.get("validFrom"), props.get("validFromPrecision"));
		PartialDate to = PartialDate.stored(props.get("validTo"), props.get("validToPrecision"));
		FieldErrors errors = new FieldErrors();
		Rules.period(from, to, "validTo", errors);
		errors.throwIfAny();
	}

	/**
	 * Replaces the node's properties. An edited record becomes {@code origin: 'edit'}: the seed loader
	 * leaves such records alone, so a later seed load never undoes an editor's change.
	 */
	private Written writeNode(Map<String, Object> before, Map<String, Object> after, String action, String actor) {
		long version = ((Number) before.getOrDefault("version", 0L)).longValue() + 1;
		after.put("version", version);
		after.put("origin", "edit");
		String id = (String) before.get("id");
		this.client.query("MATCH (n:Entity {id: $id}) SET n = $props")
			.bindAll(Map.of("id", id, "props", withoutNulls(after)))
			.run();
		this.history.record(actor, action, id, (String) before.get("kind"), before, after);
		return new Written(id, version);
	}

	private Written writeRelationshipProps(Locked locked, Map<String, Object> after, String action, String actor) {
		long version = ((Number) locked.props().get("version")).longValue() + 1;
		after.put("version", version);
		after.put("origin", "edit");
		this.client.query("MATCH (:Entity {id: $from})-[r:%s {id: $id}]->(:Entity {id: $to}) SET r = $props"
			.formatted(locked.type().name()))
			.bindAll(Map.of("id", locked.id(), "from", locked.from(), "to", locked.to(), "props", withoutNulls(after)))
			.run();
		Map<String, Object> before = new HashMap<>(locked.props());
		Map<String, Object> described = new HashMap<>(after);
		for (Map<String, Object> side : List.of(before, described)) {
			side.put("type", locked.type().name());
			side.put("from", locked.from());
			side.put("to", locked.to());
		}
		this.history.record(actor, action, locked.id(), "Relationship", before, described);
		return new Written(locked.id(), version);
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> props) {
		Map<String, Object> clean = new HashMap<>();
		props.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

	// ---------------------------------------------------------------- look-ups inside the write transaction

	private Set<String> existingEntities(Set<String> ids, boolean activeOnly) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return ids("MATCH (n:Entity) WHERE n.id IN $ids" + (activeOnly ? " AND coalesce(n.retired, false) = false" : "")
				+ " RETURN n.id AS id", ids);
	}

	private List<String> existingRelationships(List<Map<String, Object>> refs) {
		return existingRelationships(refs, false);
	}

	private List<String> existingRelationships(List<Map<String, Object>> refs, boolean activeOnly) {
		if (refs.isEmpty()) {
			return List.of();
		}
		return List.copyOf(this.client.query("""
				UNWIND $refs AS ref
				MATCH (:Entity {id: ref.from})-[r]->(:Entity {id: ref.to})
				WHERE r.id = ref.id AND type(r) = ref.type AND ($all OR coalesce(r.retired, false) = false)
				RETURN r.id AS id
				""").bindAll(Map.of("refs", refs, "all", !activeOnly)).fetchAs(String.class).all());
	}

	private Set<String> ids(String cypher, Set<String> ids) {
		return new HashSet<>(this.client.query(cypher).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
	}

}
