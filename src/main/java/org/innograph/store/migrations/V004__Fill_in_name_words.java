package org.innograph.store.migrations;

import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import org.innograph.graph.SearchWords;
import org.innograph.storage.StoredGraph.EntityProps;
import org.neo4j.driver.Session;

/**
 * Gives every entity of a store made before V003 its {@code nameWords}: the words of its
 * names are cut by the application's Korean analyser, which Cypher cannot run, so this
 * migration is Java. Entities written later get them from {@code StoredRecords}; running
 * it again finds nothing to do.
 */
public class V004__Fill_in_name_words implements JavaBasedMigration {

	/** Entities per transaction: a large store does not need one huge transaction. */
	static final int BATCH = 500;

	@Override
	public void apply(MigrationContext context) {
		try (Session session = context.getSession()) {
			while (true) {
				List<Map<String, Object>> rows = session.executeRead((tx) -> tx
					.run("""
							MATCH (n:Entity) WHERE n.%1$s IS NULL
							RETURN n.id AS id, coalesce(n.%2$s, []) AS names LIMIT $batch"""
						.formatted(EntityProps.NAME_WORDS, EntityProps.NAMES), Map.of("batch", BATCH))
					.list((record) -> {
						List<String> names = record.get("names").asList((value) -> value.asString());
						return Map.<String, Object>of("id", record.get("id").asString(), "words",
								SearchWords.ofNames(names));
					}));
				if (rows.isEmpty()) {
					return;
				}
				session.executeWriteWithoutResult(
						(tx) -> tx
							.run("""
									UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.%s = row.words"""
								.formatted(EntityProps.NAME_WORDS), Map.of("rows", rows))
							.consume());
			}
		}
	}

}
