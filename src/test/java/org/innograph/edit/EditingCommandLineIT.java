package org.innograph.edit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.innograph.InnographApplication;
import org.innograph.cli.Command;
import org.innograph.cli.Commands;
import org.innograph.support.Prepared;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The editor's whole path on the embedded database: a token made on the command line, an
 * MOU created over HTTP with it, still there after a restart, and exported back into seed
 * files by the command line.
 */
@Tag("process")
class EditingCommandLineIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void tokenFromTheCommandLineWritesAnMouThatSurvivesARestartAndIsExported() throws Exception {
		Path data = TestDatabase.temporaryDirectory("innograph-editing");
		Path export = TestDatabase.temporaryDirectory("innograph-editing-export");
		Map<String, Object> database = Map.of("spring.neo4j.uri", "", "innograph.embedded.enabled", "true",
				"innograph.embedded.data-directory", data.toString(), "innograph.embedded.bolt-port", "0");
		String[] embedded = database.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		String mou = "agreement:cli-test-mou";
		try {
			// The command line's own entry point, as `java -jar innograph.jar token
			// create …` calls it; it also
			// creates the data directory's database.
			Output created = command(database, "token", "create", "--name", "cli-editor", "--role", "editor");
			assertThat(created.status()).as(created.text()).isZero();
			String token = created.text().strip();
			assertThat(token).startsWith("igt_").hasSizeGreaterThan(40);

			try (RunningApp app = RunningApp.start(embedded)) {
				Prepared.await(app.context());
				// The other commands run as beans of a running application on the same
				// database: the same code
				// as from the command line without starting the application and its
				// database once more each.
				assertThatIllegalArgumentException()
					.isThrownBy(() -> command(app, "token", "create", "--name", "x", "--role", "owner"))
					.as("an unknown role is refused");
				String body = json.writeValueAsString(Map.of("query",
						"""
								mutation($input: CreateRecordsInput!) { createRecords(input: $input) { entities { id version } } }
								""",
						"variables", Map.of("input", EditingIT.mou(mou, "org:kari", "org:kasi"))));
				HttpResponse<String> response = RunningApp.send(HttpRequest.newBuilder(app.uri("/graphql"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).doesNotContain("errors").contains(mou);
				assertThat(app.graphql(partiesOf(mou)).body()).contains("org:kari", "org:kasi");
			}
			try (RunningApp app = RunningApp.start(embedded)) {
				Prepared.await(app.context());
				String body = app.graphql(partiesOf(mou)).body();
				assertThat(body).contains("\"totalCount\":2", "org:kari", "org:kasi", "\"version\":1");
				// Public reads never show history.
				assertThat(app.graphql("{ history(id: \"" + mou + "\") { totalCount } }").body())
					.contains("UNAUTHENTICATED");

				Output exported = command(app, "seed", "export", "--out", export.toString());
				assertThat(exported.status()).as(exported.text()).isZero();
				String edits = Files.readString(export.resolve("edits.yaml"));
				assertThat(edits).contains("id: " + mou, "type: PARTY_TO", "from: org:kari", "2024-05");
				assertThat(export.resolve("000-daejeon-space-mou.yaml")).exists();

				assertThat(command(app, "token", "revoke", "--name", "cli-editor").status()).isZero();
				assertThat(command(app, "token", "list").text()).contains("cli-editor", "revoked");
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(data.toFile());
			FileSystemUtils.deleteRecursively(export.toFile());
		}
	}

	private static String partiesOf(String mou) {
		return "{ entity(key: \"" + mou
				+ "\") { version relationships(types: [PARTY_TO]) { totalCount nodes { from { id } } } } }";
	}

	private record Output(int status, String text) {
	}

	private static Output command(Map<String, Object> properties, String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = Commands.run(InnographApplication.class, args, properties,
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Output(status, bytes.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Runs the command bean named {@code args[0]} of a running application with the other
	 * words.
	 */
	private static Output command(RunningApp app, String... args) throws Exception {
		Command command = app.context()
			.getBeansOfType(Command.class)
			.values()
			.stream()
			.filter((candidate) -> candidate.name().equals(args[0]))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no command " + args[0]));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = command.run(List.of(args).subList(1, args.length),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Output(status, bytes.toString(StandardCharsets.UTF_8));
	}

}
