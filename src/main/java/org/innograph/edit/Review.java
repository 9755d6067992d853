package org.innograph.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.api.Paging;
import org.innograph.graph.FactKeyWords;
import org.innograph.graph.PartialDate;
import org.innograph.store.GraphReads;
import org.innograph.store.PageSlices;
import org.innograph.storage.StoredGraph;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredGraph.EvidenceProps;
import org.innograph.storage.StoredGraph.ProposalProps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviewing the curation pipeline's proposals ({@code (:Proposal)} nodes): accepting one
 * writes its record through {@link EditService#create}, or {@link FactEdits#create} for a
 * date or an amount (the same checks, version, history and evidence as any creation, with
 * the proposal's quote and locator as evidence), rejecting one keeps it REJECTED so that
 * ingesting the document again does not propose it anew (its id is a hash of the claim),
 * and merging a candidate says it is an entity the graph has. Every review runs in one
 * write transaction that the editing service's own joins: a refused review writes
 * nothing.
 */
@Component
class Review {

	/** The most ids one bulk acceptance takes: checked before any work. */
	static final int MAX_IDS = 100;

	/** A proposal id as ProposalStore makes it. */
	static final Pattern PROPOSAL_ID = Pattern.compile("^proposal:[0-9a-f]{20}$");

	/** The statuses of a proposal. */
	enum Status {

		PROPOSED, ACCEPTED, CORRECTED, REJECTED, MERGED

	}

	/** The target kind of the history of a review that writes no record of the graph. */
	static final String PROPOSAL = "PROPOSAL";

	/** The statuses of a candidate the graph now has: its key names this record. */
	private static final List<String> RESOLVED = List.of(Status.ACCEPTED.name(), Status.CORRECTED.name(),
			Status.MERGED.name());

	/** The key a candidate end of a proposed relationship has until it is resolved. */
	private static final String CANDIDATE_KEY = "new:";

	/** The fields of a candidate's creation as the acceptance's input names them. */
	private static final Map<String, String> ACCEPT_FIELDS = Map.of("id", "entityId", "name.ko", "name", "name.en",
			"nameEn");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Neo4jClient client;

	private final GraphReads reads;

	private final TransactionTemplate writes;

	private final EditService edits;

	private final ExistingRecords existing;

	private final History history;

	private final FactEdits facts;

	Review(Neo4jClient client, GraphReads reads, PlatformTransactionManager transactionManager, EditService edits,
			History history, FactEdits facts) {
		this.client = client;
		this.reads = reads;
		this.writes = EditService.writeTransactions(transactionManager);
		this.edits = edits;
		this.existing = new ExistingRecords(client);
		this.history = history;
		this.facts = facts;
	}

	/** A proposal as the API shows it; {@code claim} is its JSON. */
	record Proposal(String id, String source, String kind, String status, String basis, String quote, String locator,
			double confidence, String rule, String claim, String record, String reviewedBy, String reason) {

		static Proposal of(Map<String, Object> p) {
			return new Proposal((String) p.get(Common.ID), (String) p.get(EvidenceProps.SOURCE),
					(String) p.get(EntityProps.KIND), (String) p.get(Common.STATUS), (String) p.get(Common.BASIS),
					(String) p.get(EvidenceProps.QUOTE), (String) p.get(EvidenceProps.LOCATOR),
					((Number) p.get(ProposalProps.CONFIDENCE)).doubleValue(), (String) p.get(ProposalProps.RULE),
					(String) p.get(ProposalProps.CLAIM), (String) p.get(ProposalProps.RECORD),
					(String) p.get(ProposalProps.REVIEWED_BY), (String) p.get(ProposalProps.REVIEW_REASON));
		}

	}

	/** A page of proposals in id order. */
	record Page(List<Proposal> proposals, long total, Paging paging) {
	}

	/** A reviewed proposal and the record it now names (null when rejected). */
	record Reviewed(Proposal proposal, String entity, String relationship, String fact) {
	}

	// ---------------------------------------------------------------- reading

	/** What a proposal claims: a candidate, a relationship or a fact. */
	enum Kind {

		ENTITY, RELATIONSHIP, FACT

	}

	/** One source's proposals with a status, and of one kind when given, in id order. */
	Page proposals(String source, Status status, Kind kind, Paging paging) {
		if (source == null || source.length() > Rules.ENTITY_ID_LENGTH || !Rules.SOURCE_ID.matcher(source).matches()) {
			throw ApiException.badRequest("source must be doc:NNN");
		}
		Map<String, Object> parameters = new HashMap<>(paging.parameters());
		parameters.put("source", source);
		parameters.put("status", ((status != null) ? status : Status.PROPOSED).name());
		parameters.put("kind", (kind != null) ? kind.name() : null);
		Map<String, Object> row = this.reads
			.one("""
					MATCH (p:%s {%s: $source, %s: $status})
					WHERE $kind IS NULL OR p.%s = $kind
					WITH p ORDER BY p.%s
					WITH collect(properties(p)) AS proposals
					""".formatted(StoredGraph.PROPOSAL, EvidenceProps.SOURCE, Common.STATUS, EntityProps.KIND,
					Common.ID) + PageSlices.slice("proposals"), parameters)
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		return new Page(page.stream().map(Proposal::of).toList(), ((Number) row.get("total")).longValue(),
				paging.startingAt(((Number) row.get("start")).longValue()));
	}

	// ---------------------------------------------------------------- reviewing

	/** Accepts one proposal, with the editor's corrections applied before validation. */
	Reviewed accept(Inputs.AcceptProposalInput in, String actor) {
		checkId(in.id(), "id");
		FieldErrors errors = new FieldErrors();
		Rules.longText(in.note(), "note", errors);
		errors.throwIfAny();
		return this.writes.execute((status) -> acceptLocked(in, actor, false));
	}

	/**
	 * Accepts several proposals without corrections, all or none; the ids are checked
	 * (count, form, repeats) before any work.
	 */
	List<Reviewed> acceptAll(List<String> ids, String actor) {
		if (ids == null || ids.isEmpty()) {
			throw ApiException.badRequest("ids is empty");
		}
		if (ids.size() > MAX_IDS) {
			throw ApiException
				.badRequest("ids has " + ids.size() + " items; at most " + MAX_IDS + " are accepted at once");
		}
		for (int i = 0; i < ids.size(); i++) {
			checkId(ids.get(i), "ids[" + i + "]");
		}
		if (new LinkedHashSet<>(ids).size() != ids.size()) {
			throw ApiException.badRequest("ids names a proposal twice");
		}
		return this.writes.execute((status) -> {
			List<Reviewed> reviewed = new ArrayList<>();
			for (String id : ids) {
				try {
					reviewed.add(acceptLocked(Inputs.AcceptProposalInput.asProposed(id), actor, true));
				}
				catch (ApiException ex) {
					throw new ApiException(ex.code(), id + ": " + ex.getMessage(), ex.extensions());
				}
			}
			return reviewed;
		});
	}

	/** Rejects a proposal, with the reason and the actor kept on it. */
	Reviewed reject(String id, String reason, String actor) {
		checkId(id, "id");
		FieldErrors errors = new FieldErrors();
		if (reason == null || reason.isBlank()) {
			errors.add("reason", "is required: say why the claim is wrong");
		}
		Rules.longText(reason, "reason", errors);
		errors.throwIfAny();
		return this.writes.execute((status) -> {
			Map<String, Object> proposal = lockProposed(id);
			Map<String, Object> review = review(Status.REJECTED, null, actor);
			review.put(ProposalProps.REVIEW_REASON, reason);
			Reviewed reviewed = new Reviewed(update(proposal, review), null, null, null);
			recordReview("REJECT", reviewed.proposal());
			return reviewed;
		});
	}

	/**
	 * A candidate is the existing entity {@code into}: it becomes MERGED, and the
	 * source's proposals still PROPOSED that name the candidate name {@code into}; its
	 * name becomes an alias of {@code into} only when asked.
	 */
	Reviewed merge(String id, String into, boolean addAlias, String actor) {
		checkId(id, "id");
		FieldErrors errors = new FieldErrors();
		Rules.entityId(into, null, "into", errors);
		errors.throwIfAny();
		return this.writes.execute((status) -> {
			Map<String, Object> proposal = lockProposed(id);
			if (!"ENTITY".equals(proposal.get(EntityProps.KIND))) {
				throw ApiException.badRequest("only a candidate for a new entity can be merged; this proposal is a "
						+ proposal.get(EntityProps.KIND));
			}
			if (this.existing.existingEntities(Set.of(into), true).isEmpty()) {
				throw ApiException.notFound("No entity with the id " + into);
			}
			Map<String, Object> claim = claim(proposal);
			if (addAlias) {
				addAlias(into, (String) claim.get("name"), actor);
			}
			renameCandidate((String) proposal.get(EvidenceProps.SOURCE), (String) claim.get("key"), into);
			Reviewed reviewed = new Reviewed(update(proposal, review(Status.MERGED, into, actor)), into, null, null);
			recordReview("MERGE", reviewed.proposal());
			return reviewed;
		});
	}

	// ---------------------------------------------------------------- the steps

	private Reviewed acceptLocked(Inputs.AcceptProposalInput in, String actor, boolean bulk) {
		Map<String, Object> proposal = lockProposed(in.id());
		Map<String, Object> claim = claim(proposal);
		Inputs.EvidenceInput evidence = new Inputs.EvidenceInput((String) proposal.get(EvidenceProps.SOURCE),
				(String) proposal.get(EvidenceProps.QUOTE), (String) proposal.get(EvidenceProps.LOCATOR), null);
		Status status = in.corrected() ? Status.CORRECTED : Status.ACCEPTED;
		String kind = (String) proposal.get(EntityProps.KIND);
		checkFieldsFor(kind, in);
		switch (kind) {
			case "ENTITY" -> {
				if (bulk) {
					throw ApiException.badRequest("a candidate for a new entity needs its id and English name: "
							+ "accept it alone (acceptProposal with entityId and nameEn) or merge it");
				}
				String entityKind = (in.kind() != null) ? in.kind() : (String) claim.get("entityKind");
				String nameKo = (in.name() != null) ? in.name() : (String) claim.get("name");
				Inputs.CreateEntityInput entity = new Inputs.CreateEntityInput(in.entityId(), entityKind, null,
						new Inputs.Text(nameKo, in.nameEn()), null, null, null, null, null, null, null, null, in.note(),
						List.of(evidence));
				String written = asAcceptInput(
						() -> this.edits.create(List.of(entity), List.of(), false, actor).entities().get(0).id());
				renameCandidate((String) proposal.get(EvidenceProps.SOURCE), (String) claim.get("key"), written);
				return new Reviewed(update(proposal, review(status, written, actor)), written, null, null);
			}
			case "RELATIONSHIP" -> {
				String from = end(in.from(), claim, "from");
				String to = end(in.to(), claim, "to");
				String type = (in.type() != null) ? in.type() : (String) claim.get("type");
				Inputs.CreateRelationshipInput relationship = new Inputs.CreateRelationshipInput(type, from, to,
						in.key(), (String) claim.get("role"), null, null, null, null, null, in.note(),
						(String) proposal.get(Common.BASIS), List.of(evidence));
				String written = this.edits.create(List.of(), List.of(relationship), false, actor)
					.relationships()
					.get(0)
					.id();
				return new Reviewed(update(proposal, review(status, written, actor)), null, written, null);
			}
			case "FACT" -> {
				FactEdits.NewFact fact = fact(in, claim, (String) proposal.get(Common.BASIS), evidence);
				boolean corrected = (in.subject() != null && !in.subject().equals(claim.get("subject")))
						|| (in.factKey() != null && FactKeyWords.of((String) claim.get("key")) != null
								&& !in.factKey().equals(claim.get("key")));
				String written = this.facts.create(fact, actor).id();
				return new Reviewed(
						update(proposal, review(corrected ? Status.CORRECTED : Status.ACCEPTED, written, actor)), null,
						null, written);
			}
			default -> throw ApiException.badRequest("a proposal of the kind " + kind + " cannot be accepted");
		}
	}

	/**
	 * A proposed fact as the fact to write: on the editor's {@code subject}, else the
	 * entity the proposal names (a candidate must be accepted or merged first); with the
	 * editor's {@code factKey}, else the proposal's when it is a fact key (a date's key
	 * is {@code date}, which says what was found, not what the date is of). A date keeps
	 * its words as written as its value, since a fact of the seed has a value or a text.
	 */
	private static FactEdits.NewFact fact(Inputs.AcceptProposalInput in, Map<String, Object> claim, String basis,
			Inputs.EvidenceInput evidence) {
		String subject = in.subject();
		if (subject == null) {
			subject = (String) claim.get("subject");
			if (subject == null) {
				FieldErrors errors = new FieldErrors();
				errors.add("subject", "is required: the proposal names no entity the fact is about");
				errors.throwIfAny();
			}
			if (subject.startsWith(CANDIDATE_KEY)) {
				throw new ApiException(ErrorCode.CONFLICT, "the fact's entity '"
						+ subject.substring(CANDIDATE_KEY.length()) + "' is a candidate not accepted yet: accept it "
						+ "(acceptProposal) or merge it into an existing entity (mergeCandidate) first, or give "
						+ "'subject'");
			}
		}
		String proposedKey = (String) claim.get("key");
		String key = (in.factKey() != null) ? in.factKey()
				: (FactKeyWords.of(proposedKey) != null) ? proposedKey : null;
		if (claim.get("date") != null) {
			PartialDate date;
			try {
				date = PartialDate.parse((String) claim.get("date"));
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badRequest("the proposal's date cannot be written: " + ex.getMessage());
			}
			return new FactEdits.NewFact(subject, key, null, (String) claim.get("text"), null, false, date, basis,
					in.note(), List.of(evidence));
		}
		Double number;
		try {
			number = Double.valueOf((String) claim.get("value"));
		}
		catch (NumberFormatException | ClassCastException | NullPointerException ex) {
			throw ApiException.badRequest("the proposal's amount is not a number: " + claim.get("value"));
		}
		return new FactEdits.NewFact(subject, key, number, null, (String) claim.get("unit"),
				Boolean.TRUE.equals(claim.get("approximate")), null, basis, in.note(), List.of(evidence));
	}

	/**
	 * A correction for another kind of proposal is refused rather than ignored: the
	 * editor meant something the acceptance would not do.
	 */
	private static void checkFieldsFor(String kind, Inputs.AcceptProposalInput in) {
		FieldErrors errors = new FieldErrors();
		Map<String, Object> entityFields = new LinkedHashMap<>();
		entityFields.put("entityId", in.entityId());
		entityFields.put("kind", in.kind());
		entityFields.put("name", in.name());
		entityFields.put("nameEn", in.nameEn());
		Map<String, Object> relationshipFields = new LinkedHashMap<>();
		relationshipFields.put("type", in.type());
		relationshipFields.put("from", in.from());
		relationshipFields.put("to", in.to());
		relationshipFields.put("key", in.key());
		Map<String, Object> factFields = new LinkedHashMap<>();
		factFields.put("factKey", in.factKey());
		factFields.put("subject", in.subject());
		Map<String, Object> foreign = new LinkedHashMap<>();
		if (!"ENTITY".equals(kind)) {
			foreign.putAll(entityFields);
		}
		if (!"RELATIONSHIP".equals(kind)) {
			foreign.putAll(relationshipFields);
		}
		if (!"FACT".equals(kind)) {
			foreign.putAll(factFields);
		}
		foreign.forEach((field, value) -> {
			if (value != null) {
				errors.add(field, "does not apply to a proposed " + kind.toLowerCase(java.util.Locale.ROOT));
			}
		});
		errors.throwIfAny();
	}

	/**
	 * One end of a proposed relationship: the editor's correction, else the claim's key;
	 * a candidate not yet accepted or merged is refused.
	 */
	private static String end(String corrected, Map<String, Object> claim, String side) {
		if (corrected != null) {
			return corrected;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> end = (Map<String, Object>) claim.get(side);
		String key = (String) end.get("key");
		if (key.startsWith(CANDIDATE_KEY)) {
			throw new ApiException(ErrorCode.CONFLICT, "the relationship's " + side + " end '" + end.get("name")
					+ "' is a candidate not accepted yet: accept it (acceptProposal) or merge it into an existing "
					+ "entity (mergeCandidate) first, or give '" + side + "'");
		}
		return key;
	}

	/**
	 * Runs a candidate's creation with its field errors named as the acceptance's input
	 * names them: the new entity's {@code id} is {@code entityId}, its {@code name.en}
	 * {@code nameEn}.
	 */
	private static <T> T asAcceptInput(Supplier<T> creation) {
		try {
			return creation.get();
		}
		catch (ApiException ex) {
			if (!(ex.extensions().get("fieldErrors") instanceof List<?> errors) || errors.isEmpty()) {
				throw ex;
			}
			List<Map<String, Object>> renamed = new ArrayList<>();
			for (Object error : errors) {
				Map<String, Object> copy = typed(error);
				copy.put("field", ACCEPT_FIELDS.getOrDefault((String) copy.get("field"), (String) copy.get("field")));
				renamed.add(copy);
			}
			String summary = (renamed.size() == 1)
					? "Invalid input: " + renamed.get(0).get("field") + ": " + renamed.get(0).get("message")
					: ex.getMessage();
			throw new ApiException(ex.code(), summary, Map.of("fieldErrors", renamed));
		}
	}

	/**
	 * A rejection or merge in history, in the review's transaction: neither writes a
	 * record of the graph whose own history would show it (an acceptance's CREATE does),
	 * so the proposal's change is recorded: its status before and after, the record it
	 * now names, the reason.
	 */
	private void recordReview(String action, Proposal reviewed) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", reviewed.status());
		after.put("record", reviewed.record());
		after.put("reason", reviewed.reason());
		this.history.record(reviewed.reviewedBy(), action, reviewed.id(), PROPOSAL,
				Map.of("status", Status.PROPOSED.name()), after);
	}

	/** Locks the proposal for this transaction and checks it is still PROPOSED. */
	private Map<String, Object> lockProposed(String id) {
		// Writing a property takes the node's write lock until commit, so two reviews of
		// one proposal run one after the other and the second sees the first's status.
		Map<String, Object> proposal = this.client
			.query("MATCH (p:%s {%s: $id}) SET p.%s = datetime() RETURN properties(p) AS p"
				.formatted(StoredGraph.PROPOSAL, Common.ID, ProposalProps.REVIEWED_AT))
			.bind(id)
			.to("id")
			.fetchAs(Map.class)
			.mappedBy((type, record) -> record.get("p").asMap())
			.one()
			.map(Review::typed)
			.orElseThrow(() -> ApiException.notFound("No proposal with the id " + id));
		if (!Status.PROPOSED.name().equals(proposal.get(Common.STATUS))) {
			throw new ApiException(ErrorCode.CONFLICT,
					"the proposal " + id + " is " + proposal.get(Common.STATUS) + " already");
		}
		return proposal;
	}

	private static Map<String, Object> review(Status status, String record, String actor) {
		Map<String, Object> review = new LinkedHashMap<>();
		review.put(Common.STATUS, status.name());
		review.put(ProposalProps.RECORD, record);
		review.put(ProposalProps.REVIEWED_BY, actor);
		return review;
	}

	private Proposal update(Map<String, Object> proposal, Map<String, Object> review) {
		this.client.query("MATCH (p:%s {%s: $id}) SET p += $review".formatted(StoredGraph.PROPOSAL, Common.ID))
			.bindAll(Map.of("id", proposal.get(Common.ID), "review", review))
			.run();
		Map<String, Object> after = new HashMap<>(proposal);
		after.putAll(review);
		return Proposal.of(after);
	}

	/**
	 * The source's proposals still PROPOSED that name a candidate now name the record it
	 * became: their claims' ends and fact subjects.
	 */
	private void renameCandidate(String source, String key, String record) {
		List<Map<String, Object>> rows = this.client
			.query("""
					MATCH (p:%s {%s: $source, %s: $status}) WHERE p.%s <> 'ENTITY' AND p.%s CONTAINS $key
					RETURN p.%s AS id, p.%s AS claim""".formatted(StoredGraph.PROPOSAL, EvidenceProps.SOURCE,
					Common.STATUS, EntityProps.KIND, ProposalProps.CLAIM, Common.ID, ProposalProps.CLAIM))
			.bindAll(Map.of("source", source, "status", Status.PROPOSED.name(), "key", key))
			.fetch()
			.all()
			.stream()
			.toList();
		List<Map<String, Object>> renamed = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> claim = parse((String) row.get("claim"));
			boolean changed = false;
			for (String side : List.of("from", "to")) {
				if (claim.get(side) instanceof Map<?, ?> end && key.equals(end.get("key"))) {
					@SuppressWarnings("unchecked")
					Map<String, Object> typed = (Map<String, Object>) end;
					typed.put("key", record);
					changed = true;
				}
			}
			if (key.equals(claim.get("subject"))) {
				claim.put("subject", record);
				changed = true;
			}
			if (changed) {
				renamed.add(Map.of("id", row.get("id"), "claim", json.writeValueAsString(claim)));
			}
		}
		if (!renamed.isEmpty()) {
			this.client
				.query("UNWIND $rows AS row MATCH (p:%s {%s: row.id}) SET p.%s = row.claim"
					.formatted(StoredGraph.PROPOSAL, Common.ID, ProposalProps.CLAIM))
				.bind(renamed)
				.to("rows")
				.run();
		}
	}

	/** Adds a candidate's name to an entity's aliases, as an update of that entity. */
	private void addAlias(String into, String name, String actor) {
		Map<String, Object> current = this.client
			.query("MATCH (n:Entity {%s: $id}) RETURN coalesce(n.%s, 1) AS version, n.%s AS names, n.%s AS aliases"
				.formatted(Common.ID, Common.VERSION, EntityProps.NAMES, EntityProps.ALIASES))
			.bind(into)
			.to("id")
			.fetch()
			.one()
			.orElseThrow(() -> ApiException.notFound("No entity with the id " + into));
		@SuppressWarnings("unchecked")
		List<String> aliases = new ArrayList<>(
				(current.get("aliases") != null) ? (List<String>) current.get("aliases") : List.of());
		@SuppressWarnings("unchecked")
		List<String> names = (current.get("names") != null) ? (List<String>) current.get("names") : List.of();
		if (aliases.contains(name) || names.contains(name)) {
			return;
		}
		aliases.add(name);
		this.edits.updateEntity(new Inputs.UpdateEntityInput(into, ((Number) current.get("version")).intValue(), null,
				null, null, aliases, null, null, null, null, null, null, null), actor);
	}

	private Map<String, Object> claim(Map<String, Object> proposal) {
		return parse((String) proposal.get(ProposalProps.CLAIM));
	}

	private static Map<String, Object> parse(String claim) {
		@SuppressWarnings("unchecked")
		Map<String, Object> parsed = json.readValue(claim, LinkedHashMap.class);
		return parsed;
	}

	private static void checkId(String id, String field) {
		if (id == null || id.length() > 40 || !PROPOSAL_ID.matcher(id).matches()) {
			throw ApiException.badRequest(field + " must be a proposal id: proposal:<20 hex digits>");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Object map) {
		return new HashMap<>((Map<String, Object>) map);
	}

}
