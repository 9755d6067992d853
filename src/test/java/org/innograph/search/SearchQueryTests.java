package org.innograph.search;

import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTests {

	@ParameterizedTest
	@ValueSource(strings = { "No.23", "no. 23", "NO 23", "23번", "제23호", "23" })
	void theWaysToWriteACouncilNumberGiveTheNumber(String text) {
		assertThat(SearchQuery.of(text).codes()).contains("23");
	}

	@Test
	void planCodesAreCodesAsWritten() {
		assertThat(SearchQuery.of("1-1-4").codes()).containsExactly("1-1-4");
		assertThat(SearchQuery.of("4-2-2.4").codes()).containsExactly("4-2-2.4");
		assertThat(SearchQuery.of("2차").codes()).containsExactly("2차");
		assertThat(SearchQuery.of("카이스트").codes()).containsExactly("카이스트");
	}

	@Test
	void textIsNormalisedAndBounded() {
		SearchQuery query = SearchQuery.of("  우주  산업 클러스터 ");
		assertThat(query.text()).isEqualTo("우주 산업 클러스터");
		assertThat(query.compact()).isEqualTo("우주산업클러스터");
		assertThat(SearchQuery.of("가".repeat(SearchQuery.MAX_LENGTH)).text()).hasSize(SearchQuery.MAX_LENGTH);
		assertThatThrownBy(() -> SearchQuery.of("가".repeat(SearchQuery.MAX_LENGTH + 1)))
			.isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> SearchQuery.of("  ")).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> SearchQuery.of(null)).isInstanceOf(ApiException.class);
	}

	@Test
	void aTrailingParticleGivesAFragmentWithoutIt() {
		assertThat(SearchQuery.of("천문연의").fragments()).containsExactly("천문연의", "천문연");
		assertThat(SearchQuery.of("대덕특구에서").withoutParticle()).isEqualTo("대덕특구");
		// Too short to be a name and a particle; Latin text has no particles.
		assertThat(SearchQuery.of("궁").withoutParticle()).isNull();
		assertThat(SearchQuery.of("kaist").withoutParticle()).isNull();
	}

	@Test
	void fragmentsOfOneOrTwoCharactersAreTermsOfTheGramIndexAndLongerOnesSubstrings() {
		assertThat(SearchQuery.of("국").substringFragments()).isEmpty();
		assertThat(SearchQuery.of("국").gramKeys()).containsExactly("\"국\"");
		assertThat(SearchQuery.of("한국").substringFragments()).isEmpty();
		assertThat(SearchQuery.of("한국").gramKeys()).containsExactly("\"한국\"");
		assertThat(SearchQuery.of("한국화").substringFragments()).containsExactly("한국화");
		assertThat(SearchQuery.of("한국화").gramKeys()).isEmpty();
		// "a b" is three characters as written and two without its space.
		assertThat(SearchQuery.of("a b").substringFragments()).containsExactly("a b");
		assertThat(SearchQuery.of("a b").gramKeys()).containsExactly("\"ab\"");
		assertThat(SearchQuery.of("천문연의").substringFragments()).containsExactly("천문연의", "천문연");
		// An operator typed alone is text; a character outside the Basic Multilingual
		// Plane is one character, as SearchNames counts it.
		assertThat(SearchQuery.of("*").gramKeys()).containsExactly("\"\\*\"");
		assertThat(SearchQuery.of("\"").gramKeys()).containsExactly("\"\\\"\"");
		assertThat(SearchQuery.of("𝔸").gramKeys()).containsExactly("\"𝔸\"");
		assertThat(SearchQuery.of("𝔸").substringFragments()).isEmpty();
		assertThat(SearchQuery.of("𝔸𝔸").gramKeys()).containsExactly("\"𝔸𝔸\"");
	}

	@Test
	void exactKeysAreWholeTermsOfTheTextWithoutSpacesAndWithoutAParticle() {
		assertThat(SearchQuery.of("대").exactKeys()).isEqualTo("\"대\"");
		assertThat(SearchQuery.of("우주 산업").exactKeys()).isEqualTo("\"우주 산업\" OR \"우주산업\"");
		assertThat(SearchQuery.of("천문연의").exactKeys()).isEqualTo("\"천문연의\" OR \"천문연\"");
	}

	@Test
	void prefixKeysKeepSpacesInsideTheTermAndEscapeOperators() {
		assertThat(SearchQuery.of("대").prefixKeys()).isEqualTo("대*");
		assertThat(SearchQuery.of("우주 산").prefixKeys()).isEqualTo("우주\\ 산* OR 우주산*");
		// A wildcard or operator typed by the user is text, not syntax.
		assertThat(SearchQuery.of("a*b:(c)").prefixKeys()).isEqualTo("a\\*b\\:\\(c\\)*");
		assertThat(SearchQuery.of("\"x").exactKeys()).isEqualTo("\"\\\"x\"");
	}

	@Test
	void operatorCharactersAreEscapedInEveryLuceneQuery() {
		SearchQuery query = SearchQuery.of("c++ \"a:b\"");
		assertThat(query.phrase()).startsWith("\"c\\+\\+ \\\"a\\:b\\\"\"");
		assertThat(SearchQuery.of("kaist*").wordQuery()).doesNotContain("*\"").startsWith("+");
		// One character: the cjk analyser has no pair to match, so no phrase is sent.
		assertThat(SearchQuery.of("천").phrase()).isNull();
	}

	@Test
	void everyWordOfTheTextIsRequired() {
		assertThat(SearchQuery.of("우주 산업").wordQuery()).isEqualTo("+우주 +산업");
	}

	@Test
	void latinWordsMatchOnlyWhole() {
		assertThat(SearchRanking.contains("chungcheong autonomous-driving zone", "mou")).isFalse();
		assertThat(SearchRanking.contains("daejeon space mou", "mou")).isTrue();
		assertThat(SearchRanking.contains("daejeon triangle cluster", "ust")).isFalse();
		assertThat(SearchRanking.contains("산업혁신기술지원플랫폼(i-platform) 사업", "i-platform")).isTrue();
		// Korean matches inside a word: compounds are written without spaces.
		assertThat(SearchRanking.contains("한국항공우주연구원", "항공우주")).isTrue();
	}

	@Test
	void aSnippetIsCutAroundTheMatch() {
		String text = "가".repeat(100) + "열진공챔버 등 우주장비 구축" + "나".repeat(100);
		String snippet = SearchRanking.snippet(SearchQuery.of("열진공"), text);
		assertThat(snippet).startsWith("…").endsWith("…").contains("열진공챔버");
		assertThat(snippet.length()).isLessThanOrEqualTo(2 * SearchRanking.CONTEXT + "열진공".length() + 2);
		assertThat(SearchRanking.snippet(SearchQuery.of("우주 장비"), "우주장비 구축")).isEqualTo("우주장비 구축");
		assertThat(SearchRanking.snippet(SearchQuery.of("없는말"), text)).isNull();
	}

	@Test
	void hitsAreRankedByMatchThenByHowCloseTheNameIs() {
		List<SearchRanking.Candidate> candidates = List.of(candidate("org:a", "항공우주 시험장", List.of(), "NAME"),
				candidate("org:b", "항공우주", List.of(), "NAME"), candidate("org:c", "한국항공우주연구원", List.of(), "NAME"),
				candidate("org:d", "다른 이름", List.of("항공우주"), "NAME"));
		List<SearchRanking.Hit> hits = SearchRanking.rank(SearchQuery.of("항공우주"), candidates, WordMatching.NORI);
		assertThat(hits).extracting((hit) -> hit.entity().id() + " " + hit.match())
			.containsExactly("org:b EXACT", "org:d EXACT", "org:a PREFIX", "org:c WORD");
	}

	@Test
	void aCandidateThatNoNameOrTextMatchesIsNoHit() {
		// The index's syllable pairs are not a match: 테스트베드 shares only 스트 with 카이스트.
		List<SearchRanking.Candidate> candidates = List
			.of(candidate("item:1-2-1", "테스트베드 실증도시 대전 구현", List.of(), "WORD"));
		assertThat(SearchRanking.rank(SearchQuery.of("카이스트"), candidates, WordMatching.NORI)).isEmpty();
	}

	private static SearchRanking.Candidate candidate(String id, String nameKo, List<String> aliases, String via) {
		Map<String, Object> node = Map.of("id", id, "kind", "Organization", "nameKo", nameKo, "nameEn", id, "aliases",
				aliases);
		return new SearchRanking.Candidate(node, via, List.of(), 0);
	}

}
