package org.innograph.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.graph.EntityKind;
import org.innograph.storage.Predicates;
import org.innograph.time.RoleSuccession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the seed into Neo4j in one transaction: merges every record by id, removes what
 * the seed no longer has, and records the seed's hash so that an unchanged seed is not
 * loaded again. Records written by the seed carry {@code origin: 'seed'}; nothing else is
 * touched. Records an editor changed carry {@code origin: 'edit'} and are left as they
 * are (the database is their reference until an export brings them into the seed files),
 * unless the loader is told to replace edits.
 */
public final class SeedLoader {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private static final int LOAD_TIMEOUT_SECONDS = 600;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final boolean replaceEdits;

	public SeedLoader(Neo4jClient client, TransactionTemplate transactions) {
		this(client, transactions, false);
	}

	/**
	 * With {@code replaceEdits}, records an editor changed are overwritten by the seed's
	 * version and become seed records again (for importing seed files that already
	 * contain the edits, e.g. a reviewed export).
	 */
	public SeedLoader(Neo4jClient client, TransactionTemplate transactions, boolean replaceEdits) {
		this.client = client;
		// Its own template: loading a large seed on a busy machine may take longer than
		// the database's
		// default transaction timeout, which is there to stop runaway queries, not this.
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setTimeout(LOAD_TIMEOUT_SECONDS);
		this.replaceEdits = replaceEdits;
	}

	/** What a call to {@link #load} did. */
	public record Result(boolean loaded, String hash, long entities, long relationships, long evidence) {
	}

	/**
	 * Loads the seed unless the database already holds a seed with the same hash (or
	 * {@code force}).
	 */
	public Result load(Seed seed, boolean force) {
		Optional<String> current = this.client
			.query("MATCH (s:SeedState {id: 'seed'}) RETURN properties(s).hash AS hash")
			.fetchAs(String.class)
			.one();
		if (!force && current.isPresent() && current.get().equals(seed.hash())) {
			logger.info("Seed {} is already loaded; nothing to do", shortHash(seed.hash()));
			return new Result(false, seed.hash(), 0, 0, 0);
		}
		long started = System.nanoTime();
		SeedGraph graph = SeedGraph.of(seed);
		Result result = this.transactions.execute((status) -> write(graph, seed.hash()));
		logger.info("Seed {} loaded in {} ms: {} entities, {} relationships, {} evidence records",
				shortHash(seed.hash()), (System.nanoTime() - started) / 1_000_000, result.entities(),
				result.relationships(), result.evidence());
		return result;
	}

	private Result write(SeedGraph graph, String hash) {
		this.client.query("""
				UNWIND $rows AS row
				MERGE (s:Source {id: row.id})
				SET s = row, s.origin = 'seed'
				""").bind(graph.sources()).to("rows").run();

		// One statement per kind of record: planning a statement costs far more than
		// running it at this
		// size. Labels and types are dynamic ($(...)), always names from the EntityKind
		// and
		// RelationshipType enums, never input.
		List<Map<String, Object>> entityRows = new ArrayList<>();
		List<String> entityIds = new ArrayList<>();
		graph.entities().forEach((kind, rows) -> rows.forEach((props) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("props", props);
			row.put("label", kind.label());
			row.put("otherLabels",
					Arrays.stream(EntityKind.values())
						.filter((other) -> other != kind)
						.map(EntityKind::label)
						.toList());
			entityRows.add(row);
			entityIds.add((String) props.get("id"));
		}));
		this.client.query("""
				UNWIND $rows AS row
				MERGE (n:Entity {id: row.props.id})
				WITH n, row, coalesce(n.version, 0) AS previousVersion
				WHERE $replaceEdits OR coalesce(n.origin, 'seed') <> 'edit'
				SET n = row.props, n.origin = 'seed', n.version = previousVersion + 1
				SET n:$(row.label)
				REMOVE n:$(row.otherLabels)
				%s
				""".formatted(Predicates.labelRetired("n")))
			.bindAll(Map.of("rows", entityRows, "replaceEdits", this.replaceEdits))
			.run();

