package org.innograph.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-http server audits (the reference suite for GraphQL over HTTP) pass against
 * the running service with no error and no warning. Needs Node.js and npm; CI has both
 * and must run it.
 */
@IntegrationTest
class GraphqlHttpAuditIT {

	@LocalServerPort
	int port;

	@Test
	void graphqlHttpAuditsPassWithoutErrorsOrWarnings() throws Exception {
		boolean ci = System.getenv("CI") != null;
		boolean node = runs(List.of("node", "--version")) && runs(List.of("npm", "--version"));
		if (!ci) {
			Assumptions.assumeTrue(node, "Node.js and npm are needed for the graphql-http audit");
		}
		assertThat(node).as("Node.js and npm on the PATH (CI runs this audit)").isTrue();

		Path work = Path.of("target", "graphql-http-audit");
		Files.createDirectories(work);
		for (String file : List.of("package.json", "audit.mjs")) {
			Files.copy(Path.of("src", "test", "audit", file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(work.resolve("node_modules/graphql-http"))) {
			Result install = run(work, List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error"), 300);
			assertThat(install.exit()).as("npm install: " + install.output()).isZero();
		}
		Result audit = run(work, List.of("node", "audit.mjs", "http://127.0.0.1:" + this.port + "/graphql"), 120);
		assertThat(audit.output()).contains("errors=0 warnings=0");
		assertThat(audit.exit()).as(audit.output()).isZero();
	}

	private static boolean runs(List<String> command) {
		try {
			return run(Path.of("."), command, 30).exit() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static Result run(Path directory, List<String> command, int seconds)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return new Result(-1, "timed out after " + seconds + " s");
		}
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	private record Result(int exit, String output) {
	}

}
