package org.innograph.store;

import java.util.ArrayList;
import java.util.List;

import org.innograph.graph.RelationshipType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Constraints and indexes the graph relies on. Every statement is {@code IF NOT EXISTS}, so applying
 * them at every start is cheap and safe; this is too small a set to justify a migrations library.
 */
public final class GraphSchema {

	private static final Logger logger = LoggerFactory.getLogger(GraphSchema.class);

	/** The full-text index over entity names, acronyms and aliases. */
	public static final String NAME_INDEX = "entity_names";

	private GraphSchema() {
	}

	static List<String> statements() {
		List<String> statements = new ArrayList<>(List.of(
				"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
				"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
				"CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
				"CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE",
				"CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX evidence_subject IF NOT EXISTS FOR (n:Evidence) ON (n.subject)",
				"CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX api_token_hash IF NOT EXISTS FOR (n:ApiToken) ON (n.hash)",
				"CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId)",
				"CREATE INDEX fact_entity IF NOT EXISTS FOR (n:Fact) ON (n.entity)",
				"CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText)",
				"CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
				"CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin)",
				"CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.date)",
				"""
						CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKo, n.nameEn, n.searchText]
						OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }""".formatted(NAME_INDEX)));
		for (RelationshipType type : RelationshipType.values()) {
			// One uniqueness constraint per type: Neo4j scopes relationship constraints to a type.
			statements.add("CREATE CONSTRAINT rel_%s_id IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE"
				.formatted(type.name().toLowerCase(), type.name()));
		}
		return statements;
	}

	/**
	 * Applies every constraint and index unless the database records that this exact set is in place;
	 * returns how many statements ran. Skipping saves a few seconds on every warm start.
	 */
	public static int apply(Neo4jClient client) {
		List<String> statements = statements();
		String hash = Integer.toHexString(String.join("\n", statements).hashCode());
		String applied = client.query("MATCH (s:SchemaState {id: 'schema'}) RETURN properties(s).hash AS hash")
			.fetchAs(String.class)
			.one()
			.orElse(null);
		if (hash.equals(applied)) {
			logger.info("Graph schema is up to date ({} constraints and indexes)", statements.size());
			return 0;
		}
		for (String statement : statements) {
			client.query(statement).run();
		}
		client.query("CALL db.awaitIndexes(300)").run();
		client.query("MERGE (s:SchemaState {id: 'schema'}) SET s.hash = $hash, s.appliedAt = datetime()")
			.bind(hash)
			.to("hash")
			.run();
		logger.info("Graph schema in place: {} constraints and indexes", statements.size());
		return statements.size();
	}

}
