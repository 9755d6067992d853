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
	void missingNamesAndListsAreSkipped() {
		assertThat(SearchNames.of("카이스트", null, null, List.of())).containsExactly("카이스트");
	}

}
