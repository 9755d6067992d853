package org.innograph.store.migrations;

import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import org.innograph.graph.SearchNames;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.neo4j.driver.Session;

/**
 * Gives every entity of a store made before V010 its {@code nameGrams}, by the same rule
 * the application writes them with ({@link SearchNames#grams}); V011 indexes them.
 * Entities written later get them from {@code StoredRecords}; running it again finds
 * nothing to do.
 */
public class V010__Fill_in_name_grams implements JavaBasedMigration {

	/** Entities per transaction: a large store does not need one huge transaction. */
	static final int BATCH = 2_000;

	private final int batch;

	public V010__Fill_in_name_grams() {
		this(BATCH);
	}

	/** With another batch size: tests cross batch boundaries on a small graph. */
	public V010__Fill_in_name_grams(int batch) {
		this.batch = batch;
	}

	/**
	 * The next batch after the id {@code $after}, in the order of the id index: each
	 * batch starts where the last ended, rather than looking again past every entity
	 * already done (V004's way, which at a million entities reads the store over and
	 * over).
	 */
	private static final String NEXT = """
			MATCH (n:Entity) WHERE n.%1$s > $after
			WITH n ORDER BY n.%1$s LIMIT $batch
			RETURN n.%1$s AS id, n.%2$s IS NULL AS missing, coalesce(n.%3$s, []) AS names""".formatted(Common.ID,
			EntityProps.NAME_GRAMS, EntityProps.NAMES);

	private static final String WRITE = """
			UNWIND $rows AS row MATCH (n:Entity {%s: row.id}) SET n.%s = row.grams""".formatted(Common.ID,
			EntityProps.NAME_GRAMS);

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
		String after = "";
		while (true) {
			String from = after;
			List<org.neo4j.driver.Record> batch = session
				.executeRead((tx) -> tx.run(NEXT, Map.of("after", from, "batch", this.batch)).list());
			if (batch.isEmpty()) {
				return;
			}
			List<Map<String, Object>> rows = batch.stream()
				.filter((record) -> record.get("missing").asBoolean())
				.map((record) -> Map.<String, Object>of("id", record.get("id").asString(), "grams",
						SearchNames.grams(record.get("names").asList((value) -> value.asString()))))
				.toList();
			if (!rows.isEmpty()) {
				session.executeWriteWithoutResult((tx) -> tx.run(WRITE, Map.of("rows", rows)).consume());
			}
			after = batch.get(batch.size() - 1).get("id").asString();
		}
	}

}
