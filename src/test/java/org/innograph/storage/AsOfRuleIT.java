package org.innograph.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads without a date run statements written with {@link AsOf#currentUndated} and
 * {@link AsOf#existsUndated}; with $asOf null they must keep exactly the records the
 * general rule keeps. The database evaluates both on records holding every combination of
 * the properties the rule reads (absent, false or true; absent or a date): the link rules
 * on maps, as they would on stored links; the entity rules, which test a label, on nodes
 * written as every write of an entity writes it ({@link Predicates#labelRetired}), and
 * then against {@link Predicates#active}, the property the label stands for.
 */
@IntegrationTest
// Writes its probe nodes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
class AsOfRuleIT {

	private static final List<String> DATES = List.of("retiredAt", "validFrom", "statedOn", "validToEnd", "succeededOn",
			"date");

	@Autowired
	GraphReads reads;

	@Autowired
	Neo4jClient client;

	@Test
	void withoutADateTheReducedRuleKeepsWhatTheGeneralRuleKeeps() {
		List<Map<String, Object>> records = records();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("records", records);
		parameters.put("asOf", null);
		List<Map<String, Object>> rows = this.reads.list("""
				UNWIND $records AS x
				RETURN x, %s AS current, %s AS currentUndated
				""".formatted(AsOf.current("x"), AsOf.currentUndated("x")), parameters);
		assertThat(rows).hasSize(records.size());
		int kept = 0;
		for (Map<String, Object> row : rows) {
			assertThat(row.get("currentUndated")).as("link %s", row.get("x")).isEqualTo(row.get("current"));
			kept += Boolean.TRUE.equals(row.get("current")) ? 1 : 0;
		}
		// Both answers occur: retired records are left out, the others kept.
		assertThat(kept).isGreaterThan(0).isLessThan(records.size());
	}

	@Test
	void entitiesAreTestedByTheirLabelAsByTheirProperty() {
		List<Map<String, Object>> records = records();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("records", records);
		parameters.put("asOf", null);
		try {
			List<Map<String, Object>> rows = List.copyOf(this.client.query("""
					UNWIND $records AS x
					CREATE (n:AsOfRuleProbe)
					SET n = x
					%s
					RETURN x, %s AS exists, %s AS existsUndated, %s AS active
					""".formatted(Predicates.labelRetired("n"), AsOf.exists("n"), AsOf.existsUndated("n"),
					Predicates.active("n")))
				.bindAll(parameters)
				.fetch()
				.all());
			assertThat(rows).hasSize(records.size());
			int kept = 0;
			for (Map<String, Object> row : rows) {
				assertThat(row.get("existsUndated")).as("entity %s", row.get("x"))
					.isEqualTo(row.get("exists"))
					.isEqualTo(row.get("active"));
				kept += Boolean.TRUE.equals(row.get("exists")) ? 1 : 0;
			}
			assertThat(kept).isGreaterThan(0).isLessThan(rows.size());
		}
		finally {
			this.client.query("MATCH (n:AsOfRuleProbe) DELETE n").run();
		}
	}

	/** Every combination: retired absent, false or true; each date absent or set. */
	private static List<Map<String, Object>> records() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (Boolean retired : new Boolean[] { null, false, true }) {
			for (int mask = 0; mask < (1 << DATES.size()); mask++) {
				Map<String, Object> record = new HashMap<>();
				if (retired != null) {
					record.put("retired", retired);
				}
				for (int i = 0; i < DATES.size(); i++) {
					if ((mask & (1 << i)) != 0) {
						record.put(DATES.get(i), LocalDate.of(2020 + i, 1, 1));
					}
				}
				records.add(record);
			}
		}
		return records;
	}

}
