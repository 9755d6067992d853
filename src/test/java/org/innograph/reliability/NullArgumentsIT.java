package org.innograph.reliability;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.innograph.support.EditorRun;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RecordInputs;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every argument of a read that may be null, given null. GraphQL passes an explicit null
 * on (it puts the schema's default in only for an argument left out), so each such
 * argument is a way for a client to reach a field with a value the field may not expect.
 * The answer must be data or a client error with its code, never {@code INTERNAL_ERROR}
 * or a server status. The arguments come from schema.graphqls, so a new one is probed
 * without a change here; a new type with such arguments fails
 * {@link #everyTypeWithNullableArgumentsHasAPlace} until it has a place below.
 */
// Makes an editor's token (for the editors' reads, e.g. proposals): a write.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class NullArgumentsIT {

	/**
	 * Where each type with such arguments is reached on the seed: the selection before
	 * and after one of its fields.
	 */
	private static final Map<String, List<String>> PLACES = Map.of("Query", List.of("", ""), "Entity",
			List.of("entity(key: \"org:kari\") { ", " }"), "Evidence",
			List.of("entity(key: \"org:kari\") { evidence { ", " } }"), "Relationship",
			List.of("entity(key: \"org:kari\") { relationships(first: 3) { nodes { ", " } } }"), "Fact",
			List.of("entities(first: 40) { nodes { facts { ", " } } }"), "Amounts", List.of("amounts { ", " }"),
			"AmountSum", List.of("amounts { total { ", " } }"), "UnaddedAmount",
			List.of("amounts { notAdded { ", " } }"));

	/**
	 * The type no record of the seed carries, reached on a link the test writes
	 * ({@link #aNullArgumentOfAnAmountIsDataOrAClientError}): the seed's FUNDS links name
	 * the payer of an amount held as a fact, and carry none.
	 */
	private static final String WRITTEN_HERE = "Amount";

	private static final GraphQLSchema SCHEMA = schema();

	@RegisterExtension
	final EditorRun writes = new EditorRun();

	@LocalServerPort
	int port;

	@Test
	void everyTypeWithNullableArgumentsHasAPlace() {
		Set<String> types = new TreeSet<>();
		for (GraphQLType type : SCHEMA.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")
					&& !object.getName().equals("Mutation") && !probes(object).isEmpty()) {
				types.add(object.getName());
			}
		}
		Set<String> placed = new TreeSet<>(PLACES.keySet());
		placed.add(WRITTEN_HERE);
		assertThat(placed).containsExactlyInAnyOrderElementsOf(types);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("places")
	void everyPlaceReachesItsType(String type) {
		List<String> place = PLACES.get(type);
		JsonNode answer = Http.json(send("{ " + place.get(0) + "__typename" + place.get(1) + " }"));
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		assertThat(answer.toString()).contains("\"__typename\":\"" + type + "\"");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void aNullArgumentIsDataOrAClientError(String query) {
		HttpResponse<String> response = send(query);
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		List<String> codes = new ArrayList<>();
		Http.json(response)
			.path("errors")
			.forEach((error) -> codes.add(error.path("extensions").path("code").asString()));
		assertThat(codes).as(response.body()).doesNotContain("INTERNAL_ERROR");
	}

	@Test
	void aNullArgumentOfAnAmountIsDataOrAClientError() {
		String funded = "org:" + this.writes.run() + "-funded";
		Map<String, Object> entity = RecordInputs.entity(funded, "ORGANIZATION");
		Map<String, Object> link = RecordInputs.relationship("FUNDS", "org:kari", funded);
		link.put("amount", Map.of("value", 12.5, "unit", "억 원"));
		JsonNode written = Http.json(
				send("mutation($input: CreateRecordsInput!) { createRecords(input: $input) { relationships { id } } }",
						Map.of("input", Map.of("entities", List.of(entity), "relationships", List.of(link)))));
		assertThat(written.path("errors").isMissingNode()).as(written.toString()).isTrue();

		String around = "{ entity(key: \"" + funded
				+ "\") { relationships(types: [FUNDS]) { nodes { amount { %s } } } } }";
		assertThat(Http.json(send(around.formatted("__typename"))).toString()).contains("\"__typename\":\"Amount\"");
		List<String> probes = probes(SCHEMA.getObjectType(WRITTEN_HERE));
		assertThat(probes).isNotEmpty();
		for (String probe : probes) {
			aNullArgumentIsDataOrAClientError(around.formatted(probe));
		}
	}

	@Test
	void aNullGivenForAnArgumentWithADefaultMeansTheDefault() {
		String grouped = "{ amounts(groupBy: %s) { groupBy buckets { key won } notAddedCount } }";
		JsonNode leftOut = Http.json(send("{ amounts { groupBy buckets { key won } notAddedCount } }"));
		assertThat(leftOut.path("data").path("amounts").path("buckets").size()).isPositive();
		assertThat(Http.json(send(grouped.formatted("null")))).isEqualTo(leftOut);
		assertThat(Http.json(send(grouped.formatted("REGION")))).isNotEqualTo(leftOut);

		String context = "{ entity(key: \"org:kari\") { evidence { context%s { line start end } } } }";
		JsonNode defaults = Http.json(send(context.formatted("")));
		assertThat(defaults.path("errors").isMissingNode()).as(defaults.toString()).isTrue();
		assertThat(Http.json(send(context.formatted("(before: null, after: null)")))).isEqualTo(defaults);
	}

	static Stream<String> places() {
		return PLACES.keySet().stream().sorted();
	}

	static Stream<Arguments> probes() {
		return PLACES.keySet()
			.stream()
			.sorted()
			.flatMap((type) -> probes(SCHEMA.getObjectType(type)).stream()
				.map((selection) -> Arguments
					.of("{ " + PLACES.get(type).get(0) + selection + PLACES.get(type).get(1) + " }")));
	}

	/**
	 * One selection per nullable argument of the type's fields: that argument null, the
	 * required ones given a value of their type.
	 */
	private static List<String> probes(GraphQLObjectType type) {
		List<String> selections = new ArrayList<>();
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			for (GraphQLArgument nulled : field.getArguments()) {
				if (GraphQLTypeUtil.isNonNull(nulled.getType())) {
					continue;
				}
				List<String> arguments = new ArrayList<>();
				arguments.add(nulled.getName() + ": null");
				for (GraphQLArgument other : field.getArguments()) {
					if (other != nulled && GraphQLTypeUtil.isNonNull(other.getType())) {
						arguments.add(other.getName() + ": " + value(other.getType(), other.getName()));
					}
				}
				selections.add(field.getName() + "(" + String.join(", ", arguments) + ")" + subselection(field));
			}
		}
		return selections;
	}

	private static String value(GraphQLInputType type, String name) {
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (bare instanceof GraphQLList list) {
			return "[" + value((GraphQLInputType) list.getWrappedType(), name) + "]";
		}
		if (bare instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		return switch (GraphQLTypeUtil.simplePrint(bare)) {
			case "Int" -> "3";
			case "Float" -> "1.0";
			case "Boolean" -> "true";
			case "Date", "DateOrPartial" -> "\"2023-10-19\"";
			default -> name.equals("to") ? "\"org:kaist\"" : "\"org:kari\"";
		};
	}

	private static String subselection(GraphQLFieldDefinition field) {
		GraphQLType inner = GraphQLTypeUtil.unwrapAll(field.getType());
		return GraphQLTypeUtil.isLeaf(inner) ? "" : " { __typename }";
	}

	private HttpResponse<String> send(String query) {
		return send(query, Map.of());
	}

	private HttpResponse<String> send(String query, Map<String, Object> variables) {
		return RunningApp.send(HttpRequest.newBuilder(new Http(this.port).uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + this.writes.token())
			.POST(HttpRequest.BodyPublishers.ofString(
					Http.JSON.writeValueAsString(Map.of("query", query, "variables", variables)),
					StandardCharsets.UTF_8))
			.build());
	}

	private static GraphQLSchema schema() {
		try {
			return UnExecutableSchemaGenerator
				.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema.graphqls"))));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
