package org.innograph.search;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search by Korean name, alias, acronym, partial and one-syllable text; user text is only
 * ever text.
 */
@IntegrationTest
class SearchIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@ValueSource(strings = { "카이스트", "KAIST", "한국과학기술원", "kaist", " 한국과학기술원 " })
	void findsKaistFirst(String text) {
		var response = this.graphQl.documentName("search").variable("text", text).execute();
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo("org:kaist");
		response.path("search.edges[0].match").entity(String.class).isEqualTo("EXACT");
	}

	@Test
	void findsKariByAPartialName() {
		this.graphQl.documentName("search")
			.variable("text", "항공우주연구")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.contains("org:kari");
	}

	@Test
	void oneSyllableStillFindsSomething() {
		var response = this.graphQl.documentName("search").variable("text", "천").variable("first", 100).execute();
		response.path("search.edges[*].node.id").entityList(String.class).contains("org:kasi", "region:cheonan");
		response.path("search.totalCount").entity(Long.class).satisfies((n) -> assertThat(n).isGreaterThan(1));
	}

	@Test
	void kindsNarrowTheResults() {
		this.graphQl.documentName("search")
			.variable("text", "대전")
			.variable("kinds", java.util.List.of("REGION"))
			.execute()
			.path("search.edges[*].node.kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).isNotEmpty().containsOnly("REGION"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "KAIST*", "\") OR 1=1 //", "a:b AND c", "'; MATCH (n) DETACH DELETE n //", "\\", "[{(",
			"~~~", "카이스트\" OR \"1\"=\"1", "*", "\"", "(" })
	void operatorCharactersAreSearchedAsText(String text) {
		this.graphQl.documentName("search")
			.variable("text", text)
			.execute()
			.errors()
			.verify()
			.path("search.totalCount")
			.entity(Long.class)
			.satisfies((n) -> assertThat(n).isNotNegative());
		this.graphQl.document("{ entity(key: \"org:kaist\") { id } }")
			.execute()
			.path("entity.id")
			.entity(String.class)
			.isEqualTo("org:kaist");
	}

	@Test
	void aPlanCodeFindsItsItemFirst() {
		var response = this.graphQl.documentName("search").variable("text", "1-1-4").execute();
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo("item:1-1-4");
		response.path("search.edges[0].match").entity(String.class).isEqualTo("CODE");
		response.path("search.edges[0].matchedName").entity(String.class).isEqualTo("1-1-4");
	}

	@ParameterizedTest
	@ValueSource(strings = { "23", "No.23", "23번" })
	void aCouncilNumberAmongCouncilsFindsThatCouncilFirst(String text) {
		var response = this.graphQl.documentName("search")
			.variable("text", text)
			.variable("kinds", java.util.List.of("COUNCIL"))
			.execute();
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo("council:003-23-convergence-bio");
		response.path("search.edges[0].match").entity(String.class).isEqualTo("CODE");
	}

	@Test
	void aWordOnlyADescriptionHasFindsItWithThePassage() {
		var response = this.graphQl.documentName("search").variable("text", "열진공").execute();
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo("program:space-smart-specialization");
		response.path("search.edges[0].match").entity(String.class).isEqualTo("DESCRIPTION");
		response.path("search.edges[0].snippet").entity(String.class).isEqualTo("열진공챔버 등 우주장비 구축");
	}

	@Test
	void aQuoteMatchIsLabelledAsOne() {
		var response = this.graphQl.documentName("search").variable("text", "경진대회").execute();
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo("program:rise");
		response.path("search.edges[0].match").entity(String.class).isEqualTo("QUOTE");
		response.path("search.edges[0].snippet")
			.entity(String.class)
			.satisfies((snippet) -> assertThat(snippet).contains("경진대회"));
	}

	@Test
	void latinWordsMatchWholeOnly() {
		this.graphQl.documentName("search")
			.variable("text", "MOU")
			.variable("first", 100)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.contains("agreement:daejeon-space-mou-2023")
			.doesNotContain("program:chungcheong-autonomous-driving-zone");
	}

	@Test
	void aNameMatchHasNoSnippetAndEveryHitSaysWhy() {
		var response = this.graphQl.documentName("search").variable("text", "우주").variable("first", 100).execute();
		response.path("search.edges[0].snippet").valueIsNull();
		response.path("search.edges[*].match")
			.entityList(String.class)
			.satisfies((matches) -> assertThat(matches).isNotEmpty()
				.allSatisfy((match) -> assertThat(match).isIn("CODE", "EXACT", "PREFIX", "WORD", "PARTIAL",
						"DESCRIPTION", "FACT", "QUOTE")));
	}

	@Test
	void filtersOfEntitiesNarrowTheHits() {
		// Councils focused on advanced manufacturing: of the councils named 협의체, only
		// those.
		var all = this.graphQl.documentName("search")
			.variable("text", "협의체")
			.variable("kinds", java.util.List.of("COUNCIL"))
			.variable("first", 100)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
		this.graphQl.documentName("search")
			.variable("text", "협의체")
			.variable("kinds", java.util.List.of("COUNCIL"))
			.variable("sector", "sector:003-advanced-manufacturing")
			.variable("first", 100)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).isNotEmpty()
				.hasSizeLessThan(all.intValue())
				.contains("council:003-15-advanced-manufacturing-dx")
				.doesNotContain("council:003-20-aerospace"));
	}

	@Test
	void anUnknownIdInAFilterIsNotFoundNamingTheArgument() {
		this.graphQl.documentName("search")
			.variable("text", "대전")
			.variable("region", "region:atlantis")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
				assertThat(error.getMessage()).contains("region");
			}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "대", "a", "e" })
	void theLargestAnswersStayBounded(String text) {
		// One character in many names: every branch reads at most LIMIT candidates.
		this.graphQl.documentName("search")
			.variable("text", text)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.satisfies((n) -> assertThat(n).isPositive().isLessThanOrEqualTo(SearchStatements.MAX_CANDIDATES));
	}

	@Test
	void theLongestTextIsAnsweredAndOneLongerIsABadRequest() {
		String longest = "한국항공우주연구원 KARI 1-1-4 ".repeat(10).substring(0, SearchController.MAX_LENGTH);
		this.graphQl.documentName("search")
			.variable("text", longest)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.satisfies((n) -> assertThat(n).isNotNegative());
		this.graphQl.documentName("search")
			.variable("text", longest + "가")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
	}

	@Test
	void emptyTextIsABadRequest() {
		this.graphQl.documentName("search")
			.variable("text", "   ")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
	}

}
