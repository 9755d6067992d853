package org.innograph.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.innograph.InnographApplication;
import org.innograph.cli.Commands;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar innograph.jar export …} in the default, embedded mode: the command
 * opens a data directory holding the seed, writes the file without a web server and exits
 * with 0; a bad command line exits with 2 and writes nothing.
 * <p>
 * Alone: the command is a Spring application started in this JVM, and Spring Boot sets up
 * the JVM's one logging system for each application it starts. Once, beside another class
 * starting its context in the same millisecond, the command failed before it ran ("Unable
 * to find Spring Environment in logger context").
 */
@Tag("process")
@Isolated
class ExportCommandIT {

	@Test
	void writesAGraphMlFileFromTheEmbeddedDatabaseAndExitsWithZero() throws Exception {
		Path data = TestDatabase.temporaryDirectory("innograph-export-command");
		Path out = data.resolve("councils.graphml");
		// Commands leave the seed alone; here it is loaded as a server would have loaded
		// it before.
		Map<String, Object> settings = Map.of("spring.neo4j.uri", "", "innograph.embedded.enabled", "true",
				"innograph.embedded.data-directory", data.resolve("db").toString(), "innograph.seed.enabled", "true");
		try {
			ByteArrayOutputStream stdout = new ByteArrayOutputStream();
			int code = Commands.run(InnographApplication.class,
					new String[] { "export", "--format", "graphml", "--out", out.toString(), "--kinds",
							"INDUSTRIAL_COMPLEX,COUNCIL", "--types", "MEMBER_OF" },
					settings, new PrintStream(stdout, true, StandardCharsets.UTF_8));
			String printed = stdout.toString(StandardCharsets.UTF_8);
			assertThat(code).as(printed).isZero();
			assertThat(printed).contains("Wrote ").contains(out.toString());
			ExportRoundTripTests.Imported imported = ExportRoundTripTests.importGraphMl(Files.readAllBytes(out));
			assertThat(imported.graph().vertexSet()).contains("complex:seongseo-general",
					"council:003-14-robot-convergence-parts");
			assertThat(imported.nodes().get("complex:seongseo-general")).containsEntry("nameKo", "성서일반산업단지")
				.containsEntry("degree", "5");
			try (var files = Files.list(data)) {
				assertThat(files.filter((file) -> file.getFileName().toString().endsWith(".part"))).isEmpty();
			}

			ByteArrayOutputStream bad = new ByteArrayOutputStream();
			Path never = data.resolve("never.zip");
			int badCode = Commands.run(InnographApplication.class,
					new String[] { "export", "--format", "csv", "--out", never.toString(), "--kinds", "PLANET" },
					settings, new PrintStream(bad, true, StandardCharsets.UTF_8));
			assertThat(badCode).isEqualTo(2);
			assertThat(bad.toString(StandardCharsets.UTF_8)).contains("Unknown entity kind 'PLANET'")
				.contains("Usage:");
			assertThat(never).doesNotExist();
		}
		finally {
			FileSystemUtils.deleteRecursively(data.toFile());
		}
	}

}
