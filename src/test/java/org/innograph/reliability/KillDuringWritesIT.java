package org.innograph.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.innograph.embedded.EmbeddedCredentials;
import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service, run as {@code java -jar} on its embedded database, is killed with SIGKILL
 * while writes stream in; after a restart every write that was acknowledged is there,
 * exactly once.
 */
@Tag("process")
class KillDuringWritesIT {

	@Test
	void survivesKillDuringWrites() throws Exception {
		Path data = TestDatabase.temporaryDirectory("innograph-kill");
		int boltPort = DatabaseOutageIT.freePort();
		List<Long> acknowledged = new CopyOnWriteArrayList<>();
		try {
			// The store and its credentials are made here, as the application's first
			// start makes them, in the
			// tests' JVM, where Neo4j is usually warm already: a fresh child JVM spends
			// tens of seconds on that
			// alone, and what is tested here starts with the writes.
			EmbeddedNeo4j.start(data, 0, "64m", Duration.ofMinutes(5)).close();
			Process first = start(data, boltPort);
			try (Driver driver = connect(data, boltPort)) {
				try (Session session = driver.session()) {
					session.run("CREATE CONSTRAINT kill_check IF NOT EXISTS FOR (k:KillCheck) REQUIRE k.id IS UNIQUE")
						.consume();
				}
				AtomicBoolean stop = new AtomicBoolean();
				Thread writer = new Thread(() -> {
					try (Session session = driver.session()) {
						for (long i = 0; !stop.get(); i++) {
							long id = i;
							session.executeWriteWithoutResult(
									(tx) -> tx.run("CREATE (:KillCheck {id: $id, at: datetime()})", Map.of("id", id)));
							acknowledged.add(id);
						}
					}
					catch (RuntimeException ex) {
						// the process was killed under us: expected
					}
				});
				writer.start();
				Instant until = Instant.now().plusSeconds(4);
				while (Instant.now().isBefore(until) || acknowledged.size() < 50) {
					Thread.sleep(100);
				}
				first.destroyForcibly();
				assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
				stop.set(true);
				writer.join(30_000);
			}
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(50);

			Process second = start(data, boltPort);
			try (Driver driver = connect(data, boltPort); Session session = driver.session()) {
				List<Long> stored = session.run("MATCH (k:KillCheck) RETURN k.id AS id ORDER BY id")
					.list((row) -> row.get("id").asLong());
				assertThat(stored).doesNotHaveDuplicates().containsAll(acknowledged);
				assertThat(stored.size()).isLessThanOrEqualTo(acknowledged.size() + 1);
			}
			finally {
				second.destroy();
				second.waitFor(60, TimeUnit.SECONDS);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(data.toFile());
		}
	}

	private static Process start(Path data, int boltPort) throws IOException {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter((p) -> p.getFileName().toString().matches("innograph-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run after 'package': no jar in target/"));
		}
		// C1 only: the process lives for seconds, mostly starting up, where the
		// optimising compiler costs more
		// than it brings; durability does not depend on it.
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=0", "--spring.neo4j.uri=",
						"--innograph.embedded.data-directory=" + data, "--innograph.embedded.bolt-port=" + boltPort,
						"--innograph.seed.enabled=false"));
		File log = data.resolveSibling(data.getFileName() + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
			.start();
	}

	private static Driver connect(Path data, int boltPort) throws InterruptedException {
		// A start after a kill recovers the store first: it can take a while on a loaded
		// 2-core machine.
		Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
		while (true) {
			// The credentials the application made at its database's first start, kept in
			// its data directory.
			Optional<EmbeddedCredentials> credentials = EmbeddedCredentials.read(data);
			// Writes are not retried for long: once the process is killed, the writer's
			// last transaction fails within a second or two instead of the driver's
			// default 30 s of retries, which the test would only wait out.
			Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort,
					credentials.map(EmbeddedCredentials::authToken).orElse(AuthTokens.none()),
					Config.builder()
						.withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
						.withConnectionTimeout(2, TimeUnit.SECONDS)
						.build());
			try {
				driver.verifyConnectivity();
				return driver;
			}
			catch (RuntimeException ex) {
				driver.close();
				if (Instant.now().isAfter(deadline)) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

}
