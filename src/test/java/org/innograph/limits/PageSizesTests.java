package org.innograph.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A page request is bounded by the configured largest page, whether it is raised or
 * lowered from 100.
 */
class PageSizesTests {

	@Test
	void aRaisedLimitLetsLargerPagesThroughAndStopsAtItself() {
		PageSizes sizes = new PageSizes(limits(250));
		assertThat(sizes.paging(250, null, "list").first()).isEqualTo(250);
		assertThat(sizes.paging(101, null, "list").first()).isEqualTo(101);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(251, null, "list"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.withMessageContaining("between 1 and 250");
	}

	@Test
	void aLoweredLimitRefusesWhatTheDefaultWouldAllowAndShrinksTheDefaultPage() {
		PageSizes sizes = new PageSizes(limits(10));
		assertThat(sizes.paging(10, null, "list").first()).isEqualTo(10);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(11, null, "list"))
			.withMessageContaining("between 1 and 10");
		// Without 'first', the default page (20) is cut to the configured largest.
		assertThat(sizes.paging(null, null, "list").first()).isEqualTo(10);
	}

	@Test
	void theDefaultLimitIsAHundred() {
		PageSizes sizes = new PageSizes(limits(100));
		assertThat(sizes.paging(null, null, "list").first()).isEqualTo(20);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(101, null, "list"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(0, null, "list"));
	}

	/**
	 * A field's default page is its schema's default, however the client leaves
	 * {@code first} unset: left out, given as null, or a variable given as null or not
	 * given. GraphQL fills the default in only in the first and the last case.
	 */
	@Test
	void aFirstLeftOutOrNullGivesTheFieldsOwnDefaultPage() {
		PageSizes sizes = new PageSizes(limits(100));
		for (String counts : List.of("{ counts(groupBy: KIND) { total } }",
				"{ counts(groupBy: KIND, first: null) { total } }",
				"query($n: Int) { counts(groupBy: KIND, first: $n) { total } }")) {
			assertThat(pagesAsked(sizes, counts, Map.of())).as(counts).containsExactly(100);
		}
		Map<String, Object> nullN = new HashMap<>();
		nullN.put("n", null);
		assertThat(pagesAsked(sizes, "query($n: Int) { counts(groupBy: KIND, first: $n) { total } }", nullN))
			.containsExactly(100);
		assertThat(pagesAsked(sizes, "query($n: Int) { counts(groupBy: KIND, first: $n) { total } }", Map.of("n", 7)))
			.containsExactly(7);
		assertThat(pagesAsked(sizes, "{ entities(first: null) { totalCount } }", Map.of())).containsExactly(20);
	}

	/**
	 * A largest page set below a field's default cuts the default page; it refuses only a
	 * {@code first} the client gave.
	 */
	@Test
	void aLoweredLimitCutsAFieldsLargerDefaultPage() {
		PageSizes sizes = new PageSizes(limits(50));
		assertThat(pagesAsked(sizes, "{ counts(groupBy: KIND) { total } }", Map.of())).containsExactly(50);
		assertThat(pagesAsked(sizes, "{ counts(groupBy: KIND, first: null) { total } }", Map.of())).containsExactly(50);
		assertThat(pagesAsked(sizes, "{ counts(groupBy: KIND, first: 51) { total } }", Map.of()))
			.containsExactly("'first' must be between 1 and 50, was 51");
	}

	/**
	 * The lists of one sum have a default page (100, 20) and no configured largest: a
	 * null {@code first} gives the default.
	 */
	@Test
	void aListWithoutPagingSettingsGivesItsDefaultForNull() {
		List<Object> seen = new ArrayList<>();
		GraphQLCodeRegistry registry = schema.getCodeRegistry()
			.transform((code) -> code
				.dataFetcher(FieldCoordinates.coordinates("Query", "amounts"), (DataFetcher<Object>) (env) -> Map.of())
				.dataFetcher(FieldCoordinates.coordinates("Amounts", "notAdded"), (DataFetcher<Object>) (env) -> {
					seen.add(DefaultPages.orDefault(env.getArgument("first"), env));
					return List.of();
				}));
		ExecutionResult result = GraphQL.newGraphQL(schema.transform((builder) -> builder.codeRegistry(registry)))
			.build()
			.execute(
					"{ amounts { a: notAdded(first: null) { explanation } b: notAdded { explanation } c: notAdded(first: 3) { explanation } } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(seen).containsExactly(100, 100, 3);
	}

	/**
	 * What {@code sizes} made of {@code Query.counts}' or {@code Query.entities}' page
	 * request in {@code document}: the page size, or the refusal's message.
	 */
	private static List<Object> pagesAsked(PageSizes sizes, String document, Map<String, Object> variables) {
		List<Object> seen = new ArrayList<>();
		DataFetcher<Object> recording = (env) -> {
			try {
				seen.add(sizes.paging(env.getArgument("first"), env.getArgument("after"), env).first());
			}
			catch (ApiException ex) {
				seen.add(ex.getMessage());
			}
			return null;
		};
		GraphQLCodeRegistry registry = schema.getCodeRegistry()
			.transform((code) -> code.dataFetcher(FieldCoordinates.coordinates("Query", "counts"), recording)
				.dataFetcher(FieldCoordinates.coordinates("Query", "entities"), recording));
		GraphQL.newGraphQL(schema.transform((builder) -> builder.codeRegistry(registry)))
			.build()
			.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
		return seen;
	}

	private static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws IOException {
		schema = UnExecutableSchemaGenerator
			.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema.graphqls"))));
	}

	private static LimitsProperties limits(int maxPageSize) {
		return new LimitsProperties(100_000, 20_000, 3000, 12, 30, 5000, maxPageSize, 600, 600, Duration.ofMinutes(1),
				20, 50);
	}

}
