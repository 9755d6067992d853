package org.innograph.entity;

import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of neighbours whose selection asks for ids, kinds, names, link ids and types
 * alone is read brief ({@link BriefSelection}); a field that asks for more never gets a
 * brief page, even when another field of the same query asks for the same page briefly.
 * The Daejeon space cluster has a planned cooperation with the Gyeongnam one
 * (graph-seed), so a brief page's missing basis would show as STATED.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class BriefPagesIT {

	private static final String CLUSTER = "cluster:daejeon-space-rd-talent";

	/** What a graph view asks: labelled nodes and typed links, two levels. */
	private static final String BRIEF = """
			query($key: String!) { entity(key: $key) { id
			  neighbors(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor direction
			    relationship { id type } node { id kind name { ko en }
			      neighbors(first: 5) { totalCount nodes { id name { ko } } } } } } } }
			""";

	/** The same, each entity and link with what a brief page does not carry. */
	private static final String FULL = """
			query($key: String!) { entity(key: $key) { id
			  neighbors(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor direction
			    relationship { id type basis status } node { id kind name { ko en } acronyms description { ko }
			      neighbors(first: 5) { totalCount nodes { id name { ko } acronyms } } } } } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Test
	void aBriefPageAnswersWhatItCarriesInOneStatement() {
		long before = this.reads.statementCount();
		Map<String, Object> brief = entity(BRIEF, CLUSTER);
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(1);
		Map<String, Object> full = entity(FULL, CLUSTER);
		assertThat(edges(brief)).isNotEmpty();
		// Every field the brief query asked for, as the full one answered it.
		assertThat(brief).isEqualTo(withoutFullFields(full));
	}

	@Test
	void aFieldThatAsksForMoreNeverGetsABriefPage() {
		Map<String, Object> full = entity(FULL, CLUSTER);
		List<Object> bases = edges(full).stream().map((edge) -> map(edge.get("relationship")).get("basis")).toList();
		// The comparison below means something: a brief page's link would say STATED.
		assertThat(bases).contains("STATED").anySatisfy((basis) -> assertThat(basis).isNotEqualTo("STATED"));
		// And a brief page's entity would have no acronyms (the Ministry of SMEs and
		// Startups, MSS, is on Daejeon city's page).
		assertThat(edges(full)).flatExtracting((edge) -> secondLevel(edge))
			.anySatisfy((node) -> assertThat(node.get("acronyms"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.isNotEmpty());

		// The same page asked for twice in one query, briefly and in full, through
		// aliases,
		// and in a query whose second level asks for more than its first.
		Map<String, Object> both = this.graphQl.document("""
				query($key: String!) { entity(key: $key) {
				  brief: neighbors(first: 20) { edges { relationship { id } node { id } } }
				  full: neighbors(first: 20) { edges { relationship { id basis } node { id acronyms } } } } }
				""").variable("key", CLUSTER).execute().path("entity").entity(Map.class).get();
		assertThat(edges(map(both.get("full")))).extracting((edge) -> map(edge.get("relationship")).get("basis"))
			.isEqualTo(bases);
		assertThat(edges(map(both.get("full")))).extracting((edge) -> map(edge.get("node")).get("acronyms"))
			.isEqualTo(edges(full).stream().map((edge) -> map(edge.get("node")).get("acronyms")).toList());

		Map<String, Object> deeper = this.graphQl.document("""
				query($key: String!) { entity(key: $key) { neighbors(first: 20) { edges { node { id
				  neighbors(first: 5) { totalCount nodes { id name { ko } acronyms } } } } } } }
				""").variable("key", CLUSTER).execute().path("entity").entity(Map.class).get();
		assertThat(edges(map(deeper.get("neighbors")))).extracting((edge) -> map(edge.get("node")).get("neighbors"))
			.isEqualTo(edges(full).stream().map((edge) -> map(edge.get("node")).get("neighbors")).toList());
	}

	@Test
	void fragmentsCountAsWhatTheyAskFor() {
		// Fragments of names alone keep the pages brief; asking for acronyms in one
		// (inline on the first level, spread on the second, where the MSS has some)
		// makes it full.
		String query = """
				query($key: String!) { entity(key: $key) { neighbors(first: 20) { edges { node { ... on Entity { %s }
				  neighbors(first: 5) { nodes { ...Node } } } } } } }
				fragment Node on Entity { %s }
				""";
		long before = this.reads.statementCount();
		Map<String, Object> brief = entity(query.formatted("id name { ko }", "id name { ko }"), CLUSTER);
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(1);
		assertThat(edges(brief)).isNotEmpty();
		Map<String, Object> full = entity(FULL, CLUSTER);
		Map<String, Object> spread = entity(query.formatted("name { ko } acronyms", "id name { ko } acronyms"),
				CLUSTER);
		assertThat(edges(spread)).extracting((edge) -> map(edge.get("node")).get("acronyms"))
			.isEqualTo(edges(full).stream().map((edge) -> map(edge.get("node")).get("acronyms")).toList());
		assertThat(edges(spread)).flatExtracting(BriefPagesIT::secondLevel)
			.extracting((node) -> node.get("acronyms"))
			.isEqualTo(edges(full).stream()
				.flatMap((edge) -> secondLevel(edge).stream())
				.map((node) -> node.get("acronyms"))
				.toList());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> entity(String query, String key) {
		return this.graphQl.document(query).variable("key", key).execute().path("entity").entity(Map.class).get();
	}

	/** The full query's answer without the fields the brief one does not ask for. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withoutFullFields(Map<String, Object> full) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>(full);
		Map<String, Object> neighbours = new java.util.LinkedHashMap<>(map(copy.get("neighbors")));
		neighbours.put("edges", edges(neighbours).stream().map((edge) -> {
			Map<String, Object> e = new java.util.LinkedHashMap<>(edge);
			Map<String, Object> relationship = new java.util.LinkedHashMap<>(map(e.get("relationship")));
			relationship.keySet().retainAll(List.of("id", "type"));
			e.put("relationship", relationship);
			Map<String, Object> node = new java.util.LinkedHashMap<>(map(e.get("node")));
			node.remove("acronyms");
			node.remove("description");
			Map<String, Object> below = new java.util.LinkedHashMap<>(map(node.get("neighbors")));
			below.put("nodes", ((List<Map<String, Object>>) below.get("nodes")).stream().map((n) -> {
				Map<String, Object> m = new java.util.LinkedHashMap<>(n);
				m.remove("acronyms");
				return m;
			}).toList());
			node.put("neighbors", below);
			e.put("node", node);
			return e;
		}).toList());
		copy.put("neighbors", neighbours);
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> secondLevel(Map<String, Object> edge) {
		return (List<Map<String, Object>>) map(map(edge.get("node")).get("neighbors")).get("nodes");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> entityOrConnection) {
		Map<String, Object> connection = entityOrConnection.containsKey("edges") ? entityOrConnection
				: map(entityOrConnection.get("neighbors"));
		return (List<Map<String, Object>>) connection.get("edges");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
