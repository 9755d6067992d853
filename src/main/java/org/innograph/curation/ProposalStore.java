package org.innograph.curation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.sources.SourceTexts;
import org.innograph.storage.Predicates;
import org.innograph.storage.StoredGraph;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredGraph.EvidenceProps;
import org.innograph.storage.StoredGraph.ProposalProps;
import org.innograph.storage.StoredGraph.SourceProps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the pipeline's proposals are kept: {@code (:Proposal)} nodes, which no public
 * read matches, each with a stable id (a hash of its document and claim, so ingesting the
 * same document again writes nothing new), and the document itself as a {@code (:Source)}
 * whose SHA-256 and line count let the service show its text. A proposal once reviewed
 * keeps its status (the merge creates only ids it has not seen), so a rejected claim is
 * not proposed again. Reviewing is an edit like any other: edit/Review writes through the
 * editing API, which checks and records it; this class only proposes.
 */
@Component
class ProposalStore {

	/** The status of a proposal nobody has reviewed yet. */
	static final String PROPOSED = "PROPOSED";

	private final Neo4jClient client;

	private final TransactionTemplate writes;

	private final JsonMapper json = JsonMapper.builder().build();

	ProposalStore(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setTimeout(60);
	}

	/** Every active entity with all its names: what the pipeline looks for. */
	List<KnownEntity> knownEntities() {
		String query = """
				MATCH (e:Entity) WHERE %s
				RETURN e.%s AS id, e.%s AS kind,
				       [n IN [e.%s, e.%s] + coalesce(e.%s, []) + coalesce(e.%s, []) WHERE n IS NOT NULL] AS names
				ORDER BY id""".formatted(Predicates.active("e"), Common.ID, EntityProps.KIND, EntityProps.NAME_KO,
				EntityProps.NAME_EN, EntityProps.ACRONYMS, EntityProps.ALIASES);
		List<KnownEntity> known = new ArrayList<>();
		for (Map<String, Object> row : this.client.query(query).fetch().all()) {
			@SuppressWarnings("unchecked")
			List<String> names = (List<String>) row.get("names");
			known.add(new KnownEntity((String) row.get("id"), EntityKind.ofLabel((String) row.get("kind")), names));
		}
		return known;
	}

	/** The SHA-256 a source is registered with, if it is. */
	Optional<String> registeredHash(String sourceId) {
		return this.client
			.query("MATCH (s:%s {%s: $id}) RETURN s.%s AS hash".formatted(StoredGraph.SOURCE, Common.ID,
					SourceProps.SHA256))
			.bind(sourceId)
			.to("id")
			.fetchAs(String.class)
			.one();
	}

	/** A source id already registered with another text. */
	static final class DocumentConflictException extends IllegalArgumentException {

		DocumentConflictException(String message) {
			super(message);
		}

	}

	/** What one ingest wrote. */
	record Written(boolean sourceCreated, int proposals, int created) {
	}

	/**
	 * Registers the source (unless it is registered with this text already) and merges
	 * the proposals, in one transaction: a failure writes nothing.
	 */
	Written write(SourceRecord source, DocumentText text, Proposals proposals) {
		List<Map<String, Object>> all = rows(source.id(), proposals);
		return this.writes.execute((status) -> {
			Set<String> recorded = recorded(source.id(), all);
			List<Map<String, Object>> rows = all.stream()
				.filter((row) -> !recorded.contains(row.get(Common.ID)))
				.toList();
			Optional<String> hash = registeredHash(source.id());
			if (hash.isPresent() && !text.sha256().equals(hash.get())) {
				throw new DocumentConflictException(source.id() + " is registered with another text (SHA-256 "
						+ hash.get() + "); give the new document an id of its own");
			}
			boolean created = hash.isEmpty();
			if (created) {
				this.client.query("CREATE (s:%s) SET s = $props".formatted(StoredGraph.SOURCE))
					.bind(sourceProps(source, text))
					.to("props")
					.run();
			}
			Long added = this.client
				.query("""
						UNWIND $rows AS row
						OPTIONAL MATCH (old:%1$s {%2$s: row.%2$s})
						WITH row, old
						MERGE (p:%1$s {%2$s: row.%2$s})
						ON CREATE SET p = row
						RETURN count(CASE WHEN old IS NULL THEN 1 END) AS added""".formatted(StoredGraph.PROPOSAL,
						Common.ID))
				.bind(rows)
				.to("rows")
				.fetchAs(Long.class)
				.one()
				.orElse(0L);
			return new Written(created, all.size(), added.intValue());
		});
	}

