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
			"~~~", "카이스트\" OR \"1\"=\"1" })
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
	void emptyTextIsABadRequest() {
		this.graphQl.documentName("search")
			.variable("text", "   ")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
	}

}
