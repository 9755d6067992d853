package org.innograph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database does not send usage data to its vendor: started on a real store,
 * its log never says it does, as Neo4j's does at every start when it is on.
 */
class EmbeddedUsageReportIT {

	@Test
	void theEmbeddedDatabaseSendsNoUsageData() throws Exception {
		Path home = TestDatabase.temporaryDirectory("innograph-usage-report");
		try {
			try (EmbeddedNeo4j database = EmbeddedNeo4j.start(home, 0, "32m", Duration.ofMinutes(2))) {
				assertThat(database.boltUri()).isNotNull();
			}
			String log = Files.readString(home.resolve("logs/debug.log"));
			assertThat(log).as("the database's own log, of a start and a stop").contains("Starting 'DatabaseId");
			assertThat(log).doesNotContain("Usage Data is being sent").doesNotContain("UserDataCollector");
		}
		finally {
			FileSystemUtils.deleteRecursively(home.toFile());
		}
	}

}
