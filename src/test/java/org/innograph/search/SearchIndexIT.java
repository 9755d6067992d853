package org.innograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search reads indexes: the text index for substrings and the full-text index for words,
 * never a label scan.
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
