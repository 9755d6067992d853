package org.innograph.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.innograph.graph.RelationshipType;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Unthrottled;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relationship types and entity kinds reach Cypher as parameters: forty different type
 * lists (and as many kind lists) are a handful of statement texts for the database to
 * plan, not forty. Forty is five times the handful allowed, at two fifths of the time a
 * hundred took. Counted by the database itself, with its query collector
 * ({@code db.stats.collect('QUERIES')}).
 */
// Counts the database's cached plans, which any other query adds to. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
@Unthrottled
class PlanCacheIT {

	private static final long SEED = 14L;

	private static final String EXPLAIN = "EXPLAIN ";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void fortyTypeListsAreAFewStatementTexts() {
		Random random = new Random(SEED);
		List<List<String>> typeLists = new ArrayList<>();
		Set<Set<String>> distinct = new HashSet<>();
		while (typeLists.size() < 40) {
			List<String> types = randomTypes(random);
			if (distinct.add(Set.copyOf(types))) {
				typeLists.add(types);
			}
		}
		Set<String> texts = collected(() -> {
			for (List<String> types : typeLists) {
				answered("query($t: [RelationshipType!]) { connections(from: \"org:kari\", to: \"org:kaist\", "
						+ "types: $t) { length } }", Map.of("t", types));
				answered("query($t: [RelationshipType!]) { network(types: $t) { entities } }", Map.of("t", types));
				answered("query($t: [RelationshipType!], $k: [EntityKind!]) { entity(key: \"org:kari\") { "
						+ "neighbors(types: $t) { totalCount } } entities(kinds: $k, first: 1) { totalCount } }",
						Map.of("t", types, "k", randomKinds(random)));
			}
		});
		System.out.printf("PlanCacheIT: %d type lists (and as many kind lists) ran as %d distinct statement texts%n",
				typeLists.size(), texts.size());
		texts.forEach((text) -> System.out.println("  "
				+ text.replaceAll("\\s+", " ").substring(0, Math.min(120, text.replaceAll("\\s+", " ").length()))));
		// connections (two texts, the shortest chains and the k shortest that fill the
		// page: first and maxHops fixed here), network's nodes and
		// links, the entity and its
		// neighbours, and a list's count: each a fixed text whatever the types and kinds.
		assertThat(texts).hasSizeLessThanOrEqualTo(8);
	}

	@Test
	void aListOfKindsReadsTheKindIndexAndPathsStartFromTheIdConstraint() {
		List<String> list = operators("""
				MATCH (n:Entity)
				WHERE n:Entity AND coalesce(n.retired, false) = false AND n.kind IN $kinds
				RETURN count(n) AS total""", Map.of("kinds", List.of("Organization", "Council")));
		System.out.println("PlanCacheIT: entity list by kinds: " + list);
		assertThat(list).anySatisfy((op) -> assertThat(op).contains("NodeIndexSeek"));
		assertThat(list).noneSatisfy((op) -> assertThat(op).contains("LabelScan"));
		for (boolean undated : new boolean[] { false, true }) {
			for (String statement : List.of(org.innograph.paths.PathStatementsAccess.connections(20, 4, undated),
					org.innograph.paths.PathStatementsAccess.firstChains(20, 4, undated))) {
				List<String> paths = operators(statement,
						Map.of("from", "org:kari", "to", "org:kaist", "types", List.of("PARTY_TO"), "first", 5, "asOf",
								org.neo4j.driver.Values.NULL, "statedOnly", false, "throughHubs", false));
				System.out.println("PlanCacheIT: connections" + (undated ? " without a date: " : ": ") + paths);
				assertThat(paths).anySatisfy((op) -> assertThat(op).contains("NodeUniqueIndexSeek"));
				assertThat(paths).noneSatisfy((op) -> assertThat(op).contains("AllNodesScan"));
			}
		}
	}

	private void answered(String query, Map<String, Object> variables) {
		HttpResponse<String> response = this.http.graphql(query, variables);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.json(response).has("errors")).as(response.body()).isFalse();
	}

	/**
	 * The distinct statement texts the database ran while {@code work} ran, the
	 * collector's own and the plans made ahead of a text's first run left out.
	 */
	private Set<String> collected(Runnable work) {
		try (Session session = this.driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			session.run("CALL db.stats.clear('QUERIES')").consume();
			session.run("CALL db.stats.collect('QUERIES')").consume();
			work.run();
			session.run("CALL db.stats.stop('QUERIES')").consume();
			Set<String> texts = new HashSet<>();
			Set<String> plannedAhead = new HashSet<>();
			for (Record row : session.run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data").list()) {
				String text = row.get("data").get("query").asString();
				if (text.startsWith(EXPLAIN)) {
					plannedAhead.add(text.substring(EXPLAIN.length()));
				}
				else if (!text.contains("db.stats") && !text.contains("SeedState") && !text.contains("SchemaState")) {
					texts.add(text);
				}
			}
			// A text's first run is planned ahead (store.StatementPlans): the same text,
			// planned, not another one.
			assertThat(texts).containsAll(plannedAhead);
			return texts;
		}
	}

	private List<String> operators(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			return operators;
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

	private static List<String> randomTypes(Random random) {
		List<String> all = new ArrayList<>(Arrays.stream(RelationshipType.values()).map(Enum::name).toList());
		java.util.Collections.shuffle(all, random);
		return all.subList(0, 1 + random.nextInt(6));
	}

	private static List<String> randomKinds(Random random) {
		List<String> all = new ArrayList<>(List.of("ORGANIZATION", "REGION", "CLUSTER", "INDUSTRIAL_COMPLEX", "COUNCIL",
				"AGREEMENT", "PROGRAM", "PLAN", "EVENT", "SECTOR"));
		java.util.Collections.shuffle(all, random);
		return all.subList(0, 1 + random.nextInt(4));
	}

}
