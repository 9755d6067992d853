package org.innograph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the build packages, read from the jars themselves after {@code package}: the
 * application jar carries the service and nothing of the benchmark, and the benchmark's
 * own jar carries the benchmark and nothing else.
 */
class PackagedJarsIT {

	private static final Path TARGET = Path.of("target");

	@Test
	void theApplicationJarHoldsNoBenchmarkClass() throws IOException {
		List<String> entries = entries(jar("innograph.jar", TARGET));
		assertThat(entries).contains("BOOT-INF/classes/org/innograph/InnographApplication.class",
				"BOOT-INF/classes/org/innograph/paths/PathStatements.class");
		assertThat(entries).noneMatch((entry) -> entry.contains("org/innograph/bench/"))
			.noneMatch((entry) -> entry.contains("BenchAccess"));
	}

	/**
	 * The pom leaves these out: parts of the embedded engine it never runs here, and
	 * unused starters.
	 */
	@Test
	void theApplicationJarLeavesOutWhatTheEngineNeverRunsHere() throws IOException {
		List<String> libraries = entries(jar("innograph.jar", TARGET)).stream()
			.filter((entry) -> entry.startsWith("BOOT-INF/lib/"))
			.map((entry) -> entry.substring("BOOT-INF/lib/".length()))
			.toList();
		assertThat(libraries).anyMatch((library) -> library.startsWith("neo4j-kernel-"))
			.anyMatch((library) -> library.startsWith("neo4j-server-"));
		for (String left : new String[] { "hadoop-", "parquet-", "snappy-java-", "jts-core-", "jetty-", "jersey-",
				"jackson-jaxrs-", "jaxb-runtime-", "jProcesses-", "zstd-jni-", "hibernate-validator-",
				"neo4j-slf4j-provider-" }) {
			assertThat(libraries).as(left).noneMatch((library) -> library.startsWith(left));
		}
	}

	@Test
	void theBenchmarkJarHoldsTheBenchmarkAlone() throws IOException {
		List<String> classes = entries(jar("innograph.bench-jar", TARGET.resolve("bench-jar"))).stream()
			.filter((entry) -> entry.endsWith(".class"))
			.toList();
		assertThat(classes).contains("org/innograph/bench/Bench.class", "org/innograph/bench/RawClient.class",
				"org/innograph/entity/BenchAccess.class", "org/innograph/paths/BenchAccess.class");
		// No tests, and no class of the application: those come from the application jar
		// at run time.
		assertThat(classes)
			.allMatch((entry) -> entry.startsWith("org/innograph/bench/")
					|| entry.matches("org/innograph/[a-z]+/BenchAccess(\\$.*)?\\.class"), "a benchmark class")
			.noneMatch((entry) -> entry.contains("Tests"));
	}

	/**
	 * The jar Maven names in a system property (see the pom's Failsafe settings), else
	 * the one in the folder.
	 */
	private static Path jar(String property, Path folder) throws IOException {
		String named = System.getProperty(property);
		if (named != null) {
			return Path.of(named);
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().matches("innograph-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no jar in " + folder + ": run `./mvnw package` first"));
		}
	}

	private static List<String> entries(Path jar) throws IOException {
		assertThat(jar).as("the packaged jar").isRegularFile();
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().map(ZipEntry::getName).toList();
		}
	}

}
