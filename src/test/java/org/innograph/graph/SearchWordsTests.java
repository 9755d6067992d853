package org.innograph.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTests {

	@Test
	void compoundsSplitTheSameWithAndWithoutSpaces() {
		assertThat(SearchWords.of("우주산업클러스터")).containsExactly("우주", "산업", "클러스터");
		assertThat(SearchWords.of("우주 산업 클러스터")).containsExactly("우주", "산업", "클러스터");
	}

	@Test
	void particlesAreDropped() {
		assertThat(SearchWords.of("한국항공우주연구원은")).isEqualTo(SearchWords.of("한국항공우주연구원"));
		assertThat(SearchWords.of("대덕특구에서")).containsExactly("대덕", "특구");
	}

	@Test
	void latinWordsStayWholeAndLowerCase() {
		assertThat(SearchWords.of("MOU autonomous")).containsExactly("mou", "autonomous");
		assertThat(SearchWords.of("Korea Aerospace Research Institute")).containsExactly("korea", "aerospace",
				"research", "institute");
	}

	@Test
	void shortNounsAreKept() {
		// Nori's default stop tags would drop 부, which 산업부 and 중기부 are made of.
		assertThat(SearchWords.of("산업부")).containsExactly("산업", "부");
	}

	@Test
	void wordsOfNamesAreJoinedOnceAndEmptyTextHasNone() {
		assertThat(SearchWords.ofNames(List.of("대전 우주산업클러스터", "우주산업클러스터"))).isEqualTo("대전 우주 산업 클러스터");
		assertThat(SearchWords.of(null)).isEmpty();
		assertThat(SearchWords.of("  ")).isEmpty();
	}

	@Test
	void aTextGivesABoundedNumberOfWords() {
		String many = "가나 ".repeat(10)
				+ String.join(" ", java.util.stream.IntStream.range(0, 100).mapToObj((i) -> "w" + i).toList());
		assertThat(SearchWords.of(many)).hasSize(SearchWords.MAX_WORDS);
	}

}
