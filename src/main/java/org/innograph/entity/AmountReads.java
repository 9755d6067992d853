package org.innograph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;

import org.springframework.stereotype.Component;

/**
 * The Cypher behind {@code amounts}: the money facts of the entities a filter matches.
 */
@Component
class AmountReads {

	private final GraphReads reads;

	AmountReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The facts with one of {@code keys} on the entities {@code filter} matches, each
	 * with its entity and, for a grouping by entity ({@code group} not null), the keys
	 * the entity holds in it (as {@code counts} finds them); ordered by fact id.
	 */
	List<AmountSums.Row> facts(EntityReads.ListFilter filter, List<String> keys, EntityReads.CountGroup group) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("factKeys", keys);
		String statement = filter.matching() + """
				MATCH (n)-[:HAS_FACT]->(f:Fact) WHERE f.key IN $factKeys
				RETURN n {.*} AS n, f {.*} AS f, %s AS keys
				ORDER BY f.id
				""".formatted((group != null) ? filter.groupKeys(group) : "[]");
		return this.reads.list(statement, parameters)
			.stream()
			.map((row) -> new AmountSums.Row(Fact.of(Rows.map(row, "f")), Entity.of(Rows.map(row, "n")),
					Rows.strings(row, "keys")))
			.toList();
	}

}
