package org.innograph.edit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** History records read under the API's field names, whatever the storage calls them. */
class ChangedRecordsTests {

	@Test
	void storedPropertiesReadAsTheApiNamesThem() {
		String stored = """
				{"acronyms":["KARI","K"],"amountApproximate":true,"amountUnit":"억 원","amountValue":270.0,
				 "amountWon":2.7E10,"basis":"STATED","kind":"IndustrialComplex","nameEn":"Test","nameKo":"시험",
				 "names":["시험","test"],"origin":"edit","searchText":"시험 test","validFrom":"2024-05-01",
				 "validFromPrecision":"MONTH","validTo":"2025-01-01","validToEnd":"2025-12-31",
				 "validToPrecision":"YEAR","version":2,
				 "evidence":[{"id":"ev:1","locator":"L42","quote":"②한국항공우주연구원(KARI)","source":"doc:000"}]}""";
		Map<String, String> fields = fields(ChangedRecords.read(stored, "INDUSTRIAL_COMPLEX"));
		assertThat(fields).containsEntry("name.ko", "시험")
			.containsEntry("name.en", "Test")
			.containsEntry("kind", "INDUSTRIAL_COMPLEX")
			.containsEntry("validFrom", "2024-05")
			.containsEntry("validTo", "2025")
			.containsEntry("amount.value", "270")
			.containsEntry("amount.unit", "억 원")
			.containsEntry("amount.approximate", "true")
			.containsEntry("amount.won", "27000000000")
			.containsEntry("acronyms", "[KARI, K]")
			.containsEntry("basis", "STATED")
			.containsEntry("version", "2")
			.containsEntry("evidence[0].locator", "L42")
			.containsEntry("evidence[0].source", "doc:000")
			.doesNotContainKeys("nameKo", "names", "searchText", "origin", "validToEnd", "validFromPrecision",
					"amountValue");
	}

	@Test
	void sourceKindsReadAsTheApiNamesThemAndOldTargetKindsToo() {
		Map<String, String> source = fields(ChangedRecords.read(
				"{\"kind\":\"press-release\",\"titleKo\":\"제목\",\"published\":\"2024-01-01\",\"publishedPrecision\":\"YEAR\"}",
				History.SOURCE));
		assertThat(source).containsEntry("kind", "PRESS_RELEASE")
			.containsEntry("title.ko", "제목")
			.containsEntry("published", "2024");
		assertThat(History.targetKind("Organization")).isEqualTo("ORGANIZATION");
		assertThat(History.targetKind("PLAN_ITEM")).isEqualTo("PLAN_ITEM");
		assertThat(History.targetKind("Relationship")).isEqualTo("RELATIONSHIP");
		assertThat(ChangedRecords.read(null, "SOURCE")).isNull();
	}

	private static Map<String, String> fields(ChangedRecords.ChangedRecord record) {
		Map<String, String> fields = new LinkedHashMap<>();
		record.fields()
			.forEach((field) -> fields.put(field.name(),
					(field.values() != null) ? field.values().toString() : field.value()));
		return fields;
	}

}
