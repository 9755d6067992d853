package org.innograph.store.migrations;

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

	@Override
	public void apply(MigrationContext context) {
		try (Session session = context.getSession()) {
			new NamesDerivedFill(EntityProps.NAME_WORDS, SearchWords::ofNames, NamesDerivedFill.BATCH).fill(session);
		}
	}

}
