package org.innograph.edit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.graph.Amount;
import org.innograph.graph.FactKeyWords;
import org.innograph.graph.PartialDate;
import org.innograph.storage.StoredGraph;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.FactProps;
import org.innograph.storage.StoredRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing a new fact on an entity ({@code (:Entity)-[:HAS_FACT]->(:Fact)}) by the rules
 * of the seed, so that what an editor writes can be exported into seed files: a known
 * key, a number or a value, money only under the money keys and units, a basis, at least
 * one quote. One key is one fact per entity here: a fact with that key already on the
 * entity is refused with CONFLICT, never overwritten. The fact, its evidence, the
 * entity's new version and the change in history are written in one transaction (a
 * caller's, when there is one), so a refused fact writes nothing.
 */
@Component
class FactEdits {

	/** The keys a money fact may have, as the seed's JSON Schema lists them. */
	static final Set<String> MONEY_KEYS = SeedLimits.values("/$defs/fact/then/properties/key");

	/** The most a value written as text may hold, as the seed's short texts. */
	private static final int VALUE_LENGTH = Rules.SHORT;

	private final Neo4jClient client;

	private final TransactionTemplate writes;

	private final History history;

	private final ExistingRecords existing;

	private final RecordWrites records;

	FactEdits(Neo4jClient client, PlatformTransactionManager transactionManager, History history) {
		this.client = client;
		this.writes = EditService.writeTransactions(transactionManager);
		this.history = history;
		this.existing = new ExistingRecords(client);
		this.records = new RecordWrites(client, history);
	}

	/**
	 * A new fact: a {@code number} (with its {@code unit}) or a {@code value} written as
	 * text (a date's words as the document writes them), and the {@code date} it is about
	 * when it is one.
	 */
	record NewFact(String entity, String key, Double number, String value, String unit, boolean approximate,
			PartialDate date, String basis, String note, List<Inputs.EvidenceInput> evidence) {
	}

	/** The fact written and the version of its entity after the write. */
	record Written(String id, String entity, long entityVersion) {
	}

	/** Checks the fact whole, then writes it, or refuses it and writes nothing. */
	Written create(NewFact in, String actor) {
		FieldErrors errors = new FieldErrors();
		check(in, errors);
		errors.throwIfAny();
		String id = StoredRecords.factId(in.entity(), in.key(), 1);
		return RecordWrites.creating(() -> this.writes.execute((status) -> {
			Map<String, Object> entity = this.records.lockEntity(in.entity(), null);
			FieldErrors found = new FieldErrors();
			String taken = this.client.query("""
					OPTIONAL MATCH (:Entity {id: $entity})-[:HAS_FACT]->(f:Fact {key: $key})
					OPTIONAL MATCH (g:Fact {id: $id})
					RETURN coalesce(f.id, g.id) AS id LIMIT 1""")
				.bindAll(Map.of("entity", in.entity(), "key", in.key(), "id", id))
				.fetchAs(String.class)
				.one()
				.orElse(null);
			if (taken != null) {
				found.conflict("key", in.entity() + " has a fact with the key " + in.key() + " already (" + taken
						+ "); facts are not overwritten: correct that fact, or choose another key");
			}
			Set<String> sources = new TreeSet<>();
			in.evidence().forEach((item) -> sources.add(item.source()));
			InputChecks.unknownSources(in.evidence(), this.existing.sources(sources), "evidence", found);
			found.throwIfAny();

			Map<String, Object> props = props(id, in);
			this.existing.earliestPublication(List.copyOf(sources))
				.ifPresent((date) -> date.putInto(props, Common.STATED_ON));
			this.client
				.query("MATCH (e:Entity {id: $entity}) CREATE (e)-[:%s]->(f:%s) SET f = $props"
					.formatted(StoredGraph.HAS_FACT, StoredGraph.FACT))
				.bindAll(Map.of("entity", in.entity(), "props", RecordWrites.withoutNulls(props)))
				.run();
			long version = ((Number) entity.getOrDefault(Common.VERSION, 0L)).longValue() + 1;
			// The entity changed (readers see a new fact on it), so its version moves: an
			// editor holding the old version gets CONFLICT rather than writing over it
			// unawares. Its own properties stay as they were, and so does its origin.
			this.client
				.query("MATCH (n:Entity {id: $id}) SET n.%s = $version REMOVE n.%s".formatted(Common.VERSION,
						Common.LOCK))
				.bindAll(Map.of("id", in.entity(), "version", version))
				.run();
			Map<String, Object> after = new LinkedHashMap<>(props);
			after.put("evidence", this.records.writeEvidence(id, in.evidence(), actor, false));
			// Listed under the entity, as evidence added to it is: its history shows what
			// was added to it.
			this.history.record(actor, "CREATE", in.entity(), History.FACT, null, after);
			return new Written(id, in.entity(), version);
		}));
	}

	/** Every rule a new fact must meet, before anything is read. */
	static void check(NewFact in, FieldErrors errors) {
		Rules.entityId(in.entity(), null, "subject", errors);
		if (in.key() == null || in.key().isBlank()) {
			errors.add("factKey", "is required: what the fact is (budget, budgetNational, milestone …)");
		}
		else if (FactKeyWords.of(in.key()) == null) {
			errors.add("factKey", "is not a known fact key (vocabulary/fact-keys.tsv): budget, budgetNational, "
					+ "milestone, goal …");
		}
		if (in.number() == null && (in.value() == null || in.value().isBlank())) {
			errors.add("value", "is required: a number or the value as written");
		}
		if (in.number() != null && (in.number().isNaN() || in.number().isInfinite() || in.number() < 0)) {
			errors.add("value", "must be a finite number of at least 0");
		}
		Rules.text(in.value(), VALUE_LENGTH, Rules.Lines.ONE, "value", errors);
		Rules.text(in.unit(), Rules.UNIT, Rules.Lines.ONE, "unit", errors);
		if (in.unit() != null && in.unit().endsWith("원")) {
			if (!Amount.isMoney(in.unit())) {
				errors.add("unit", "a money unit is one of 원, 만 원, 억 원, 조 원");
			}
			// An unknown key is refused already; a known one may still be no money key.
			if (FactKeyWords.of(in.key()) != null && !MONEY_KEYS.contains(in.key())) {
				errors.add("factKey", "an amount of money has one of the money keys: " + new TreeSet<>(MONEY_KEYS));
			}
		}
		BasisRule.check(in.basis(), null, in.note(), true, "", errors);
		Rules.longText(in.note(), "note", errors);
		Rules.evidence(in.evidence(), true, "evidence", errors);
	}

	/** The stored properties, as the seed loader writes a fact (SeedGraph). */
	private static Map<String, Object> props(String id, NewFact in) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(Common.ID, id);
		props.put(FactProps.ENTITY, in.entity());
		props.put(FactProps.KEY, in.key());
		if (in.number() != null) {
			BigDecimal number = BigDecimal.valueOf(in.number());
			props.put(FactProps.VALUE, number.doubleValue());
			if (in.unit() != null && Amount.isMoney(in.unit())) {
				props.put(FactProps.WON, new Amount(number, in.unit(), false).won().orElse(null));
			}
		}
		else {
			props.put(FactProps.VALUE, in.value());
		}
		props.put(FactProps.UNIT, in.unit());
		props.put(FactProps.APPROXIMATE, in.approximate());
		Records.putDate(props, FactProps.DATE, in.date());
		props.put(Common.NOTE, in.note());
		props.put(Common.BASIS, in.basis());
		props.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		return props;
	}

}
