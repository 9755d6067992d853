package org.innograph.sources;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the source texts the service runs, says why each text is missing, and every
 * other read works.
 */
@IntegrationTest
@TestPropertySource(properties = "innograph.sources.texts=target/no-source-texts")
class WithoutSourceTextsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void sourcesSayTheirTextIsNotAvailableAndQuotesHaveNoContext() {
		var response = this.graphQl.document("""
				{ sources { id textAvailable textProblem lineCount lines(from: 1, to: 3) { number } }
				  entity(key: "org:kari") { name { en } evidence { quote context { line } } } }""").execute();
		response.path("sources[*].textAvailable").entityList(Boolean.class).hasSize(5).doesNotContain(true);
		response.path("sources[*].textProblem")
			.entityList(String.class)
			.satisfies(
					(problems) -> assertThat(problems).allSatisfy((problem) -> assertThat(problem).contains("no file")
						.contains("no-source-texts")
						.contains("INNOGRAPH_SOURCE_TEXTS")));
		response.path("sources[*].lines")
			.entityList(Object.class)
			.satisfies(
					(lines) -> assertThat(lines).allSatisfy((page) -> assertThat((java.util.List<?>) page).isEmpty()));
		response.path("entity.name.en").entity(String.class).isEqualTo("Korea Aerospace Research Institute");
		response.path("entity.evidence[*].context")
			.entityList(Object.class)
			.satisfies((contexts) -> assertThat(contexts).isNotEmpty().containsOnlyNulls());
	}

}
