package org.innograph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors on the seeded graph: every list walked in small pages gives what one large page
 * gives; a cursor continues only the list it came from; records added before a cursor's
 * item do not shift the next page, and a cursor whose item left the list is refused.
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class CursorsIT {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			search                | search(text: "대전", %s) { %s }                                | /search
			entities by code      | entities(kinds: [COUNCIL], orderBy: CODE, %s) { %s }        | /entities
			timeline              | timeline(from: "2021-01-01", to: "2025-12-31", %s) { %s }   | /timeline
			rankings              | rankings(measure: DEGREE, %s) { %s }                        | /rankings
			relationships         | entity(key: "org:daejeon-city") { relationships(%s) { %s } } | /entity/relationships
			neighbors             | entity(key: "org:daejeon-city") { neighbors(%s) { %s } }    | /entity/neighbors
			""")
	void everyListWalkedInPagesOfThreeIsTheListInOnePage(String name, String field, String path) {
		String edges = "totalCount pageInfo { hasNextPage endCursor } edges { cursor }";
		JsonNode whole = data(field.formatted("first: 100", edges)).at(path);
		List<String> expected = cursors(whole);
		assertThat(expected).as(name).hasSizeGreaterThan(6);
		List<String> walked = new ArrayList<>();
		String after = null;
		boolean more = true;
		for (int pages = 0; more && walked.size() < expected.size() && pages < 50; pages++) {
			String paging = (after == null) ? "first: 3" : "first: 3, after: \"" + after + "\"";
			JsonNode page = data(field.formatted(paging, edges)).at(path);
			walked.addAll(cursors(page));
			more = page.at("/pageInfo/hasNextPage").asBoolean();
			after = page.at("/pageInfo/endCursor").asString();
		}
		// The same items in the same order, and the same cursors: a cursor depends on the
		// item and its list, not on the page size it came with.
		assertThat(walked.subList(0, Math.min(walked.size(), expected.size()))).as(name).isEqualTo(expected);
		assertThat(more).as(name + ": more pages").isEqualTo(whole.at("/totalCount").asLong() > expected.size());
	}

	@Test
	void aCursorContinuesOnlyTheListItCameFrom() {
		String councils = data("entities(kinds: [COUNCIL], first: 2) { pageInfo { endCursor } }")
			.at("/entities/pageInfo/endCursor")
			.asString();
		String kariLinks = data("entity(key: \"org:kari\") { relationships(first: 2) { pageInfo { endCursor } } }")
			.at("/entity/relationships/pageInfo/endCursor")
			.asString();
		for (String other : List.of(
				"entities(kinds: [CLUSTER], first: 2, after: \"%s\") { totalCount edges { cursor } }"
					.formatted(councils),
				"entities(kinds: [COUNCIL], orderBy: NAME_EN, first: 2, after: \"%s\") { edges { cursor } }"
					.formatted(councils),
				"search(text: \"협의체\", first: 2, after: \"%s\") { edges { cursor } }".formatted(councils),
				"entity(key: \"org:kasi\") { relationships(first: 2, after: \"%s\") { edges { cursor } } }"
					.formatted(kariLinks),
				"entity(key: \"org:kari\") { neighbors(first: 2, after: \"%s\") { edges { cursor } } }"
					.formatted(kariLinks))) {
			JsonNode response = Http.json(new Http(this.port).graphql("{ " + other + " }"));
			assertThat(response.at("/errors/0/extensions/code").asString()).as(other).isEqualTo("BAD_REQUEST");
			assertThat(response.at("/errors/0/message").asString()).as(other).contains("another list");
		}
	}

	@Test
	void recordsAddedBeforeACursorDoNotShiftTheNextPageAndAGoneItemIsRefused() {
		String list = "entities(kinds: [COUNCIL], orderBy: NAME_KO, %s) { edges { cursor node { id } } "
				+ "pageInfo { endCursor } }";
		List<String> all = ids(data(list.formatted("first: 100")).at("/entities"));
		JsonNode first = data(list.formatted("first: 5")).at("/entities");
		String after = first.at("/pageInfo/endCursor").asString();
		String early = "council:cursor-it-early";
		try {
			// A council whose Korean name sorts before every other: by position, the next
			// page would start one item early and repeat the fifth.
			this.client.query("""
					MATCH (c:Entity {id: $template})
					CREATE (n:Entity) SET n = c {.*, id: $id, nameKo: '0000 시험 협의체', code: null}
					""").bindAll(Map.of("template", all.get(0), "id", early)).run();
			assertThat(ids(data(list.formatted("first: 1")).at("/entities"))).containsExactly(early);
			List<String> next = ids(data(list.formatted("first: 5, after: \"" + after + "\"")).at("/entities"));
			assertThat(next).isEqualTo(all.subList(5, 10));

			// A cursor at the new council, then the council is gone.
			String atEarly = data(list.formatted("first: 1")).at("/entities/pageInfo/endCursor").asString();
			this.client.query("MATCH (n:Entity {id: $id}) DETACH DELETE n").bind(early).to("id").run();
			JsonNode refused = Http.json(
					new Http(this.port).graphql("{ " + list.formatted("first: 5, after: \"" + atEarly + "\"") + " }"));
			assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
			assertThat(refused.at("/errors/0/message").asString()).contains("no longer in this list");
		}
		finally {
			this.client.query("MATCH (n:Entity {id: $id}) DETACH DELETE n").bind(early).to("id").run();
		}
	}

	@Test
	void anOffsetCursorOfEarlierVersionsIsRefused() {
		// "o:4", the plain offset cursors this API once issued, which any list accepted.
		JsonNode response = Http
			.json(new Http(this.port).graphql("{ entities(first: 2, after: \"bzo0\") { totalCount } }"));
		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("not a cursor this API issued");
	}

	private JsonNode data(String field) {
		JsonNode response = Http.json(new Http(this.port).graphql("{ " + field + " }"));
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return response.path("data");
	}

	private static List<String> cursors(JsonNode connection) {
		List<String> cursors = new ArrayList<>();
		connection.path("edges").forEach((edge) -> cursors.add(edge.path("cursor").asString()));
		return cursors;
	}

	private static List<String> ids(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.path("edges").forEach((edge) -> ids.add(edge.at("/node/id").asString()));
		return ids;
	}

}
