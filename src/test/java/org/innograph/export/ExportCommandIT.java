package org.innograph.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.innograph.InnographApplication;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar innograph.jar export …} in the default, embedded mode: the command opens the data
 * directory, loads the seed into it as the server would, writes the file, and returns 0 without a web server.
 */
class ExportCommandIT {

	@Test
	void writesAGraphMlFileFromTheEmbeddedDatabaseAndExitsWithZero() throws Exception {
		Path data = TestDatabase.temporaryDirectory("innograph-export-command");
		Path out = data.resolve("councils.graphml");
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			int code = ExportCommand.run(InnographApplication.class,
					new String[] { "export", "--format", "graphml", "--out", out.toString(), "--kinds",
							"INDUSTRIAL_COMPLEX,COUNCIL", "--types", "MEMBER_OF", "--spring.neo4j.uri=",
							"--innograph.embedded.enabled=true", "--innograph.embedded.data-directory=" + data.resolve("db"),
							"--innograph.embedded.bolt-port=0" },
					new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
			assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
			assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Wrote ").contains(out.toString());
			ExportRoundTripTests.Imported imported = ExportRoundTripTests.importGraphMl(Files.readAllBytes(out));
			assertThat(imported.graph().vertexSet()).contains("complex:seongseo-general", "council:003-14-robot-convergence-parts");
			Map<String, String> seongseo = imported.nodes().get("complex:seongseo-general");
			assertThat(seongseo).containsEntry("nameKo", "성서일반산업단지").containsEntry("degree", "5");
			try (var files = Files.list(data)) {
				assertThat(files.filter((file) -> file.getFileName().toString().endsWith(".part"))).isEmpty();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(data.toFile());
		}
	}

}
