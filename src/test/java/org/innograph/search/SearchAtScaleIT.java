package org.innograph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.storage.StoredRecords;
import org.innograph.store.GraphSchema;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text inside more names than a branch of the search may read: the entity named exactly
 * so and the one whose name starts with it still come first, from the keyword index of
 * whole names, and the total says it is a lower bound.
 */
// Writes entities to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class SearchAtScaleIT {

	/** A syllable no name of the seed holds. */
	private static final String SYLLABLE = "뷁";

	/** More entities holding the syllable inside their names than one branch reads. */
	private static final int OTHERS = SearchStatements.LIMIT + 50;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	private String run;

	private String exact;

	private String prefix;

	@BeforeEach
	void writeManyNamesHoldingTheSyllable() {
		this.run = TestWrites.newRun("it-scale");
		List<Map<String, Object>> rows = new ArrayList<>();
		// Written first and sorting first, so that a substring scan meets them before the
		// exact and the prefix match, in the order of writing or of the values.
		for (int i = 0; i < OTHERS; i++) {
			rows.add(entity("org:" + this.run + "-other-" + i, "가나" + SYLLABLE + "기관" + i, List.of()));
		}
		write(rows);
		this.exact = "org:" + this.run + "-exact";
		this.prefix = "org:" + this.run + "-prefix";
		write(List.of(entity(this.exact, "가가연구소", List.of(SYLLABLE)),
				entity(this.prefix, SYLLABLE + "다라산업", List.of())));
	}

	@AfterEach
	void deleteThem() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void theExactAndThePrefixMatchComeFirstAndTheTotalIsALowerBound() {
		// What the substring branch alone reads: the first LIMIT names holding the
		// syllable, neither of the two wanted.
		List<String> substringOnly = this.client
			.query("MATCH (n:Entity) WHERE n.searchText CONTAINS $text RETURN n.id LIMIT $limit")
			.bindAll(Map.of("text", SYLLABLE, "limit", SearchStatements.LIMIT))
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(substringOnly).as("the case this test is about").doesNotContain(this.exact, this.prefix);

		var response = this.graphQl.documentName("search").variable("text", SYLLABLE).execute();

		response.path("search.edges[0].node.id").entity(String.class).isEqualTo(this.exact);
		response.path("search.edges[0].match").entity(String.class).isEqualTo("EXACT");
		response.path("search.edges[0].matchedName").entity(String.class).isEqualTo(SYLLABLE);
		response.path("search.edges[1].node.id").entity(String.class).isEqualTo(this.prefix);
		response.path("search.edges[1].match").entity(String.class).isEqualTo("PREFIX");
		// The others hold the syllable inside a name (Nori may also cut it out as a
		// word).
		response.path("search.edges[*].match")
			.entityList(String.class)
			.satisfies((matches) -> assertThat(matches.subList(2, matches.size())).isNotEmpty()
				.containsAnyOf("WORD", "PARTIAL")
				.doesNotContain("EXACT", "PREFIX"));
		response.path("search.totalCountIsExact").entity(Boolean.class).isEqualTo(false);
		response.path("search.totalCount")
			.entity(Long.class)
			.satisfies((total) -> assertThat(total).isGreaterThanOrEqualTo(SearchStatements.LIMIT)
				.isLessThanOrEqualTo(OTHERS + 2));
	}

	@Test
	void aTextInFewNamesHasAnExactTotal() {
		var response = this.graphQl.documentName("search").variable("text", SYLLABLE + "다라").execute();

		response.path("search.edges[*].node.id").entityList(String.class).containsExactly(this.prefix);
		response.path("search.edges[0].match").entity(String.class).isEqualTo("PREFIX");
		response.path("search.totalCount").entity(Long.class).isEqualTo(1L);
		response.path("search.totalCountIsExact").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void theKeysFollowTheStoredNames() {
		// The index covers `names`, which StoredRecords derives from the names, acronyms
		// and aliases for the seed and for every edit: no key of its own to forget.
		assertThat(keys("\"" + SYLLABLE + "\"")).containsExactly(this.exact);
		assertThat(keys(SYLLABLE + "*")).containsExactlyInAnyOrder(this.exact, this.prefix);
		Map<String, Object> renamed = entity(this.exact, "가가연구소", List.of("가가연"));
		this.client.query("MATCH (n:Entity {id: $id}) SET n += $props")
			.bindAll(Map.of("id", this.exact, "props", renamed))
			.run();
		assertThat(keys("\"가가연\"")).containsExactly(this.exact);
		assertThat(keys("\"" + SYLLABLE + "\"")).isEmpty();
	}

	private List<String> keys(String query) {
		return this.client.query("CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id")
			.bindAll(Map.of("index", GraphSchema.NAME_KEYS_INDEX, "query", query))
			.fetchAs(String.class)
			.all()
			.stream()
			.filter((id) -> id.contains(this.run))
			.toList();
	}

	private static Map<String, Object> entity(String id, String nameKo, List<String> aliases) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", id);
		props.put("kind", "Organization");
		props.put("type", "company");
		props.put("nameKo", nameKo);
		props.put("nameEn", "Test " + id.substring(id.lastIndexOf('-') + 1));
		props.put("acronyms", List.of());
		props.put("aliases", aliases);
		StoredRecords.putSearchNames(props);
		return props;
	}

	private void write(List<Map<String, Object>> rows) {
		this.client.query("UNWIND $rows AS row CREATE (n:Entity:Organization) SET n = row").bind(rows).to("rows").run();
	}

}
