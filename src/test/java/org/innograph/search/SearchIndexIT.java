package org.innograph.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.store.GraphSchema;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search reads indexes: the text index for substrings, the index of the names' pieces for
 * one or two characters and the full-text index for words, never a label scan.
 */
@IntegrationTest
class SearchIndexIT {

	@Autowired
	Driver driver;

	@Test
	void substringCandidatesComeFromTheTextIndex() {
		List<String> operators = planOf("MATCH (n:Entity) WHERE n.searchText CONTAINS $q RETURN n", Map.of("q", "천"));
		assertThat(operators).anySatisfy((op) -> assertThat(op).containsIgnoringCase("NodeIndexContainsScan"));
		assertThat(operators).noneSatisfy((op) -> assertThat(op).containsIgnoringCase("NodeByLabelScan"));
	}

	@Test
	void wordCandidatesComeFromTheFullTextIndex() {
		List<String> operators = planOf("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node",
				Map.of("q", "우주"));
		assertThat(operators).anySatisfy((op) -> assertThat(op).containsIgnoringCase("ProcedureCall"));
		assertThat(operators).noneSatisfy((op) -> assertThat(op).containsIgnoringCase("LabelScan"));
	}

	@Test
	void everyBranchOfTheSearchReadsAnIndex() {
		for (String text : List.of("우주", "천", "no.23", "kaist")) {
			List<String> operators = planOf(SearchStatements.CANDIDATES,
					SearchReads.parameters(SearchQuery.of(text), null, WordMatching.NORI));
			assertThat(operators).as(text)
				.anySatisfy((op) -> assertThat(op).containsIgnoringCase("NodeIndexContainsScan"));
			assertThat(operators).as(text).anySatisfy((op) -> assertThat(op).containsIgnoringCase("NodeIndexSeek"));
			assertThat(operators).as(text).noneSatisfy((op) -> assertThat(op).containsIgnoringCase("LabelScan"));
			assertThat(operators).as(text).noneSatisfy((op) -> assertThat(op).containsIgnoringCase("AllNodesScan"));
		}
	}

	/**
	 * The index of the names' pieces gives, for every character of every name in the
	 * seed, every fourth pair (over a thousand pieces), operator characters and pieces no
	 * name has, exactly the entities whose search text contains the piece: what the text
	 * index would give, read from one term.
	 */
	@Test
	void aPieceOfOneOrTwoCharactersFindsTheEntitiesWhoseNamesContainIt() {
		try (Session session = this.driver.session()) {
			Set<String> characters = new TreeSet<>();
			Set<String> pairs = new TreeSet<>();
			session.run("MATCH (n:Entity) RETURN n.searchText AS text")
				.list((row) -> row.get("text").asString())
				.forEach((text) -> {
					int[] points = text.codePoints().toArray();
					for (int i = 0; i < points.length; i++) {
						if (points[i] != ' ') {
							characters.add(Character.toString(points[i]));
							if (i + 1 < points.length && points[i + 1] != ' ') {
								pairs.add(new String(points, i, 2));
							}
						}
					}
				});
			assertThat(characters).as("Hangul, Latin, digits and signs")
				.contains("국", "k", "1", "-")
				.hasSizeGreaterThan(300);
			List<String> pieces = new ArrayList<>(characters);
			int[] index = { 0 };
			pairs.forEach((pair) -> {
				if (index[0]++ % 4 == 0) {
					pieces.add(pair);
				}
			});
			assertThat(pieces).hasSizeGreaterThan(1000);
			pieces.addAll(List.of("*", "\"", "\\", "(", "~", "뷁", "a*", "\"국", "국뷁"));
			for (String piece : pieces) {
				List<String> keys = SearchQuery.of(piece).gramKeys();
				assertThat(keys).as(piece).hasSize(1);
				Set<String> fromTerms = ids(session, """
						CALL db.index.fulltext.queryNodes($index, $key) YIELD node RETURN node.id AS id""",
						Map.of("index", GraphSchema.NAME_GRAMS_INDEX, "key", keys.get(0)));
				Set<String> containing = ids(session,
						"MATCH (n:Entity) WHERE n.searchText CONTAINS $c RETURN n.id AS id", Map.of("c", piece));
				assertThat(fromTerms).as(piece).isEqualTo(containing);
			}
		}
	}

	private static Set<String> ids(Session session, String cypher, Map<String, Object> parameters) {
		return new HashSet<>(session.run(cypher, parameters).list((row) -> row.get("id").asString()));
	}

	private List<String> planOf(String cypher, Map<String, Object> parameters) {
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

}
