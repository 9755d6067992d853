package org.innograph.reliability;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.Unthrottled;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzzer: a few thousand documents generated from schema.graphqls — typed
 * selections with random arguments and aliases, deep and circular fragments, huge and
 * odd-unicode arguments, variables of the wrong type, and byte-level mutations of all of
 * these — sent to the running application. Each answer must come without a server error
 * (no 5xx, no {@code INTERNAL_ERROR}), within 15 s (a stall detector, not a performance
 * bound) and within the response ceiling. The seed is fixed and printed;
 * {@code -Dfuzz.seed=…} replays another.
 */
@IntegrationTest
@Unthrottled
class GraphQlFuzzIT {

	/**
	 * Documents of a default run: 2,500 cost about 40 s of every build, and the run
	 * prints how many kinds of answer (status and error codes) it met and at which
	 * document the last new one came, which is how this number is checked. Deep runs take
	 * more: {@code -Dfuzz.documents=20000 -Dfuzz.budget-seconds=900}.
	 */
	private static final int DOCUMENTS = Integer.getInteger("fuzz.documents", 600);

	/**
	 * The run stops early, with what it has checked, rather than outlast its place in the
	 * build.
	 */
	private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.budget-seconds", 45));

	/**
	 * Longer than the read timeout (10 s, after which the database stops a query and the
	 * answer is TIMEOUT), so that only an answer that never comes counts as a stall.
	 */
	private static final Duration STALL = Duration.ofSeconds(15);

	private static final List<String> KEYS = List.of("org:kari", "org:kaist", "region:daejeon",
			"agreement:daejeon-space-mou-2023", "rel:org:kari>PARTY_TO>agreement:daejeon-space-mou-2023", "nope", "");

	private static final List<String> ODD = List.of("\u0000", "\u0001", "\u202e", "\ud83d\ude80", "\ufeff", "\"", "\\",
			"우주", "'; MATCH (n) DETACH DELETE n //", "`", "$x", "{", "\n", "\u2028", "\udc00");

	@LocalServerPort
	int port;

