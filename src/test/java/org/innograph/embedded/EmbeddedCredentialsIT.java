package org.innograph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's password, on a real store: a new store starts once, already
 * with its own random password (set as Neo4j's initial password, whose hash does not stay
 * behind); a store whose credentials file is gone gets a new password at its next start,
 * and the old one stops working.
 */
class EmbeddedCredentialsIT {

	@Test
	void aNewStoreHasItsOwnPasswordFromTheFirstStartAndALostOneIsReplaced() throws Exception {
		Path home = TestDatabase.temporaryDirectory("innograph-credentials");
		try {
			EmbeddedCredentials first;
			try (EmbeddedNeo4j database = EmbeddedNeo4j.start(home, 0, "32m", Duration.ofMinutes(2))) {
				first = database.credentials();
				assertThat(EmbeddedCredentials.read(home)).contains(first);
				accepts(database, first.authToken());
				refuses(database, AuthTokens.basic("neo4j", "neo4j"));
				refuses(database, AuthTokens.none());
				assertThat(home.resolve("data/dbms/auth.ini")).as("the initial password's hash").doesNotExist();
			}
			try (EmbeddedNeo4j database = EmbeddedNeo4j.start(home, 0, "32m", Duration.ofMinutes(2))) {
				assertThat(database.credentials()).as("kept across a restart").isEqualTo(first);
				accepts(database, first.authToken());
			}

			Files.delete(home.resolve(EmbeddedCredentials.FILE_NAME));
			try (EmbeddedNeo4j database = EmbeddedNeo4j.start(home, 0, "32m", Duration.ofMinutes(2))) {
				EmbeddedCredentials replaced = database.credentials();
				assertThat(replaced.password()).isNotEqualTo(first.password());
				assertThat(EmbeddedCredentials.read(home)).contains(replaced);
				accepts(database, replaced.authToken());
				refuses(database, first.authToken());
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(home.toFile());
		}
	}

	private static void accepts(EmbeddedNeo4j database, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(database.boltUri(), token)) {
			driver.verifyConnectivity();
		}
	}

	private static void refuses(EmbeddedNeo4j database, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(database.boltUri(), token)) {
			assertThatThrownBy(driver::verifyConnectivity).as(token.toString())
				.isInstanceOf(AuthenticationException.class);
		}
	}

}
