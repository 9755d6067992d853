package org.innograph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit derives an entity's search fields again only when it gives names, acronyms or
 * aliases, or when the stored record lacks one of the fields.
 */
class SearchFieldsOnEditTests {

	private static Map<String, Object> stored() {
		Map<String, Object> props = new HashMap<>();
		props.put("nameKo", "한국천문연구원");
		props.put("nameEn", "Korea Astronomy and Space Science Institute");
		props.put("acronyms", List.of("KASI"));
		props.put("aliases", List.of("천문연"));
		props.put("names", List.of("as stored"));
		props.put("searchText", "as stored");
		props.put("nameWords", "as stored");
		props.put("nameGrams", List.of("as stored"));
		return props;
	}

	@Test
	void anEditWithoutNamesKeepsTheStoredFields() {
		Map<String, Object> props = stored();
		Records.putSearchNamesIfChanged(props, false);
		assertThat(props).containsEntry("names", List.of("as stored"))
			.containsEntry("searchText", "as stored")
			.containsEntry("nameWords", "as stored")
			.containsEntry("nameGrams", List.of("as stored"));
	}

	@Test
	void anEditWithNamesDerivesThemAgain() {
		Map<String, Object> props = stored();
		Records.putSearchNamesIfChanged(props, true);
		assertThat(props.get("names")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.contains("kasi", "천문연");
		assertThat((String) props.get("searchText")).contains("한국천문연구원");
		assertThat(props.get("nameWords")).isNotEqualTo("as stored");
		assertThat(props.get("nameGrams"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.contains("천", "k")
			.doesNotContain(" ", "as stored");
	}

	@Test
	void aRecordMissingAFieldGetsAllOfThem() {
		Map<String, Object> props = stored();
		props.remove("nameWords");
		Records.putSearchNamesIfChanged(props, false);
		assertThat(props.get("names")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.contains("kasi");
		assertThat((String) props.get("nameWords")).isNotBlank();
	}

	@Test
	void aRecordWithoutThePiecesOfItsNamesGetsThem() {
		Map<String, Object> props = stored();
		props.remove("nameGrams");
		Records.putSearchNamesIfChanged(props, false);
		assertThat(props.get("nameGrams"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.contains("천", "천문", "연", "k", "ka");
	}

}