	@Test
	void randomAndMutatedDocumentsNeverBreakTheServer() throws IOException {
		long seed = Long.getLong("fuzz.seed", 20261130L);
		System.out.println("GraphQlFuzzIT: seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		Generator generator = new Generator(new Random(seed), UnExecutableSchemaGenerator
			.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema.graphqls")))));
		Map<Integer, Integer> statuses = new TreeMap<>();
		// Each kind of answer (status and error codes) with the document that first gave
		// it: how many
		// documents a run needs to see them all.
		Map<String, Integer> kinds = new TreeMap<>();
		long largest = 0;
		long slowest = 0;
		String slowestDocument = "";
		long deadline = System.nanoTime() + BUDGET.toNanos();
		int sent = 0;
		while (sent < DOCUMENTS && System.nanoTime() < deadline) {
			Map<String, Object> body = generator.request();
			String json = Http.JSON.writeValueAsString(body);
			long start = System.nanoTime();
			sent++;
			String replay = "document " + sent + " of seed " + seed + ": " + abbreviated(json);
			HttpResponse<String> response;
			try {
				response = send(json);
			}
			catch (IllegalStateException ex) {
				// The application runs in this JVM: where its threads wait is the
				// diagnosis.
				StringBuilder threads = new StringBuilder();
				Thread.getAllStackTraces().forEach((thread, stack) -> {
					if (thread.getName().contains("exec") || thread.getName().startsWith("document-analysis")) {
						threads.append('\n').append(thread.getName()).append(' ').append(thread.getState());
						for (int i = 0; i < Math.min(stack.length, 25); i++) {
							threads.append("\n\tat ").append(stack[i]);
						}
					}
				});
				System.out.println("GraphQlFuzzIT: threads at the stall:" + threads);
				throw new AssertionError("No answer within " + STALL.toSeconds() + " s to " + replay, ex);
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (millis > slowest) {
				slowestDocument = abbreviated(json);
			}
			int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
			statuses.merge(response.statusCode(), 1, Integer::sum);
			kinds.putIfAbsent(kind(response), sent);
			largest = Math.max(largest, bytes);
			slowest = Math.max(slowest, millis);
			assertThat(response.statusCode()).as(replay + "\n→ " + abbreviated(response.body())).isLessThan(500);
			// A client's input, however odd, is answered with a client error: an internal
			// error in a 200 is a fault all the same.
			assertThat(kind(response)).as(replay + "\n→ " + abbreviated(response.body()))
				.doesNotContain("INTERNAL_ERROR");
			assertThat(bytes).as(replay).isLessThanOrEqualTo((int) Unthrottled.CEILING);
		}
		System.out.printf("GraphQlFuzzIT: %d documents, statuses %s, largest answer %d bytes, slowest %d ms%n", sent,
				statuses, largest, slowest);
		System.out.println("GraphQlFuzzIT: the slowest was " + slowestDocument);
		System.out.printf("GraphQlFuzzIT: %d kinds of answer, the last new one at document %d: %s%n", kinds.size(),
				kinds.values().stream().mapToInt(Integer::intValue).max().orElse(0), kinds);
		// A quiet machine gets through all of them; a busy build machine (2 cores shared
		// by several builds)
		// may manage only a few hundred in the budget. Fewer than 100 means the server
		// itself is stuck.
		assertThat(sent).isGreaterThanOrEqualTo(100);
	}

	private HttpResponse<String> send(String json) {
		return RunningApp.send(HttpRequest.newBuilder(new Http(this.port).uri("/graphql"))
			.timeout(STALL)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	/**
	 * The status and the sorted, distinct error codes of an answer, e.g.
	 * {@code 200 [BAD_REQUEST]}.
	 */
	private static String kind(HttpResponse<String> response) {
		java.util.SortedSet<String> codes = new java.util.TreeSet<>();
		try {
			Http.JSON.readTree(response.body())
				.path("errors")
				.forEach((error) -> codes.add(error.path("extensions").path("code").asString("-")));
		}
		catch (RuntimeException ex) {
			codes.add("not JSON");
		}
		return response.statusCode() + " " + codes;
	}

	private static String abbreviated(String text) {
		return (text.length() <= 600) ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
	}

	/** Documents and variables from the schema, by a seeded Random. */
	static final class Generator {

		private final Random random;

		private final GraphQLSchema schema;

		private int aliases;

		Generator(Random random, GraphQLSchema schema) {
			this.random = random;
			this.schema = schema;
		}

		Map<String, Object> request() {
			Map<String, Object> body = new LinkedHashMap<>();
			int kind = this.random.nextInt(100);
			if (kind < 40) {
				body.put("query", query());
			}
			else if (kind < 55) {
				body.put("query", mutate(query()));
			}
			else if (kind < 65) {
				body.put("query", fragments());
			}
			else if (kind < 80) {
				withVariables(body);
			}
			else if (kind < 88) {
				body.put("query", manyAliases());
			}
			else if (kind < 94) {
				body.put("query", mutate(mutate(fragments())));
			}
			else {
				body.put("query", "mutation { createEntity(input: {id: " + quoted(text()) + ", kind: ORGANIZATION, "
						+ "name: {ko: " + quoted(text()) + "}, evidence: []}) { version } }");
			}
			if (this.random.nextInt(10) == 0) {
				body.put("operationName", this.random.nextBoolean() ? "Nope" : text());
			}
			return body;
		}

		String query() {
			this.aliases = 0;
			return "{ " + selections(this.schema.getQueryType(), 1 + this.random.nextInt(6)) + " }";
		}

		private String selections(GraphQLFieldsContainer type, int depth) {
			List<GraphQLFieldDefinition> fields = type.getFieldDefinitions();
			StringBuilder out = new StringBuilder();
			int count = 1 + this.random.nextInt(3);
			for (int i = 0; i < count; i++) {
				GraphQLFieldDefinition field = fields.get(this.random.nextInt(fields.size()));
				if (this.random.nextInt(4) == 0) {
					out.append('a').append(this.aliases++).append(": ");
				}
				out.append(field.getName()).append(arguments(field.getArguments()));
				GraphQLType inner = GraphQLTypeUtil.unwrapAll(field.getType());
				if (inner instanceof GraphQLFieldsContainer container) {
					out.append(" { ");
					if (depth <= 0 || this.random.nextInt(5) == 0) {
						out.append("__typename");
					}
					else if (container instanceof GraphQLInterfaceType) {
						GraphQLObjectType concrete = this.schema.getImplementations((GraphQLInterfaceType) container)
							.get(this.random
								.nextInt(this.schema.getImplementations((GraphQLInterfaceType) container).size()));
						out.append("id ... on ")
							.append(concrete.getName())
							.append(" { ")
							.append(selections(concrete, depth - 1))
							.append(" }");
					}
					else {
						out.append(selections(container, depth - 1));
					}
					out.append(" }");
				}
				out.append(' ');
			}
			return out.toString();
		}

		private String arguments(List<GraphQLArgument> arguments) {
			List<String> given = new ArrayList<>();
			for (GraphQLArgument argument : arguments) {
				boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
				if (required ? this.random.nextInt(20) != 0 : this.random.nextInt(3) == 0) {
					given.add(argument.getName() + ": " + literal(argument.getType(), 0));
				}
			}
			if (this.random.nextInt(30) == 0) {
				given.add("nope: 1");
			}
			return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
		}

		private String literal(GraphQLInputType type, int nesting) {
			if (this.random.nextInt(25) == 0) {
				return List.of("null", "1", "\"x\"", "[]", "{}", "ORGANIZATION", "true").get(this.random.nextInt(7));
			}
			GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
			if (bare instanceof GraphQLList list && nesting < 3) {
				int size = (this.random.nextInt(10) == 0) ? 150 : this.random.nextInt(4);
				List<String> items = new ArrayList<>();
				for (int i = 0; i < size; i++) {
					items.add(literal((GraphQLInputType) list.getWrappedType(), nesting + 1));
				}
				return "[" + String.join(", ", items) + "]";
			}
			if (bare instanceof GraphQLEnumType enumType) {
				return (this.random.nextInt(8) == 0) ? "NOT_A_VALUE"
						: enumType.getValues().get(this.random.nextInt(enumType.getValues().size())).getName();
			}
			if (bare instanceof GraphQLInputObjectType object && nesting < 3) {
				List<String> fields = new ArrayList<>();
				for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
					if (GraphQLTypeUtil.isNonNull(field.getType()) || this.random.nextBoolean()) {
						fields.add(field.getName() + ": " + literal(field.getType(), nesting + 1));
					}
				}
				return "{" + String.join(", ", fields) + "}";
			}
			if (bare instanceof GraphQLScalarType scalar) {
				return switch (scalar.getName()) {
					case "Int" -> List.of("1", "5", "20", "100", "101", "0", "-1", "2147483647", "99999999999999999999")
						.get(this.random.nextInt(9));
					case "Float" -> List.of("1.5", "-0.0", "1e308", "NaN").get(this.random.nextInt(4));
					case "Boolean" -> this.random.nextBoolean() ? "true" : "false";
					case "Date" -> quoted(List.of("2023-10-19", "2023-02-30", "0000-01-01", "2023", "99999-01-01", "x")
						.get(this.random.nextInt(6)));
					default -> quoted(this.random.nextBoolean() ? KEYS.get(this.random.nextInt(KEYS.size())) : text());
				};
			}
			return "null";
		}

		/**
		 * Odd text: keys, control characters, lone surrogates, bidi marks, quotes, and
		 * sometimes a lot of it.
		 */
		String text() {
			StringBuilder text = new StringBuilder();
			int parts = (this.random.nextInt(15) == 0) ? 2_000 : 1 + this.random.nextInt(5);
			for (int i = 0; i < parts; i++) {
				text.append(this.random.nextBoolean() ? ODD.get(this.random.nextInt(ODD.size()))
						: Character.toString(this.random.nextInt(0x20, 0xD7FF)));
			}
			return text.toString();
		}

		private static String quoted(String text) {
			StringBuilder out = new StringBuilder("\"");
			for (char c : text.toCharArray()) {
				if (c == '"' || c == '\\') {
					out.append('\\').append(c);
				}
				else if (c < 0x20 || Character.isSurrogate(c)) {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
			return out.append('"').toString();
		}

		/** Fragment chains, fan-outs and cycles on Query and Entity. */
		String fragments() {
			int levels = 1 + this.random.nextInt(60);
			int width = 1 + this.random.nextInt(3);
			boolean cycle = this.random.nextInt(4) == 0;
			boolean onEntity = this.random.nextBoolean();
			String type = onEntity ? "Entity" : "Query";
			StringBuilder document = new StringBuilder(
					onEntity ? "{ entity(key: \"org:kari\") { ...F0 } }" : "{ ...F0 }");
			for (int i = 0; i < levels; i++) {
				document.append(" fragment F").append(i).append(" on ").append(type).append(" {");
				for (int w = 0; w < width; w++) {
					document.append(" ...F").append(i + 1);
				}
				if (onEntity && this.random.nextInt(4) == 0) {
					document.append(" relationships(first: 3) { nodes { from { ...F").append(i + 1).append(" } } }");
				}
				document.append(" }");
			}
			String last = cycle ? "...F0" : (onEntity ? "id facts { key evidence { quote } }" : "__typename");
			return document.append(" fragment F")
				.append(levels)
				.append(" on ")
				.append(type)
				.append(" { ")
				.append(last)
				.append(" }")
				.toString();
		}

		String manyAliases() {
			StringBuilder document = new StringBuilder("{");
			int count = 1 + this.random.nextInt(200);
			for (int i = 0; i < count; i++) {
				document.append(" a")
					.append(i)
					.append(": ")
					.append(List
						.of("entity(key: \"org:kari\") { id evidence { quote } }",
								"entities(first: 100) { nodes { id facts { key } } }", "sources { id }",
								"connections(from: \"org:kari\", to: \"org:kaist\", types: [PARTY_TO]) { length }",
								"stats { entities }")
						.get(this.random.nextInt(5)));
			}
			return document.append(" }").toString();
		}

		/**
		 * A document with declared variables, given values of the right or the wrong
		 * type.
		 */
		void withVariables(Map<String, Object> body) {
			body.put("query", "query Q($key: String!, $first: Int, $types: [RelationshipType!], $asOf: Date, "
					+ "$ids: [ID!]!) { Q: entity(key: $key) { id relationships(first: $first, types: $types, asOf: $asOf) "
					+ "{ totalCount } } nodes(ids: $ids) { id } }");
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("key", pick(KEYS.get(this.random.nextInt(KEYS.size())), text()));
			variables.put("first", pick(20, 1_000_000, -5, "twenty", 2.5));
			variables.put("types", pick(List.of("PARTY_TO"), List.of("NOPE"), "PARTY_TO", List.of(1, 2)));
			variables.put("asOf", pick("2023-10-19", "2023-02-30", "0000-00-00", 20231019, text()));
			List<String> ids = new ArrayList<>();
			int size = (this.random.nextInt(5) == 0) ? 500 : this.random.nextInt(5);
			for (int i = 0; i < size; i++) {
				ids.add(KEYS.get(this.random.nextInt(KEYS.size())));
			}
			variables.put("ids", pick(ids, "org:kari", Map.of("a", 1)));
			body.put("variables", (this.random.nextInt(10) == 0) ? List.of(1, 2) : variables);
		}

		private Object pick(Object... choices) {
			return choices[this.random.nextInt(choices.length)];
		}

		/**
		 * A byte-level change: a span deleted, duplicated, or cut off, or a random
		 * character put in.
		 */
		String mutate(String document) {
			if (document.isEmpty()) {
				return "{";
			}
			int at = this.random.nextInt(document.length());
			int end = Math.min(document.length(), at + 1 + this.random.nextInt(40));
			return switch (this.random.nextInt(4)) {
				case 0 -> document.substring(0, at) + document.substring(end);
				case 1 -> document.substring(0, end) + document.substring(at);
				case 2 -> document.substring(0, at);
				default -> document.substring(0, at) + "{}[]():!$@.#\"\\…\u0000".charAt(this.random.nextInt(15))
						+ document.substring(at);
			};
		}

	}

}