	/**
	 * The ids of the claims the graph records already from this source: a relationship of
	 * the claim's type between its two ends, or a fact of its subject with its date or
	 * amount, that cites the source. Once a candidate is accepted, ingesting the document
	 * again reads its claims with the entity's id, which makes them other claims under
	 * other ids; those that an acceptance wrote already are not proposed again (accepting
	 * one would be refused, the record exists). Rejected claims need no such check: their
	 * claim, and so their id, is unchanged.
	 */
	private Set<String> recorded(String sourceId, List<Map<String, Object>> rows) {
		List<Map<String, Object>> checks = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			@SuppressWarnings("unchecked")
			Map<String, Object> claim = this.json.readValue((String) row.get(ProposalProps.CLAIM), LinkedHashMap.class);
			Map<String, Object> check = new HashMap<>();
			check.put("id", row.get(Common.ID));
			check.put("kind", row.get(EntityProps.KIND));
			if ("RELATIONSHIP".equals(row.get(EntityProps.KIND))) {
				check.put("type", claim.get("type"));
				check.put("from", ((Map<?, ?>) claim.get("from")).get("key"));
				check.put("to", ((Map<?, ?>) claim.get("to")).get("key"));
			}
			else if ("FACT".equals(row.get(EntityProps.KIND)) && claim.get("subject") != null) {
				check.put("subject", claim.get("subject"));
				if (claim.get("date") != null) {
					PartialDate date = PartialDate.parse((String) claim.get("date"));
					check.put("date", date.start());
					check.put("precision", date.precision().name());
				}
				else {
					check.put("number", new BigDecimal((String) claim.get("value")).doubleValue());
					check.put("unit", claim.get("unit"));
				}
			}
			else {
				continue;
			}
			checks.add(check);
		}
		if (checks.isEmpty()) {
			return Set.of();
		}
		// Candidates' ends ('new:…') match no entity, so their claims are never skipped.
		return Set.copyOf(this.client
			.query("""
					UNWIND $checks AS c
					WITH c WHERE
					  (c.kind = 'RELATIONSHIP' AND EXISTS {
					    MATCH (:%1$s {id: c.from})-[r]->(:%1$s {id: c.to}) WHERE type(r) = c.type
					      AND EXISTS { MATCH (ev:%2$s {%3$s: r.id, %4$s: $source}) } })
					  OR (c.kind = 'FACT' AND EXISTS {
					    MATCH (:%1$s {id: c.subject})-[:%5$s]->(f:%6$s)
					    WHERE ((c.date IS NOT NULL AND f.date = c.date AND f.datePrecision = c.precision)
					        OR (c.number IS NOT NULL AND f.value = c.number AND f.unit = c.unit))
					      AND EXISTS { MATCH (ev:%2$s {%3$s: f.id, %4$s: $source}) } })
					RETURN c.id AS id""".formatted(StoredGraph.ENTITY, StoredGraph.EVIDENCE, EvidenceProps.SUBJECT,
					EvidenceProps.SOURCE, StoredGraph.HAS_FACT, StoredGraph.FACT))
			.bindAll(Map.of("checks", checks, "source", sourceId))
			.fetchAs(String.class)
			.all());
	}

	/** The proposals of one source, for review: id, kind, quote, locator and claim. */
	List<Map<String, Object>> proposals(String sourceId) {
		return List.copyOf(this.client
			.query("""
					MATCH (p:%s {%s: $source}) RETURN properties(p) AS p ORDER BY p.%s"""
				.formatted(StoredGraph.PROPOSAL, EvidenceProps.SOURCE, Common.ID))
			.bind(sourceId)
			.to("source")
			.fetchAs(Map.class)
			.mappedBy((type, record) -> record.get("p").asMap())
			.all()
			.stream()
			.map((map) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> typed = (Map<String, Object>) map;
				return typed;
			})
			.toList());
	}

	private static Map<String, Object> sourceProps(SourceRecord source, DocumentText text) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(Common.ID, source.id());
		props.put(SourceProps.DOCUMENT_ID, source.documentId(text.sha256()));
		props.put(SourceProps.TITLE_KO, source.titleKo());
		props.put(SourceProps.TITLE_EN, (source.titleEn() != null) ? source.titleEn() : source.titleKo());
		props.put(SourceProps.PUBLISHER_KO, source.publisherKo());
		props.put(SourceProps.PUBLISHER_EN,
				(source.publisherEn() != null) ? source.publisherEn() : source.publisherKo());
		source.published().putInto(props, SourceProps.PUBLISHED);
		props.put(SourceProps.KIND, source.kind().stored());
		if (source.url() != null) {
			props.put(SourceProps.URL, source.url());
		}
		props.put(SourceProps.SHA256, text.sha256());
		props.put(SourceProps.LINE_COUNT, text.lineCount());
		if (source.titleEn() == null || source.publisherEn() == null) {
			props.put(Common.NOTE, "Registered by the ingest command without an English title or publisher: "
					+ "the Korean is repeated in their place.");
		}
		props.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		return props;
	}

	private List<Map<String, Object>> rows(String sourceId, Proposals proposals) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProposedEntity entity : proposals.entities()) {
			Map<String, Object> claim = new LinkedHashMap<>();
			claim.put("key", entity.key());
			claim.put("entityKind", entity.kind().apiName());
			claim.put("name", entity.name());
			claim.put("mentions", entity.mentions());
			rows.add(row(sourceId, "ENTITY", "STATED", entity.quote(), entity.line(), entity.confidence(), "shape",
					claim));
		}
		for (ProposedRelationship relationship : proposals.relationships()) {
			Map<String, Object> claim = new LinkedHashMap<>();
			claim.put("type", relationship.type().name());
			claim.put("from", end(relationship.from()));
			claim.put("to", end(relationship.to()));
			claim.put("role", relationship.role());
			rows.add(row(sourceId, "RELATIONSHIP", relationship.basis().name(), relationship.quote(),
					relationship.line(), relationship.confidence(), relationship.rule(), claim));
		}
		for (ProposedFact fact : proposals.facts()) {
			Map<String, Object> claim = new LinkedHashMap<>();
			claim.put("subject", fact.subject());
			claim.put("key", fact.key());
			claim.put("text", fact.text());
			if (fact.isDate()) {
				claim.put("date", fact.date().text());
			}
			else {
				claim.put("value", fact.amount().value().toPlainString());
				claim.put("unit", fact.amount().unit());
				claim.put("approximate", fact.amount().approximate());
				fact.amount().won().ifPresent((won) -> claim.put("won", won));
			}
			rows.add(row(sourceId, "FACT", fact.basis().name(), fact.quote(), fact.line(), fact.confidence(),
					fact.isDate() ? "date" : "amount", claim));
		}
		// One row per id: the same claim quoted twice on a line is one proposal.
		Map<Object, Map<String, Object>> unique = new LinkedHashMap<>();
		rows.forEach((row) -> unique.putIfAbsent(row.get(Common.ID), row));
		return new ArrayList<>(unique.values());
	}

	private static Map<String, Object> end(Mention mention) {
		Map<String, Object> end = new LinkedHashMap<>();
		end.put("key", mention.key());
		end.put("name", mention.text());
		end.put("entityKind", mention.kind().apiName());
		return end;
	}

	private Map<String, Object> row(String sourceId, String kind, String basis, String quote, int line,
			double confidence, String rule, Map<String, Object> claim) {
		String claimJson = this.json.writeValueAsString(claim);
		String locator = "L" + line;
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(Common.ID, idOf(sourceId, kind, locator, claimJson));
		row.put(EvidenceProps.SOURCE, sourceId);
		row.put(EntityProps.KIND, kind);
		row.put(Common.STATUS, PROPOSED);
		row.put(Common.BASIS, basis);
		row.put(EvidenceProps.QUOTE, quote);
		row.put(EvidenceProps.LOCATOR, locator);
		row.put(ProposalProps.CONFIDENCE, confidence);
		row.put(ProposalProps.RULE, rule);
		row.put(ProposalProps.CLAIM, claimJson);
		return row;
	}

	/**
	 * A proposal's id: 20 hex digits of the hash of its document, kind, line and claim.
	 */
	static String idOf(String sourceId, String kind, String locator, String claim) {
		byte[] bytes = String.join("|", sourceId, kind, locator, claim).getBytes(StandardCharsets.UTF_8);
		return "proposal:" + SourceTexts.sha256(bytes).substring(0, 20);
	}

}
