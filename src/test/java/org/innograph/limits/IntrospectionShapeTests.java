package org.innograph.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import graphql.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard introspection queries (pinned in {@code src/test/resources/introspection},
 * as graphql-js 16 and graphql-java 25 print them) are recognised as reading the schema
 * only, and fit the introspection bound though they are deeper than the data limit;
 * nothing that reads data is taken for introspection.
 */
class IntrospectionShapeTests {

	static final LimitsProperties LIMITS = new LimitsProperties(100_000, 20_000, 3000, 12, 30, 5000, 100, 600, 600,
			Duration.ofMinutes(1), 20, 50);

	static QueryShape shape(String query) {
		return QueryShapeTests.shape(query, Map.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphql-js.graphql", "graphql-js-all-options.graphql", "graphql-java.graphql" })
	void standardIntrospectionQueriesAreIntrospectionWithinTheirBound(String file) throws IOException {
		QueryShapeTests.schema();
		String text = Files.readString(Path.of("src/test/resources/introspection", file));
		QueryShape shape = shape(text);
		System.out.printf("%s: depth %d, %d aliases%n", file, shape.depth(), shape.aliases());
		assertThat(shape.introspection()).isTrue();
		// Deeper than the limit of data queries (which is why they were refused), within
		// their own.
		assertThat(shape.depth()).isGreaterThan(LIMITS.maxDepth()).isLessThanOrEqualTo(LIMITS.maxIntrospectionDepth());
		assertThat(shape.aliases()).isZero();
	}

	@Test
	void dataFieldsAliasedAsIntrospectionAreNotIntrospection() throws IOException {
		QueryShapeTests.schema();
		assertThat(shape("{ __type: entity(key: \"org:kari\") { id } }").introspection()).isFalse();
		assertThat(shape("{ __schema: entities { totalCount } }").introspection()).isFalse();
	}

	@Test
	void anIntrospectionFieldBesideADataFieldIsNotIntrospection() throws IOException {
		QueryShapeTests.schema();
		assertThat(shape("{ __schema { queryType { name } } entity(key: \"org:kari\") { id } }").introspection())
			.isFalse();
		assertThat(shape("query { ...F } fragment F on Query { __typename entities { totalCount } }").introspection())
			.isFalse();
	}

	@Test
	void introspectionThroughFragmentsIsIntrospection() throws IOException {
		QueryShapeTests.schema();
		assertThat(shape("query { ...F } fragment F on Query { __schema { queryType { name } } }").introspection())
			.isTrue();
		assertThat(shape("query { ... on Query { __type(name: \"Entity\") { name } } __typename }").introspection())
			.isTrue();
	}

	@Test
	void aMutationIsNeverIntrospection() throws IOException {
		QueryShapeTests.schema();
		assertThat(shape("mutation { __typename }").introspection()).isFalse();
	}

	@Test
	void anEmptyDocumentIsNotIntrospection() {
		assertThat(QueryShape.of(Parser.parse("fragment F on Query { __typename }"), null, Map.of(), (field) -> null)
			.introspection()).isFalse();
	}

	/**
	 * connectionReport's paths are the items its 'first' counts, as connections' are: the
	 * same size.
	 */
	@Test
	void aConnectionReportCostsWhatConnectionsCost() throws IOException {
		QueryShapeTests.schema();
		String path = "length nodes { id name { ko } } hops { from { id } to { id } relationship { id "
				+ "evidence { quote source { title { ko } } } } }";
		QueryShape connections = shape("{ connections(from: \"a\", to: \"b\", first: 5) { " + path + " } }");
		QueryShape report = shape(
				"{ connectionReport(from: \"a\", to: \"b\", first: 5) { paths { " + path + " } reason } }");
		System.out.printf("connections: %d nodes, %d records; connectionReport: %d nodes, %d records%n",
				connections.nodes(), connections.records(), report.nodes(), report.records());
		assertThat(report.records()).isEqualTo(connections.records()).isLessThanOrEqualTo(LIMITS.maxRecords());
		assertThat(report.nodes()).isEqualTo(connections.nodes());
	}

}
