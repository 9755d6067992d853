package org.innograph.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchNamesTests {

	@Test
	void namesAreLowerCaseWithTheirSpacelessFormsAndNoRepeats() {
		List<String> names = SearchNames.of("대전 우주산업 클러스터", "Daejeon Space Cluster", List.of("DSC", "dsc"),
				List.of("대전우주산업클러스터"));
		assertThat(names).containsExactly("대전 우주산업 클러스터", "대전우주산업클러스터", "daejeon space cluster", "daejeonspacecluster",
				"dsc");
		assertThat(SearchNames.searchText(names))
			.isEqualTo("대전 우주산업 클러스터 대전우주산업클러스터 daejeon space cluster daejeonspacecluster dsc");
	}

	@Test
	void theCharactersAreEveryOneButSpacesOnceEachInOrder() {
		List<String> names = SearchNames.of("대전 우주산업 클러스터", "Space", List.of(), List.of());
		assertThat(SearchNames.characters(names)).containsExactly("대", "전", "우", "주", "산", "업", "클", "러", "스", "터", "s",
				"p", "a", "c", "e");
		// A character outside the Basic Multilingual Plane is one, not two halves.
		assertThat(SearchNames.characters(List.of("𝔸 x"))).containsExactly("𝔸", "x");
		assertThat(SearchNames.characters(List.of())).isEmpty();
	}

	@Test
	void aNameContainsACharacterExactlyWhenTheCharactersHoldIt() {
		List<String> names = SearchNames.of("한국항공우주연구원", "Korea Aerospace Research Institute", List.of("KARI"),
				List.of("항우연"));
		String searchText = SearchNames.searchText(names);
		List<String> characters = SearchNames.characters(names);
		searchText.codePoints().mapToObj(Character::toString).forEach((c) -> {
			if (!c.equals(" ")) {
				assertThat(characters).as(c).contains(c);
			}
		});
		for (String absent : List.of("천", "z", "Q", "-")) {
			assertThat(characters).as(absent).doesNotContain(absent);
			assertThat(searchText).doesNotContain(absent);
		}
	}

	@Test
	void missingNamesAndListsAreSkipped() {
		assertThat(SearchNames.of("카이스트", null, null, List.of())).containsExactly("카이스트");
	}

}
