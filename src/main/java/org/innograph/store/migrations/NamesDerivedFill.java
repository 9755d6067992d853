package org.innograph.store.migrations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.neo4j.driver.Session;

/**
 * Gives every entity that lacks a property derived from its names (by the application's
 * own rule, which Cypher cannot run) that property, batch by batch in the order of the id
 * index: each batch starts where the last ended, rather than looking again past every
 * entity already done, which at a million entities reads the store over and over.
 * Entities that have it are left; running it again finds nothing to do.
 */
final class NamesDerivedFill {

	/** Entities per transaction: a large store does not need one huge transaction. */
	static final int BATCH = 2_000;

	private static final String NEXT = """
			MATCH (n:Entity) WHERE n.%1$s > $after
			WITH n ORDER BY n.%1$s LIMIT $batch
			RETURN n.%1$s AS id, n[$property] IS NULL AS missing, coalesce(n.%2$s, []) AS names""".formatted(Common.ID,
			EntityProps.NAMES);

	private static final String WRITE = """
			UNWIND $rows AS row MATCH (n:Entity {%s: row.id}) SET n[$property] = row.value""".formatted(Common.ID);

	private final String property;

	private final Function<List<String>, Object> derive;

	private final int batch;

	NamesDerivedFill(String property, Function<List<String>, Object> derive, int batch) {
		this.property = property;
		this.derive = derive;
		this.batch = batch;
	}

	void fill(Session session) {
		String after = "";
		while (true) {
			String from = after;
			List<org.neo4j.driver.Record> batch = session.executeRead(
					(tx) -> tx.run(NEXT, Map.of("after", from, "batch", this.batch, "property", this.property)).list());
			if (batch.isEmpty()) {
				return;
			}
			List<Map<String, Object>> rows = batch.stream()
				.filter((record) -> record.get("missing").asBoolean())
				.map((record) -> Map.of("id", record.get("id").asString(), "value",
						this.derive.apply(record.get("names").asList((value) -> value.asString()))))
				.toList();
			if (!rows.isEmpty()) {
				session.executeWriteWithoutResult(
						(tx) -> tx.run(WRITE, Map.of("rows", rows, "property", this.property)).consume());
			}
			after = batch.get(batch.size() - 1).get("id").asString();
		}
	}

}
