package org.innograph.paths;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeReference;
import org.innograph.entity.EntityReads;
import org.innograph.graph.RelationshipType;
import org.innograph.store.DatabaseFailures;
import org.innograph.store.GraphReads;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chains do not pass through regions and sectors unless asked, may start or end at one,
 * and stop at their time limit with an answer that says so. The pairs come from the seed
 * (graph-seed/): the Agency for Defense Development (org:add) and Daejeon's city
 * government meet within 6 hops only through the defence sector (sector:defense); the
 * regions of two of the space triangle's clusters share its linked education programme;
 * ETRI and KICOX meet within 6 hops only through hubs.
 */
@IntegrationTest
class PathHubsIT {

	private static final List<String> HUB_PREFIXES = List.of("region:", "sector:");

	@LocalServerPort
	int port;

	@Autowired
	PathReads paths;

	@Autowired
	EntityReads entities;

	@Autowired
	GraphReads reads;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	private JsonNode data(String query) {
		JsonNode body = Http.json(this.http.graphql("{ " + query + " }"));
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		return body.path("data");
	}

	private static List<String> ids(JsonNode path) {
		List<String> ids = new java.util.ArrayList<>();
		path.path("nodes").forEach((node) -> ids.add(node.path("id").asString()));
		return ids;
	}

	@Test
	void aChainThroughARegionIsNotFoundUnlessAskedFor() {
		JsonNode plain = data("connections(from: \"org:add\", to: \"org:daejeon-city\", maxHops: 6) { length }");
		assertThat(plain.path("connections").size()).isZero();

		JsonNode through = data("connections(from: \"org:add\", to: \"org:daejeon-city\", throughHubs: true) "
				+ "{ length nodes { id } }");
		assertThat(through.at("/connections/0/length").asInt()).isEqualTo(2);
		assertThat(ids(through.at("/connections/0"))).containsExactly("org:add", "sector:defense", "org:daejeon-city");
	}

	@Test
	void theReportNamesTheHubOnlyChain() {
		JsonNode report = data("connectionReport(from: \"org:add\", to: \"org:daejeon-city\") "
				+ "{ paths { length } complete reason shortestLength explanation { ko en } }")
			.path("connectionReport");
		assertThat(report.path("paths").size()).isZero();
		assertThat(report.path("complete").asBoolean()).isTrue();
		assertThat(report.path("reason").asString()).isEqualTo("ONLY_THROUGH_HUBS");
		assertThat(report.path("shortestLength").asInt()).isEqualTo(2);
		assertThat(report.at("/explanation/en").asString()).contains("throughHubs");
	}

	@Test
	void hubsMayStartAndEndAChainButNotCarryIt() {
		JsonNode found = data("connections(from: \"region:daejeon\", to: \"region:jeonnam\", first: 20) "
				+ "{ length nodes { id } }");
		assertThat(found.path("connections").size()).isPositive();
		for (JsonNode path : found.path("connections")) {
			List<String> ids = ids(path);
			assertThat(ids.get(0)).isEqualTo("region:daejeon");
			assertThat(ids.get(ids.size() - 1)).isEqualTo("region:jeonnam");
			assertThat(ids.subList(1, ids.size() - 1))
				.noneMatch((id) -> HUB_PREFIXES.stream().anyMatch(id::startsWith));
		}
		// Chains of stated links come first; the shortest (a planned programme) is among
		// them.
		assertThat(found.path("connections").valueStream().mapToInt((path) -> path.path("length").asInt()).min())
			.hasValue(2);
	}

	@Test
	void theSpaceTriangleIsStillOneHopBetweenItsClusters() {
		// The triangle's cooperation is PLANNED: asked for alone, it is the one-hop
		// chain.
		for (String end : List.of("cluster:gyeongnam-space-satellite", "cluster:jeonnam-space-launch-vehicle")) {
			JsonNode found = data("connections(from: \"cluster:daejeon-space-rd-talent\", to: \"" + end
					+ "\", types: [COOPERATES_WITH], first: 1) { length hops { relationship { type } } }");
			assertThat(found.at("/connections/0/length").asInt()).as(end).isEqualTo(1);
			assertThat(found.at("/connections/0/hops/0/relationship/type").asString()).isEqualTo("COOPERATES_WITH");
		}
	}

	@Test
	void etriReachesKicoxOnlyThroughHubsWithinSixHops() {
		JsonNode report = data("connectionReport(from: \"org:etri\", to: \"org:kicox\", maxHops: 6) "
				+ "{ paths { length } complete reason shortestLength }")
			.path("connectionReport");
		assertThat(report.path("reason").asString()).isEqualTo("ONLY_THROUGH_HUBS");
		assertThat(report.path("shortestLength").asInt()).isEqualTo(6);
		JsonNode through = data(
				"connections(from: \"org:etri\", to: \"org:kicox\", maxHops: 6, throughHubs: true) { length }");
		assertThat(through.at("/connections/0/length").asInt()).isEqualTo(6);
	}

	@Test
	void aSpentBudgetAnswersTheFieldEmptyWithATimeoutThatSaysItIsPartial() {
		PathController controller = new PathController(this.paths, this.entities, new PathsProperties(Duration.ZERO));
		var result = controller.connections("org:kasi", "org:kigam", null, null, null, null, null, environment());
		assertThat(result.getData()).isEmpty();
		assertThat(result.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT").containsEntry("partial", true);
			assertThat(error.getMessage()).contains("timed out", "maxHops");
			assertThat(error.getPath()).containsExactly("connections");
		});

		ConnectionReport report = controller.connectionReport("org:kasi", "org:kigam", null, null, null, null, null);
		assertThat(report.paths()).isEmpty();
		assertThat(report.complete()).isFalse();
		assertThat(report.reason()).isEqualTo(ConnectionReport.Reason.SEARCH_LIMIT);
		assertThat(report.explanation().en()).contains("time limit");
	}

	@Test
	void searchesThatEndWithinTheBudgetAreComplete() {
		PathReads.Found found = this.paths.connections("org:kasi", "org:kigam", 4, 5,
				List.of(RelationshipType.values()), null, false, SearchBudget.of(Duration.ofSeconds(10)));
		assertThat(found.complete()).isTrue();
		assertThat(found.paths()).hasSize(5).anySatisfy((path) -> assertThat(path.length()).isEqualTo(2));
	}

	@Test
	void aStatementPastItsTimeoutIsStoppedByTheDatabase() {
		// Far more work than a second: the database must stop it, not let it finish.
		assertThatThrownBy(() -> this.reads.list("UNWIND range(1, 2000000000) AS x RETURN sum(x) AS total", Map.of(),
				Duration.ofMillis(300)))
			.satisfies((ex) -> assertThat(DatabaseFailures.isTimeout(ex)).as(ex.toString()).isTrue());
	}

	private static DataFetchingEnvironmentImpl environment() {
		return (DataFetchingEnvironmentImpl) DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("connections").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(GraphQLList.list(GraphQLTypeReference.typeRef("Path")))
				.path(ResultPath.rootPath().segment("connections"))
				.build())
			.build();
	}

}
