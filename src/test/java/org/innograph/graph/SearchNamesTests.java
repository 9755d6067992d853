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
	void theGramsAreEveryCharacterAndPairWithoutASpaceOnceEachInOrder() {
		List<String> names = SearchNames.of("대전 우주", "Sp", List.of(), List.of());
		assertThat(names).containsExactly("대전 우주", "대전우주", "sp");
		// The pair across the space comes from the spaceless copy.
		assertThat(SearchNames.grams(names)).containsExactly("대", "대전", "전", "우", "우주", "주", "전우", "s", "sp", "p");
		// A character outside the Basic Multilingual Plane is one, not two halves.
		assertThat(SearchNames.grams(List.of("𝔸b c"))).containsExactly("𝔸", "𝔸b", "b", "c");
		assertThat(SearchNames.grams(List.of())).isEmpty();
	}

	@Test
	void theSearchTextContainsOneOrTwoCharactersExactlyWhenTheGramsHoldThem() {
		List<String> names = SearchNames.of("한국항공우주연구원", "Korea Aerospace Research Institute", List.of("KARI"),
				List.of("항우연"));
		String searchText = SearchNames.searchText(names);
		List<String> grams = SearchNames.grams(names);
		for (int i = 0; i < searchText.length(); i++) {
			for (int length = 1; length <= 2 && i + length <= searchText.length(); length++) {
				String piece = searchText.substring(i, i + length);
				if (!piece.contains(" ")) {
					assertThat(grams).as(piece).contains(piece);
				}
			}
		}
		assertThat(grams).allSatisfy((gram) -> assertThat(searchText).contains(gram));
		for (String absent : List.of("천", "z", "Q", "-", "주항", "ak")) {
			assertThat(grams).as(absent).doesNotContain(absent);
			assertThat(searchText).doesNotContain(absent);
		}
	}

	@Test
	void missingNamesAndListsAreSkipped() {
		assertThat(SearchNames.of("카이스트", null, null, List.of())).containsExactly("카이스트");
	}

}
