package org.innograph.entity;

import java.util.ArrayList;
import java.util.List;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walking a list of 25+ items in pages of 7 gives every item once, in order, with the
 * right page flags.
 */
@IntegrationTest
class PaginationIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource(textBlock = """
			INDUSTRIAL_COMPLEX, NAME_KO
			COUNCIL,            NAME_EN
			PROGRAM,            DATE
			ORGANIZATION,       DEGREE
			""")
	void pagesOfSevenHaveNoDuplicatesAndNoGaps(String kind, String order) {
		List<String> all = this.graphQl.documentName("entityPage")
			.variable("kinds", List.of(kind))
			.variable("first", 100)
			.variable("orderBy", order)
			.execute()
			.path("entities.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(all).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();

		List<String> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var response = this.graphQl.documentName("entityPage")
				.variable("kinds", List.of(kind))
				.variable("first", 7)
				.variable("after", after)
				.variable("orderBy", order)
				.execute();
			List<String> page = response.path("entities.edges[*].node.id").entityList(String.class).get();
			hasNext = response.path("entities.pageInfo.hasNextPage").entity(Boolean.class).get();
			boolean hasPrevious = response.path("entities.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			assertThat(hasPrevious).isEqualTo(pages > 0);
			assertThat(page).hasSizeLessThanOrEqualTo(7);
			if (hasNext) {
				assertThat(page).hasSize(7);
			}
			walked.addAll(page);
			after = response.path("entities.pageInfo.endCursor").entity(String.class).get();
			pages++;
			assertThat(pages).as("pages").isLessThan(100);
		}
		assertThat(walked).containsExactlyElementsOf(all);
		assertThat(pages).isEqualTo((all.size() + 6) / 7);
	}

}
