package org.innograph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's page of neighbours below the first level, when its total is not asked for, is
 * read by walking the other ends' names in order (EntityReads.hubLinks) and must be the
 * page that sorting all its links gives: here against the order computed from every link
 * of two hubs written for the test, with ties of names, parallel links, a retired link, a
 * retired member, a member without a Korean name and a fact on the hub.
 */
// Writes to the shared database and counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class HubPagesIT {

	@Autowired
	Neo4jClient client;

	@Autowired
	EntityReads reads;

	@Autowired
	GraphReads graphReads;

	@Autowired
	HttpGraphQlTester graphQl;

	String run;

	String start;

	/** One type of link only, and a fact. */
	String sector;

	/** Many links of one type and a few of a type that sorts before it. */
	String region;

	int members;

	@BeforeEach
	void writeTwoHubs() {
		this.run = TestWrites.newRun("hub");
		this.start = "org:" + this.run + "-start";
		this.sector = "sector:" + this.run;
		this.region = "region:" + this.run;
		// Large enough to be read as a hub with a page of up to five: its degree squared
		// above (first + 1) times the number of entities.
		long entities = this.client.query("MATCH (n:Entity) RETURN count(n) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		int size = 10;
		while ((long) size * size <= 6 * (entities + size + 3) * 2) {
			size++;
		}
		this.members = size;
		this.client.query("""
				CREATE (:Entity:Organization {id: $start, kind: 'Organization', nameKo: '허브시험 출발', origin: 'test'})
				CREATE (:Entity:Sector {id: $sector, kind: 'Sector', nameKo: '허브시험 분야', origin: 'test'})
				CREATE (:Entity:Region {id: $region, kind: 'Region', nameKo: '허브시험 지역', origin: 'test'})
				WITH *
				MATCH (s:Entity {id: $start}), (h:Entity {id: $sector}), (g:Entity {id: $region})
				CREATE (s)-[:FOCUSES_ON {id: 'rel:' + $run + '-start-sector'}]->(h)
				CREATE (s)-[:LOCATED_IN {id: 'rel:' + $run + '-start-region'}]->(g)
				CREATE (h)-[:HAS_FACT]->(:Fact {id: 'fact:' + $run, entity: $sector, key: 'test'})
				WITH h, g
				UNWIND range(0, $members - 1) AS i
				// Nine names for all members: each name is shared, and the page must break the
				// ties by the links' ids.
				CREATE (o:Entity:Organization {id: 'org:' + $run + '-' + i, kind: 'Organization', origin: 'test'})
				SET o.nameKo = CASE WHEN i = 4 THEN null ELSE '허브시험 기관 ' + substring('가나다라마바사아자', i % 9, 1) END
				// Ids in an order other than the members' numbers.
				CREATE (o)-[f:FOCUSES_ON {id: 'rel:' + $run + '-f-' + ((i * 7) % $members)}]->(h)
				CREATE (o)-[:LOCATED_IN {id: 'rel:' + $run + '-l-' + ((i * 11) % $members)}]->(g)
				FOREACH (x IN CASE WHEN i < 2 THEN [1] ELSE [] END |
				  CREATE (o)-[:FOCUSES_ON {id: 'rel:' + $run + '-f-' + i + '-again'}]->(h))
				FOREACH (x IN CASE WHEN i = 2 THEN [1] ELSE [] END | SET f.retired = true)
				FOREACH (x IN CASE WHEN i = 3 THEN [1] ELSE [] END | SET o.retired = true, o:Retired)
				FOREACH (x IN CASE WHEN i >= 5 AND i < 8 THEN [1] ELSE [] END |
				  CREATE (o)-[:FOCUSES_ON {id: 'rel:' + $run + '-g-' + i}]->(g))
				""")
			.bindAll(Map.of("run", this.run, "start", this.start, "sector", this.sector, "region", this.region,
					"members", this.members))
			.run();
	}

	@AfterEach
	void deleteThem() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void aHubsPageIsTheFirstOfAllItsLinksInOrder() {
		for (int first : new int[] { 1, 2, 3, 5 }) {
			for (List<String> types : List.of(List.<String>of(), List.of("FOCUSES_ON"), List.of("LOCATED_IN"))) {
				Map<String, EntityReads.LinkPage> uncounted = lowerLevel(first, types, false);
				Map<String, EntityReads.LinkPage> counted = lowerLevel(first, types, true);
				for (String hub : List.of(this.sector, this.region)) {
					List<String> expected = inOrder(hub, types);
					String what = hub + ", first " + first + ", types " + types;
					assertThat(ids(uncounted.get(hub))).as(what)
						.isEqualTo(expected.subList(0, Math.min(first, expected.size())));
					assertThat(ids(counted.get(hub))).as(what).isEqualTo(ids(uncounted.get(hub)));
					assertThat(counted.get(hub).total()).as(what).isEqualTo((long) expected.size());
					assertThat(uncounted.get(hub).total() > first).as(what + ": more after the page")
						.isEqualTo(expected.size() > first);
				}
			}
		}
	}

	@Test
	void onlyAHubWhoseFirstTypeIsLargeIsWalked() {
		int sector = inOrder(this.sector, List.of()).size();
		int region = inOrder(this.region, List.of()).size();
		int located = inOrder(this.region, List.of("LOCATED_IN")).size();
		// The total of a walked page is what was read: a page, one more, and the links to
		// ends named as the last one read (here about a ninth of the members).
		assertThat(lowerLevel(2, List.of(), false).get(this.sector).total()).isBetween(3L, 3L + this.members / 9 + 1);
		assertThat(lowerLevel(2, List.of("LOCATED_IN"), false).get(this.region).total()).isBetween(3L,
				3L + this.members / 9 + 1);
		assertThat((long) Math.min(sector, located)).isGreaterThan(3L + this.members / 9 + 1);
		// The region's first type in order (FOCUSES_ON) has three links: every link is
		// read.
		assertThat(lowerLevel(2, List.of(), false).get(this.region).total()).isEqualTo((long) region);
		// Asked for, the total is every link.
		assertThat(lowerLevel(2, List.of(), true).get(this.sector).total()).isEqualTo((long) sector);
		// As of a date, every link is read (the test's links hold on every day).
		EntityReads.LinkFilter dated = new EntityReads.LinkFilter(null, null, null, LocalDate.now(), 2, null, true,
				false);
		assertThat(this.reads.entityWithLinks(this.start, List.of(dated, dated))
			.orElseThrow()
			.levels()
			.get(1)
			.get(this.sector)
			.total()).isEqualTo((long) sector);
	}

	@Test
	void aQueryWithoutTheTotalsBelowGetsThePagesInOneStatement() {
		String query = """
				query($key: String!) { entity(key: $key) { neighbors(first: 5) { totalCount edges { node { id
				  neighbors(first: 2) { %s pageInfo { hasNextPage } edges { relationship { id } } } } } } } }""";
		long before = this.graphReads.statementCount();
		List<Map<String, Object>> edges = startsEdges(query.formatted(""));
		assertThat(this.graphReads.statementCount() - before).isEqualTo(1);
		List<Map<String, Object>> counted = startsEdges(query.formatted("totalCount"));
		assertThat(edges).hasSize(2);
		for (int i = 0; i < edges.size(); i++) {
			Map<?, ?> node = (Map<?, ?>) edges.get(i).get("node");
			Map<?, ?> page = (Map<?, ?>) node.get("neighbors");
			Map<?, ?> countedPage = (Map<?, ?>) ((Map<?, ?>) counted.get(i).get("node")).get("neighbors");
			List<String> expected = inOrder((String) node.get("id"), List.of());
			assertThat(((List<?>) page.get("edges")).stream()
				.map((edge) -> ((Map<?, ?>) ((Map<?, ?>) edge).get("relationship")).get("id"))
				.toList()).isEqualTo(expected.subList(0, 2));
			assertThat(page.get("pageInfo")).isEqualTo(Map.of("hasNextPage", true));
			assertThat(countedPage.get("edges")).isEqualTo(page.get("edges"));
			assertThat(countedPage.get("totalCount")).isEqualTo(expected.size());
		}
	}

	@Test
	void aTotalAskedForInAFragmentOrBesideAnAliasIsEveryLink() {
		String query = """
				query($key: String!) { entity(key: $key) { neighbors(first: 1) { edges { node {
				  counted: neighbors(first: 2) { ...total edges { relationship { id } } }
				  bare: neighbors(first: 2) { edges { relationship { id } } } } } } } }
				fragment total on NeighborConnection { totalCount }""";
		var answer = this.graphQl.document(query).variable("key", this.start).execute();
		List<String> expected = inOrder(this.sector, List.of());
		answer.path("entity.neighbors.edges[0].node.counted.totalCount")
			.entity(Integer.class)
			.isEqualTo(expected.size());
		answer.path("entity.neighbors.edges[0].node.counted.edges[*].relationship.id")
			.entityList(String.class)
			.isEqualTo(expected.subList(0, 2));
		answer.path("entity.neighbors.edges[0].node.bare.edges[*].relationship.id")
			.entityList(String.class)
			.isEqualTo(expected.subList(0, 2));
	}

	private List<Map<String, Object>> startsEdges(String query) {
		return this.graphQl.document(query)
			.variable("key", this.start)
			.execute()
			.path("entity.neighbors.edges")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** The second level's pages under the start entity, its page of ten the first. */
	private Map<String, EntityReads.LinkPage> lowerLevel(int first, List<String> types, boolean counted) {
		EntityReads.LinkFilter top = new EntityReads.LinkFilter(null, null, null, null, 10, null, true, true);
		EntityReads.LinkFilter below = new EntityReads.LinkFilter(types.isEmpty() ? null : types, null, null, null,
				first, null, true, counted);
		return this.reads.entityWithLinks(this.start, List.of(top, below)).orElseThrow().levels().get(1);
	}

	/**
	 * Every active link of the entity to an active entity, in the order pages promise: by
	 * type, the other end's Korean name (none last), the link's id.
	 */
	private List<String> inOrder(String entity, List<String> types) {
		record Link(String type, String name, String id) {
		}
		List<Link> links = new ArrayList<>(this.client.query("""
				MATCH (e:Entity {id: $id})-[r]-(o:Entity)
				WHERE coalesce(r.retired, false) = false AND coalesce(o.retired, false) = false
				RETURN type(r) AS type, o.nameKo AS name, r.id AS id""")
			.bind(entity)
			.to("id")
			.fetchAs(Link.class)
			.mappedBy((typeSystem, row) -> new Link(row.get("type").asString(), row.get("name").asString(null),
					row.get("id").asString()))
			.all());
		links.removeIf((link) -> !types.isEmpty() && !types.contains(link.type()));
		links.sort(Comparator.comparing(Link::type)
			.thenComparing(Link::name, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Link::id));
		return links.stream().map(Link::id).toList();
	}

	private static List<String> ids(EntityReads.LinkPage page) {
		return page.relationships().stream().map(Relationship::id).toList();
	}

}
