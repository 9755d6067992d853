package org.innograph.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads without a date run statements written with {@link AsOf#currentUndated} and
 * {@link AsOf#existsUndated}; with $asOf null they must keep exactly the records the
 * general rule keeps. The database evaluates both on maps holding every combination of
 * the properties the rule reads (absent, false or true; absent or a date), as it would on
 * stored records.
 */
@IntegrationTest
class AsOfRuleIT {

	private static final List<String> DATES = List.of("retiredAt", "validFrom", "statedOn", "validToEnd", "succeededOn",
			"date");

	@Autowired
	GraphReads reads;

	@Test
	void withoutADateTheReducedRuleKeepsWhatTheGeneralRuleKeeps() {
		List<Map<String, Object>> records = records();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("records", records);
		parameters.put("asOf", null);
		List<Map<String, Object>> rows = this.reads.list("""
				UNWIND $records AS x
				RETURN x, %s AS current, %s AS currentUndated, %s AS exists, %s AS existsUndated
				""".formatted(AsOf.current("x"), AsOf.currentUndated("x"), AsOf.exists("x"), AsOf.existsUndated("x")),
				parameters);
		assertThat(rows).hasSize(records.size());
		int kept = 0;
		for (Map<String, Object> row : rows) {
			assertThat(row.get("currentUndated")).as("link %s", row.get("x")).isEqualTo(row.get("current"));
			assertThat(row.get("existsUndated")).as("entity %s", row.get("x")).isEqualTo(row.get("exists"));
			kept += Boolean.TRUE.equals(row.get("current")) ? 1 : 0;
		}
		// Both answers occur: retired records are left out, the others kept.
		assertThat(kept).isGreaterThan(0).isLessThan(records.size());
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
