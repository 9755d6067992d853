package org.innograph.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shape of documents read against the schema: every list counted, each fragment
 * walked once.
 */
class QueryShapeTests {

	static GraphQLSchema schema;

	static final QueryShape.ListBounds BOUNDS = new QueryShape.ListBounds(30, 10, 10, 100);

	@BeforeAll
	static void schema() throws IOException {
		schema = UnExecutableSchemaGenerator
			.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema.graphqls"))));
	}

	/**
	 * {@code query { ...F0 }} where each fragment spreads the next twice: 2^levels
	 * expansions unmemoised.
	 */
	static String fanOut(int levels) {
		StringBuilder document = new StringBuilder("query { ...F0 }");
		for (int i = 0; i < levels; i++) {
			document.append(" fragment F")
				.append(i)
				.append(" on Query { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		return document.append(" fragment F").append(levels).append(" on Query { __typename }").toString();
	}

	static QueryShape shape(String query, Map<String, Object> variables) {
		return QueryShape.of(Parser.parse(query), null, variables, schema, BOUNDS,
				System.nanoTime() + Duration.ofSeconds(10).toNanos());
	}

	@Test
	void fragmentFanOutIsWalkedOncePerFragment() {
		for (int levels : new int[] { 26, 40 }) {
			String query = fanOut(levels);
			QueryShape byName = null;
			QueryShape bySchema = null;
			long fastest = Long.MAX_VALUE;
			for (int run = 0; run < 20; run++) {
				long start = System.nanoTime();
				byName = QueryShape.of(Parser.parse(query), null, Map.of(), (field) -> null);
				bySchema = shape(query, Map.of());
				fastest = Math.min(fastest, System.nanoTime() - start);
			}
			System.out.printf("fan-out of %d levels (%d characters): parsed and both shapes in %d µs (fastest of 20)%n",
					levels, query.length(), fastest / 1_000);
			assertThat(byName.depth()).isEqualTo(1);
			assertThat(bySchema.depth()).isEqualTo(1);
			assertThat(bySchema.nodes()).isZero();
			assertThat(bySchema.records()).isZero();
		}
	}

	@Test
	void aliasesAndNodesInFragmentsCountForEverySpread() {
		// Each fragment holds an aliased list of 2 and spreads the next 2 times: counts
		// double per level.
		String query = "{ entities(first: 2) { nodes { ...A } } }"
				+ " fragment A on Entity { x: facts { key } ...B ...B }"
				+ " fragment B on Entity { y: evidence { quote } }";
		QueryShape shape = shape(query, Map.of());
		// entities 2 + per entity: facts 30 + 2 × evidence 10 = 50 records; only the page
		// is nodes.
		assertThat(shape.records()).isEqualTo(2 + 2 * 50);
		assertThat(shape.nodes()).isEqualTo(2);
		assertThat(shape.aliases()).isEqualTo(3);
		String inline = "{ entities(first: 2) { nodes { x: facts { key } y: evidence { quote } y: evidence { quote } } } }";
		assertThat(shape(inline, Map.of())).isEqualTo(shape);
	}

	@Test
	void aFragmentCycleIsRefusedNotWalked() {
		String query = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
		assertThatThrownBy(() -> shape(query, Map.of())).isInstanceOf(QueryShape.FragmentCycle.class)
			.hasMessageContaining("fragment cycles are not allowed");
		assertThatThrownBy(() -> QueryShape.of(Parser.parse(query), null, Map.of(), (field) -> null))
			.isInstanceOf(QueryShape.FragmentCycle.class);
		String self = "query { entity(key: \"a\") { ...E } } fragment E on Entity { id relationships { nodes { from { ...E } } } }";
		assertThatThrownBy(() -> shape(self, Map.of())).isInstanceOf(QueryShape.FragmentCycle.class);
	}

	@Test
	void everyListCountsByItsPageOrItsBound() {
		String query = """
				{ entity(key: "org:kari") {
				    facts { evidence { source { id } } }
				    evidence { quote }
				    sources { id }
				    relationships(first: 10) { nodes { from { id } to { facts { key } } evidence { quote } } }
				} }""";
		// entity 1; facts 30 × (evidence 10 × (1 + source 1)) = 30 + 600; evidence 10;
		// sources 10;
		// relationships 10 × (from 1 + to 1 + 30 facts + 10 evidence) = 10 + 420.
		assertThat(shape(query, Map.of()).records()).isEqualTo(1 + 30 + 600 + 10 + 10 + 10 + 420);
		assertThat(shape(query, Map.of()).nodes()).isEqualTo(10);
	}

	@Test
	void connectionsCountTheirPathsNodesAndHops() {
		String query = "{ connections(from: \"a\", to: \"b\", first: $n) { nodes { id } hops { relationship { id } } } }"
			.replace("$n", "3");
		// 3 paths × (7 nodes + 6 hops × (1 + relationship 1)).
		assertThat(shape(query, Map.of()).records()).isEqualTo(3 + 3 * (7 + 6 * 2));
		assertThat(shape(query, Map.of()).nodes()).isEqualTo(3);
	}

	@Test
	void theBucketsOfCountsAreItsPage() {
		String query = "{ counts(groupBy: MEMBER, first: 5) { total bucketCount pageInfo { endCursor } "
				+ "buckets { key entity { neighbors(first: 10) { totalCount } } } } }";
		// 5 buckets × (entity 1 + 10 neighbours): the buckets are the page 'first'
		// counted, not a list of the other lists' bound (100) on top of it.
		assertThat(shape(query, Map.of()).nodes()).isEqualTo(5 + 5 * 10);
		assertThat(shape(query, Map.of()).records()).isEqualTo(5 + 5 * (1 + 10));
		// Without 'first', or with null, the default page of 100, which the client did
		// not ask for: a largest page set below it cuts it (PageSizes), not refuses it.
		for (String counts : List.of("counts(groupBy: KIND)", "counts(groupBy: KIND, first: null)")) {
			QueryShape defaulted = shape("{ " + counts + " { buckets { key } } }", Map.of());
			assertThat(defaulted.nodes()).isEqualTo(100);
			assertThat(defaulted.largestFirst()).isZero();
		}
	}

	@Test
	void pagesAndIdsComeFromVariables() {
		QueryShape shape = shape(
				"query($n: Int, $ids: [ID!]!) { nodes(ids: $ids) { id } entities(first: $n) { "
						+ "edges { node { neighbors(first: $n) { totalCount } } } } }",
				Map.of("n", 90, "ids", List.of("a", "b", "c")));
		assertThat(shape.nodes()).isEqualTo(3 + 90 + 90 * 90);
		assertThat(shape.records()).isEqualTo(3 + 90 + 90 * 90);
		assertThat(shape.largestFirst()).isEqualTo(90);
	}

	@Test
	void theWalkStopsAtItsDeadline() {
		StringBuilder wide = new StringBuilder("{");
		for (int i = 0; i < 2_000; i++) {
			wide.append(" a").append(i).append(": __typename");
		}
		Document document = Parser.parse(wide.append(" }").toString());
		assertThatThrownBy(() -> QueryShape.of(document, null, Map.of(), schema, BOUNDS, System.nanoTime() - 1))
			.isInstanceOf(QueryShape.TooComplex.class);
	}

	/**
	 * Every document the project's tests send fits the default limits with the default
	 * bounds.
	 */
	@Test
	void theProjectsOwnDocumentsFitTheDefaultLimits() throws IOException {
		LimitsProperties limits = new LimitsProperties(100_000, 20_000, 3000, 12, 30, 5000, 100, 600, 600,
				Duration.ofMinutes(1), 20, 50);
		try (var files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			for (Path file : files.toList()) {
				QueryShape shape = QueryShape.of(Parser.parse(Files.readString(file)), null, Map.of("first", 20),
						schema, limits.listBounds(), System.nanoTime() + Duration.ofSeconds(10).toNanos());
				System.out.printf("%s: %d nodes, %d records%n", file.getFileName(), shape.nodes(), shape.records());
				assertThat(shape.nodes()).as(file.toString()).isLessThanOrEqualTo(limits.maxNodes());
				assertThat(shape.records()).as(file.toString()).isLessThanOrEqualTo(limits.maxRecords());
			}
		}
	}

	/**
	 * The engine's own validation of the same documents must not be the slow part either.
	 */
	@Test
	void validationOfFanOutAndCyclesIsCheap() {
		for (int levels : new int[] { 26, 40 }) {
			Document document = Parser.parse(fanOut(levels));
			List<ValidationError> errors = null;
			long fastest = Long.MAX_VALUE;
			for (int run = 0; run < 20; run++) {
				long start = System.nanoTime();
				errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
				fastest = Math.min(fastest, System.nanoTime() - start);
			}
			System.out.printf("validation of a fan-out of %d levels: %d µs (fastest of 20), %d errors%n", levels,
					fastest / 1_000, errors.size());
			assertThat(errors).isEmpty();
		}
		Document cycle = Parser.parse("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
		assertThat(new Validator().validateDocument(schema, cycle, Locale.ENGLISH))
			.anySatisfy((error) -> assertThat(error.getMessage()).containsIgnoringCase("cycle"));
	}

}
