package org.innograph.bench;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's raw-driver floor runs the application's own statements: when one of
 * them changes its parameters, the floor must change with it, or every answer of the
 * benchmark fails its check. Here the floor's reads run against the test database with
 * the seed (the mutation is left to the benchmark).
 */
@IntegrationTest
class RawClientIT {

	@Autowired
	Driver driver;

	@Test
	void theFloorsReadsRunTheApplicationsStatementsWithTheirParameters() {
		RawClient raw = new RawClient(this.driver);
		assertThat(raw.pipelined()).as("transactions begun as the application begins them").isTrue();

		assertThat(raw.entity("org:kaist").total()).isEqualTo(1);

		Workload.Answer page = raw.neighbours("org:kaist", 5);
		assertThat(page.total()).isGreaterThan(5);
		assertThat(page.ids()).hasSize(5);

		// Up to ten neighbours, five of each, three of each of those.
		Workload.Answer levels = raw.threeLevels("org:kaist");
		assertThat(levels.total()).isEqualTo(Math.min(10, page.total()));
		assertThat(levels.ids()).isNotEmpty();

		Workload.Answer found = raw.search("한국화학연구원");
		assertThat(found.ids()).contains("org:krict");
	}

}
