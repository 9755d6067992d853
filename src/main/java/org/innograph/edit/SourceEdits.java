package org.innograph.edit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.SourceProps;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sources and quotes: registering a document, adding a quote to an entity, fact or
 * relationship, and moving a claim's {@code statedOn} earlier when an earlier document is
 * quoted for it. Checks and writes of one call share one write transaction, as in
 * {@link EditService}.
 */
@Component
class SourceEdits {

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final History history;

	private final ExistingRecords existing;

	private final RecordWrites writes;

	SourceEdits(Neo4jClient client, PlatformTransactionManager transactionManager, History history) {
		this.client = client;
		this.transactions = EditService.writeTransactions(transactionManager);
		this.history = history;
		this.existing = new ExistingRecords(client);
		this.writes = new RecordWrites(client, history);
	}

	// ---------------------------------------------------------------- sources and
	// evidence

	/**
	 * Registers a document as a source (admins only: a source is what every quote rests
	 * on).
	 */
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
		RecordWrites.creating(() -> this.transactions.execute((status) -> {
			FieldErrors found = new FieldErrors();
			if (!this.existing.sources(Set.of(in.id())).isEmpty()) {
				found.conflict("id", "a source with the id " + in.id() + " exists");
			}
			if (in.publisherEntity() != null
					&& this.existing.existingEntities(Set.of(in.publisherEntity()), true).isEmpty()) {
				found.add("publisherEntity", "no entity with the id " + in.publisherEntity());
			}
			found.throwIfAny();
			Map<String, Object> props = new LinkedHashMap<>();
			props.put(Common.ID, in.id());
			props.put(SourceProps.DOCUMENT_ID, in.documentId());
			props.put(SourceProps.TITLE_KO, in.title().ko());
			props.put(SourceProps.TITLE_EN, in.title().en());
			props.put(SourceProps.PUBLISHER_KO, in.publisher().ko());
			props.put(SourceProps.PUBLISHER_EN, in.publisher().en());
			Records.putText(props, SourceProps.PUBLISHER_ENTITY, in.publisherEntity());
			Records.putDate(props, SourceProps.PUBLISHED, in.published());
			props.put(SourceProps.KIND, in.kind());
			Records.putText(props, SourceProps.URL, in.url());
			Records.putText(props, Common.NOTE, in.note());
			props.put(Common.ORIGIN, Common.ORIGIN_EDIT);
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
		return RecordWrites.creating(() -> this.transactions.execute((status) -> {
			FieldErrors found = new FieldErrors();
			if (!this.existing.subjectExists(in.subject())) {
				found.add("subject", "no active entity, fact or relationship with the id " + in.subject());
			}
			if (this.existing.sources(Set.of(in.source())).isEmpty()) {
				found.add("source", "no source with the id " + in.source());
			}
			String id = Records.evidenceId(in.subject(), in.source(), in.locator(), in.quote());
			if (this.existing.evidenceExists(id)) {
				found.conflict("quote", "this quote at this place is already recorded for " + in.subject());
			}
			found.throwIfAny();
			this.writes.writeEvidence(in.subject(), List.of(item), actor, true);
			this.existing.earliestPublication(List.of(in.source()))
				.ifPresent((date) -> stateEarlier(in.subject(), date));
			return id;
		}));
	}

	/**
	 * A quote from an earlier document moves a relationship's or fact's statedOn earlier
	 * (and with it, where {@code asOf} reads start it); a later one changes nothing.
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
			this.client
				.query("MATCH (:Entity {id: $from})-[x:%s {id: $id}]->(:Entity {id: $to})\n".formatted(type.name())
						+ set)
				.bindAll(parameters)
				.run();
			this.writes.recomputeSuccession(type, (String) rel.get().get("to"));
		}
		else if (subject.contains("#")) {
			parameters.put("id", subject);
			this.client.query("MATCH (x:Fact {id: $id})\n" + set).bindAll(parameters).run();
		}
	}

}
