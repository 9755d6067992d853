package org.innograph.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innograph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The one Neo4j of a test run, shared by every integration test: a Testcontainers Neo4j
 * 5.26 where a Docker engine is available, otherwise the embedded engine on a free
 * loopback port, both with a password. The application under test connects to it as to an
 * external server, with credentials, through the same driver code either way.
 */
public final class TestDatabase {

	/**
	 * The lock every test class that reads or writes the shared database holds, so that
	 * they run one at a time (their counts, statement tallies and edits assume nobody
	 * else is writing), while classes with a database or process of their own run beside
	 * them: integration test classes run two at a time (Failsafe's
	 * {@code configurationParameters}).
	 */
	public static final String LOCK = "org.innograph.shared-test-database";

	/** The Neo4j image integration tests use where Docker exists; pinned here only. */
	public static final String IMAGE = "neo4j:5.26";

	private static URI uri;

	private static String username;

	private static String password;

	private static String kind;

	private TestDatabase() {
	}

	/** The Bolt URI of the shared database, started on first use. */
	public static synchronized URI uri() {
		if (uri == null) {
			if (dockerAvailable()) {
				// With a password, like a real server, and like the embedded engine
				// below.
				String adminPassword = UUID.randomUUID().toString();
				Neo4jContainer container = new Neo4jContainer(IMAGE).withAdminPassword(adminPassword);
				container.start();
				uri = URI.create(container.getBoltUrl());
				username = "neo4j";
				password = adminPassword;
				kind = "Testcontainers " + IMAGE;
			}
			else {
				Path home = temporaryDirectory("innograph-test-db");
				EmbeddedNeo4j database = EmbeddedNeo4j.start(home, 0, "128m", Duration.ofMinutes(5));
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					database.close();
					FileSystemUtils.deleteRecursively(home.toFile());
				}));
				uri = database.boltUri();
				username = database.credentials().username();
				password = database.credentials().password();
				kind = "embedded Neo4j";
			}
		}
		return uri;
	}

	/** The credentials of the shared database. */
	public static synchronized AuthToken authToken() {
		uri();
		return AuthTokens.basic(username, password);
	}

	/**
	 * The properties that point an application at the shared database as at an external
	 * server (URI and credentials) and keep its own embedded database off, for
	 * {@link RunningApp#start}.
	 */
	public static synchronized List<String> connection() {
		uri();
		return List.of("spring.neo4j.uri=" + uri, "spring.neo4j.authentication.username=" + username,
				"spring.neo4j.authentication.password=" + password, "innograph.embedded.enabled=false");
	}

	/**
	 * {@link #connection()} with {@code more}, which win over it where they set the same
	 * property (given twice on the command line, a property would get both values,
	 * comma-separated).
	 */
	public static String[] connectionAnd(String... more) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String property : connection()) {
			properties.put(property.substring(0, property.indexOf('=')), property);
		}
		for (String property : more) {
			properties.put(property.substring(0, property.indexOf('=')), property);
		}
		return properties.values().toArray(String[]::new);
	}

	/** Which engine backs this run: for test reports. */
	public static synchronized String kind() {
		uri();
		return kind;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Points the application at the shared database and keeps its own embedded database
	 * off.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of(connection()).applyTo(context);
		}

	}

}