		this.client.query("""
				UNWIND $rows AS row
				MATCH (e:Entity {id: row.entity})
				MERGE (f:Fact {id: row.id})
				MERGE (e)-[:HAS_FACT]->(f)
				WITH f, row WHERE $replaceEdits OR coalesce(f.origin, 'seed') <> 'edit'
				SET f = row, f.origin = 'seed'
				""").bindAll(Map.of("rows", graph.facts(), "replaceEdits", this.replaceEdits)).run();

		List<Map<String, Object>> relationshipRows = new ArrayList<>();
		List<String> relationshipKeys = new ArrayList<>();
		graph.relationships().forEach((type, rows) -> rows.forEach((row) -> {
			Map<String, Object> typed = new HashMap<>(row);
			typed.put("type", type.name());
			relationshipRows.add(typed);
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			relationshipKeys.add(props.get("id") + "|" + type.name() + "|" + row.get("from") + "|" + row.get("to"));
		}));
		this.client.query("""
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
				MERGE (a)-[r:$(row.type) {id: row.props.id}]->(b)
				WITH r, row WHERE $replaceEdits OR coalesce(r.origin, 'seed') <> 'edit'
				SET r = row.props, r.origin = 'seed'
				""").bindAll(Map.of("rows", relationshipRows, "replaceEdits", this.replaceEdits)).run();
		long relationships = relationshipRows.size();

		this.client.query("""
				UNWIND $rows AS row
				MERGE (ev:Evidence {id: row.id})
				WITH ev, row WHERE $replaceEdits OR coalesce(ev.origin, 'seed') <> 'edit'
				SET ev = row, ev.origin = 'seed'
				WITH ev, row
				MATCH (s:Source {id: row.source})
				MERGE (ev)-[:CITES]->(s)
				""").bindAll(Map.of("rows", graph.evidence(), "replaceEdits", this.replaceEdits)).run();

		removeWhatTheSeedNoLongerHas(graph, entityIds, relationshipKeys);

		// After the relationships and their statedOn are in place: who succeeded whom in
		// a role.
		Map<String, Object> roles = new HashMap<>();
		roles.put("types", RoleSuccession.ROLE_TYPES);
		roles.put("orgs", null);
		this.client.query(RoleSuccession.RECOMPUTE).bindAll(roles).run();

		this.client.query("""
				MERGE (s:SeedState {id: 'seed'})
				SET s.hash = $hash, s.loadedAt = datetime()
				""").bind(hash).to("hash").run();
		return new Result(true, hash, entityIds.size(), relationships, graph.evidence().size());
	}

	private void removeWhatTheSeedNoLongerHas(SeedGraph graph, List<String> entityIds, List<String> relationshipKeys) {
		// Start from the entities a seed relationship can hang on (those in the seed, and
		// those the seed or
		// an editor wrote) rather than from every relationship: next to a large graph of
		// other records, a
		// scan of all relationships takes minutes; these are index look-ups.
		this.client.query("""
				CALL () {
				  MATCH (a:Entity) WHERE a.id IN $ids RETURN a
				  UNION
				  MATCH (a:Entity) WHERE a.origin IN ['seed', 'edit'] RETURN a
				}
				MATCH (a)-[r]->(b)
				WHERE r.origin = 'seed' AND NOT (r.id + '|' + type(r) + '|' + a.id + '|' + b.id) IN $keys
				DELETE r
				""").bindAll(Map.of("ids", entityIds, "keys", relationshipKeys)).run();
		this.client.query("MATCH (n:Entity {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n")
			.bind(entityIds)
			.to("ids")
			.run();
		this.client.query("MATCH (n:Fact {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n")
			.bind(ids(graph.facts()))
			.to("ids")
			.run();
		this.client.query("MATCH (n:Evidence {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n")
			.bind(ids(graph.evidence()))
			.to("ids")
			.run();
		this.client.query("MATCH (n:Source {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n")
			.bind(ids(graph.sources()))
			.to("ids")
			.run();
	}

	private static List<Object> ids(List<Map<String, Object>> rows) {
		return rows.stream().map((row) -> row.get("id")).toList();
	}

	private static String shortHash(String hash) {
		return hash.substring(0, 12);
	}

}
