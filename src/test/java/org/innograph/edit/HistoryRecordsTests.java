package org.innograph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change's record before and after it, kept as JSON or as prefixed properties of the
 * change node, reads as the same JSON.
 */
class HistoryRecordsTests {

	@Test
	void prefixedPropertiesReadAsTheJsonTheOtherPathWrites() {
		Map<String, Object> record = new HashMap<>();
		record.put("id", "org:test");
		record.put("nameKo", "시험");
		record.put("acronyms", List.of("TI", "TIR"));
		record.put("validFrom", LocalDate.of(2021, 3, 1));
		record.put("version", 2L);
		Map<String, Object> written = History.change("token:a", "UPDATE", "org:test", "Organization", record, record);

		Map<String, Object> stored = new HashMap<>(
				Map.of("id", "change:1", "actor", "token:a", "targetId", "org:test"));
		record.forEach((key, value) -> {
			stored.put(History.BEFORE_PREFIX + key, value);
			stored.put(History.AFTER_PREFIX + key, value);
		});
		// Bookkeeping the statement leaves out is not read either.
		stored.put(History.AFTER_PREFIX + "_lock", true);

		assertThat(History.recorded(stored, "before", History.BEFORE_PREFIX)).isEqualTo(written.get("before"))
			.contains("\"validFrom\":\"2021-03-01\"", "\"acronyms\":[\"TI\",\"TIR\"]");
		assertThat(History.recorded(stored, "after", History.AFTER_PREFIX)).isEqualTo(written.get("after"));
	}

	@Test
	void jsonIsReadAsWrittenAndNoRecordIsNone() {
		Map<String, Object> created = History.change("token:a", "CREATE", "org:test", "Organization", null,
				Map.of("id", "org:test", "version", 1L));

		assertThat(History.recorded(created, "after", History.AFTER_PREFIX)).isEqualTo(created.get("after"))
			.isEqualTo("{\"id\":\"org:test\",\"version\":1}");
		assertThat(History.recorded(created, "before", History.BEFORE_PREFIX)).isNull();
	}

}
