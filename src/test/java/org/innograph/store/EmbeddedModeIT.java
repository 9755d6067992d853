package org.innograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.innograph.embedded.EmbeddedCredentials;
import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With no database configured the application starts its embedded Neo4j, closed to
 * connections without its credentials, serves GraphQL over the seed, and after a restart
 * on the same data directory still holds everything committed, without reloading the
 * unchanged seed.
 */
@Tag("process")
class EmbeddedModeIT {

	/**
	 * Loopback is no boundary: any local user can reach the port. Without credentials, or
	 * with wrong ones, the database refuses the connection; the credentials are in a file
	 * only the owner may read.
	 */
	private static void theBoltPortAsksForTheCredentialsKeptOwnerOnly(EmbeddedNeo4j database, Path data) {
		for (AuthToken wrong : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", "password"))) {
			try (Driver driver = GraphDatabase.driver(database.boltUri(), wrong)) {
				assertThatThrownBy(driver::verifyConnectivity).as(wrong.toString())
					.isInstanceOf(AuthenticationException.class);
			}
		}
		Path file = data.resolve(EmbeddedCredentials.FILE_NAME);
		assertThat(EmbeddedCredentials.read(data)).contains(database.credentials());
		try {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (Driver driver = GraphDatabase.driver(database.boltUri(), database.credentials().authToken())) {
			driver.verifyConnectivity();
		}
	}

	@Test
	void servesTheSeedFromItsOwnDatabaseAndKeepsDataAcrossARestart() {
		Path data = TestDatabase.temporaryDirectory("innograph-embedded-mode");
		String[] embedded = { "spring.neo4j.uri=", "innograph.embedded.enabled=true",
				"innograph.embedded.data-directory=" + data, "innograph.embedded.bolt-port=0" };
		try {
			Object loadedAt;
			try (RunningApp app = RunningApp.start(embedded)) {
				EmbeddedNeo4j database = app.context().getBean(EmbeddedNeo4j.class);
				assertThat(database.home()).isEqualTo(data.toAbsolutePath().normalize());
				assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
				theBoltPortAsksForTheCredentialsKeptOwnerOnly(database, data);

				HttpResponse<String> typename = app.graphql("{ __typename }");
				assertThat(typename.statusCode()).isEqualTo(200);
				assertThat(typename.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
				assertThat(app.graphql("{ entity(key: \"org:kaist\") { acronyms } }").body()).contains("KAIST");

				Neo4jClient client = app.context().getBean(Neo4jClient.class);
				client.query("CREATE (:RestartCheck {id: 'committed-before-restart'})").run();
				loadedAt = client.query("MATCH (s:SeedState) RETURN toString(s.loadedAt)")
					.fetchAs(String.class)
					.one()
					.orElseThrow();
			}
			try (RunningApp app = RunningApp.start(embedded)) {
				Neo4jClient client = app.context().getBean(Neo4jClient.class);
				assertThat(client.query("MATCH (n:RestartCheck) RETURN n.id").fetchAs(String.class).one())
					.contains("committed-before-restart");
				assertThat(client.query("MATCH (s:SeedState) RETURN toString(s.loadedAt)").fetchAs(String.class).one())
					.as("an unchanged seed is not loaded again")
					.contains((String) loadedAt);
				assertThat(app.graphql("{ entity(key: \"org:kaist\") { acronyms } }").body()).contains("KAIST");
				app.context().getBean(Driver.class).verifyConnectivity();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(data.toFile());
		}
	}

}
