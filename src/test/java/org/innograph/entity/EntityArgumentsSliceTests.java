package org.innograph.entity;

import java.util.Collections;
import java.util.Optional;

import org.innograph.api.WebProperties;
import org.innograph.limits.LimitsProperties;
import org.innograph.support.ScalarConfigurations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The entity queries' arguments are checked in the controller, before anything reaches
 * the database: a GraphQL slice (schema, controller, error codes, query limits; no web
 * server, no database). The readers are stand-ins that must not be called where the
 * arguments are refused; what the reads return from a real database is the integration
 * tests' part (PaginationIT, EntityListsIT); the one stand-in that answers says "nothing
 * found", for the NOT_FOUND error.
 */
@GraphQlTest(controllers = EntityController.class,
		includeFilters = @Filter(type = FilterType.CUSTOM, classes = ScalarConfigurations.class))
class EntityArgumentsSliceTests {

	@Autowired
	GraphQlTester graphQl;

	/**
	 * The properties the controller and the query limits read; a slice leaves the
	 * application's scan out.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ WebProperties.class, LimitsProperties.class })
	@org.springframework.context.annotation.Import(org.innograph.limits.PageSizes.class)
	static class Properties {

	}

	@MockitoBean
	EntityReads reads;

	@MockitoBean
	NodeLookup nodes;

	@Test
	void anUnknownKeyIsNotFoundAndNamesTheKey() {
		// The stand-in answers "nothing found", as a database without that key does.
		given(this.reads.entity("org:nobody")).willReturn(Optional.empty());
		this.graphQl.document("{ entity(key: \"org:nobody\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
				assertThat(error.getMessage()).isEqualTo("No entity with key 'org:nobody'");
			}))
			.path("entity")
			.valueIsNull();
	}

	private void nothingReachedTheDatabase() {
		verifyNoInteractions(this.reads, this.nodes);
	}

	@Test
	void firstOutsideTheRangeIsABadRequest() {
		this.graphQl.document("{ entities(first: 0) { totalCount } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("'first' must be between 1 and 100, was 0");
				assertThat(error.getPath()).isEqualTo("entities");
			});
		});
		nothingReachedTheDatabase();
	}

	/**
	 * The largest page by default, in the document check that runs before any resolver.
	 * The integration tests run with a raised limit (IntegrationTest.MAX_PAGE_SIZE), so
	 * the default is checked here.
	 */
	@Test
	void aPageAboveTheDefaultHundredIsRefusedBeforeAnyResolver() {
		this.graphQl.document("{ entities(first: 101) { totalCount } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED");
				assertThat(error.getMessage()).contains("'first' may be at most 100.");
			});
		});
		nothingReachedTheDatabase();
	}

	@Test
	void aCursorThisApiDidNotIssueIsABadRequest() {
		this.graphQl.document("{ entities(first: 5, after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("'after' is not a cursor this API issued: not-a-cursor");
			}));
		nothingReachedTheDatabase();
	}

	@Test
	void moreThanAHundredIdsAreABadRequest() {
		this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }")
			.variable("ids", Collections.nCopies(101, "org:kari"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("'ids' takes at most 100 ids, was 101");
			}));
		nothingReachedTheDatabase();
	}

	@Test
	void anArgumentOfTheWrongTypeIsRefusedByTheSchemaWithoutACall() {
		this.graphQl.document("{ entities(first: \"many\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getErrorType().toString()).isEqualTo("ValidationError")));
		nothingReachedTheDatabase();
	}

}
