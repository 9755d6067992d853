package org.innograph.store.migrations;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import org.innograph.graph.SearchNames;
import org.innograph.storage.StoredGraph.EntityProps;
import org.neo4j.driver.Session;

/**
 * Gives every entity of a store made before V010 its {@code nameGrams}, by the same rule
 * the application writes them with ({@link SearchNames#grams}); V011 indexes them.
 * Entities written later get them from {@code StoredRecords}; running it again finds
 * nothing to do.
 */
public class V010__Fill_in_name_grams implements JavaBasedMigration {

	private final int batch;

	public V010__Fill_in_name_grams() {
		this(NamesDerivedFill.BATCH);
	}

	/** With another batch size: tests cross batch boundaries on a small graph. */
	public V010__Fill_in_name_grams(int batch) {
		this.batch = batch;
	}

	@Override
	public void apply(MigrationContext context) {
		try (Session session = context.getSession()) {
			fill(session);
		}
	}

	/**
	 * Gives the entities without {@code nameGrams} theirs, batch by batch in id order;
	 * leaves those that have them.
	 */
	public void fill(Session session) {
		new NamesDerivedFill(EntityProps.NAME_GRAMS, SearchNames::grams, this.batch).fill(session);
	}

}
