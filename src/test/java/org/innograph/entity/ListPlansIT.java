package org.innograph.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list filtered by a region, a council or a sector starts from that entity, never from
 * every entity: its cost follows the region, not the graph (at 1M entities, a scan of all
 * of them takes seconds).
 */
@IntegrationTest
class ListPlansIT {

	@Autowired
	Driver driver;

	static List<EntityReads.ListFilter> anchoredFilters() {
		return List.of(new EntityReads.ListFilter(List.of("Organization"), "region:daejeon", null),
				new EntityReads.ListFilter(null, null, null, "region:daejeon", RegionRelation.ANY, null, null, null,
						null, null, null, null, null),
				new EntityReads.ListFilter(null, null, "sector:space"), new EntityReads.ListFilter(null, null, null,
						null, null, null, "council:daejeon-space", null, null, null, null, null, null));
	}

	@ParameterizedTest
	@MethodSource("anchoredFilters")
	void startsFromTheNamedEntity(EntityReads.ListFilter filter) {
		for (String statement : List.of(filter.countStatement(),
				filter.pageStatement(EntityReads.EntityOrder.NAME_KO))) {
			List<String> operators = operators(explain(statement));
			assertThat(operators).as(statement).noneMatch((op) -> op.startsWith("AllNodesScan"));
			assertThat(operators).as(statement)
				.noneMatch((op) -> op.startsWith("NodeByLabelScan") || op.startsWith("NodeIndexScan"));
		}
	}

	/**
	 * A count of kinds alone reads the database's count per label, and finds the retired
	 * entities by their index: it reads no entity of the kind.
	 */
	@ParameterizedTest
	@MethodSource("kindsAlone")
	void aCountOfKindsAloneReadsTheLabelCounts(List<String> kinds) {
		String statement = new EntityReads.ListFilter(kinds, null, null).countStatement();
		List<String> operators = operators(explain(statement));
		assertThat(operators).as(statement).anyMatch((op) -> op.startsWith("NodeCountFromCountStore"));
		assertThat(operators).as(statement)
			.noneMatch((op) -> op.startsWith("AllNodesScan") || op.startsWith("NodeByLabelScan")
					|| op.contains("Entity(kind)"));
	}

	static List<List<String>> kindsAlone() {
		return Arrays.asList(List.of("Agreement"), List.of("Agreement", "Plan"), null);
	}

	private Plan explain(String statement) {
		try (Session session = this.driver.session()) {
			return session.run("EXPLAIN " + statement).consume().plan();
		}
	}

	private static List<String> operators(Plan plan) {
		List<String> all = new ArrayList<>();
		all.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
		plan.children().forEach((child) -> all.addAll(operators(child)));
		return all;
	}

}
