package org.innograph.curation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.sources.SourceTexts;
import org.innograph.support.GraphSnapshot;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest command against the shared database: the document becomes a source whose
 * text the service shows, its proposals are stored once however often it is ingested, and
 * nothing proposed shows in any public read, count or export. The test removes what it
 * wrote, so the other tests see the curated graph only.
 */
// Writes sources and proposals to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class IngestIT {

	private static final String ID = "doc:977";

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	/** A candidate no curated record names: it must not be found by any public read. */
	private static final String CANDIDATE = "한밭우주항공융합센터";

	private static final String DOCUMENT = """
			한밭시 보도자료
			- 대전시는 19일 ▲한국항공우주연구원(KARI)과 %s 설립 업무협약을 체결했다.
			- 협약식은 이장우 대전시장, 이상률 한국항공우주연구원 원장이 참석한 가운데 진행됐다.
			- 총사업비 973억 원을 투입할 계획이다.
			""".formatted(CANDIDATE);

	@Autowired
	IngestCommand command;

	@Autowired
	ProposalStore store;

	@Autowired
	SourceTexts texts;

	@Autowired
	Neo4jClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiTokens tokens;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@AfterEach
	void removeWhatTheTestWrote() throws Exception {
		TestWrites.deleteIngested(this.client, this.texts, ID);
	}

	@Test
	void proposesFromADocumentOnceAndShowsNoneOfItInPublicReads() throws Exception {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		String exportBefore = export();
		Path file = this.folder.resolve("release.txt");
		Files.writeString(file, DOCUMENT, StandardCharsets.UTF_8);

		Run first = ingest(file.toString(), "--id", ID, "--title", "한밭 우주항공 협약", "--publisher", "대전광역시", "--published",
				"2023-10-19");
		assertThat(first.status()).as(first.out()).isZero();
		List<Map<String, Object>> proposals = this.store.proposals(ID);
		assertThat(proposals).isNotEmpty().allSatisfy((p) -> {
			assertThat(p.get("status")).isEqualTo("PROPOSED");
			assertThat(p.get("id")).asString().matches("proposal:[0-9a-f]{20}");
			String line = DOCUMENT.lines().toList().get(Integer.parseInt(p.get("locator").toString().substring(1)) - 1);
			assertThat(line).contains(p.get("quote").toString());
		});
		assertThat(proposals).anySatisfy(
				(p) -> assertThat(p.get("claim")).asString().contains("\"type\":\"PARTY_TO\"", "\"key\":\"org:kari\""));
		assertThat(proposals).anySatisfy((p) -> assertThat(p.get("claim")).asString().contains(CANDIDATE));
		assertThat(proposals).anySatisfy((p) -> {
			assertThat(p.get("kind")).isEqualTo("FACT");
			assertThat(p.get("basis")).isEqualTo("PLANNED");
			assertThat(p.get("claim")).asString().contains("\"won\":97300000000");
		});

		// Again: nothing new.
		Run again = ingest(file.toString(), "--id", ID, "--title", "한밭 우주항공 협약", "--publisher", "대전광역시", "--published",
				"2023-10-19");
		assertThat(again.status()).as(again.out()).isZero();
		assertThat(again.out()).contains("already registered", " 0 proposals are new");
		assertThat(this.store.proposals(ID)).hasSameSizeAs(proposals);

		// Another text under the same id is refused, and writes nothing.
		Path other = this.folder.resolve("other.txt");
		Files.writeString(other, DOCUMENT + "- 한밭연구원이 참여한다.\n", StandardCharsets.UTF_8);
		Run refused = ingest(other.toString(), "--id", ID, "--title", "다른 문서", "--publisher", "대전광역시", "--published",
				"2023-10");
		assertThat(refused.status()).isEqualTo(1);
		assertThat(this.store.proposals(ID)).hasSameSizeAs(proposals);

		// The graph, its public reads and its export are as they were.
		GraphSnapshot after = GraphSnapshot.take(this.client);
		assertThat(List.of(after.entities(), after.relationships(), after.facts(), after.evidence()))
			.isEqualTo(List.of(before.entities(), before.relationships(), before.facts(), before.evidence()));
		this.graphQl.document("{ search(text: \"" + CANDIDATE + "\") { totalCount } }")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQl.document("{ node(id: \"" + proposals.get(0).get("id") + "\") { id } }")
			.execute()
			.path("node")
			.valueIsNull();
		assertThat(export()).isEqualTo(exportBefore).doesNotContain(CANDIDATE);

		// The document is a source whose text the service shows.
		var source = this.graphQl
			.document("{ node(id: \"" + ID + "\") { ... on Source { textAvailable textProblem lineCount "
					+ "lines(from: 2, to: 2) { number text } } } }")
			.execute();
		Map<String, Object> shown = source.path("node").entity(MAP).get();
		assertThat(shown.get("textAvailable")).as(String.valueOf(shown.get("textProblem"))).isEqualTo(true);
		assertThat(shown.get("lineCount")).isEqualTo(4);
		source.path("node.lines[0].text").entity(String.class).isEqualTo(DOCUMENT.lines().toList().get(1));
	}

	@Test
	void refusesABadCommandLineWithItsUsage() throws Exception {
		Path file = this.folder.resolve("a.txt");
		Files.writeString(file, DOCUMENT, StandardCharsets.UTF_8);
		assertThat(
				catchUsage(file.toString(), "--id", "977", "--title", "t", "--publisher", "p", "--published", "2023"))
			.contains("--id must be doc:NNN");
		assertThat(
				catchUsage(file.toString(), "--id", ID, "--title", "t", "--publisher", "p", "--published", "2023-13"))
			.contains("--published");
		assertThat(catchUsage(this.folder.resolve("none.txt").toString(), "--id", ID, "--title", "t", "--publisher",
				"p", "--published", "2023"))
			.contains("no file");
		assertThat(this.store.proposals(ID)).isEmpty();
	}

	@Test
	void editorsIngestATextOverGraphQlAndNobodyElse() {
		String mutation = """
				mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
				  source { id textAvailable lineCount } relationships proposalsCreated } }""";
		Map<String, Object> input = Map.of("id", ID, "title", "한밭 우주항공 협약", "publisher", "대전광역시", "published",
				"2023-10-19", "text", DOCUMENT);
		this.graphQl.document(mutation)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
		assertThat(this.store.proposals(ID)).isEmpty();

		HttpGraphQlTester editor = this.graphQl.mutate()
			.header("Authorization",
					"Bearer " + this.tokens.create("ingest-it-editor-" + System.nanoTime(), Role.EDITOR))
			.build();
		var response = editor.document(mutation).variable("input", input).execute();
		response.path("ingestDocument.source.id").entity(String.class).isEqualTo(ID);
		response.path("ingestDocument.source.textAvailable").entity(Boolean.class).isEqualTo(true);
		response.path("ingestDocument.source.lineCount").entity(Integer.class).isEqualTo(4);
		int created = response.path("ingestDocument.proposalsCreated").entity(Integer.class).get();
		assertThat(created).isPositive().isEqualTo(this.store.proposals(ID).size());
		editor.document(mutation)
			.variable("input", input)
			.execute()
			.path("ingestDocument.proposalsCreated")
			.entity(Integer.class)
			.isEqualTo(0);

		Map<String, Object> other = new java.util.HashMap<>(input);
		other.put("text", DOCUMENT + "- 한밭연구원이 참여한다.\n");
		editor.document(mutation)
			.variable("input", other)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "CONFLICT")));
		Map<String, Object> bad = new java.util.HashMap<>(input);
		bad.put("id", "doc:1");
		editor.document(mutation)
			.variable("input", bad)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).contains("id must be doc:NNN");
			}));
		Map<String, Object> control = new java.util.HashMap<>(input);
		control.put("id", "doc:976");
		control.put("text", "대전시는\u0007 협약을 체결했다.");
		editor.document(mutation)
			.variable("input", control)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
		assertThat(this.store.proposals(ID)).hasSize(created);
		assertThat(this.store.proposals("doc:976")).isEmpty();
	}

	/**
	 * A PDF as Korean public bodies publish them: made here from lines of a curated
	 * document, set in a Korean font embedded in the file (Nanum, which {@code .ci/run}
	 * installs; skipped without it, failing under CI=true), one document line per PDF
	 * line on a page wide enough for the longest. The ingest reads the same lines back,
	 * word for word, and proposes the agreement's parties from them.
	 */
	@Test
	void ingestsAPdfSetInAKoreanFontLineForLine() throws Exception {
		CurationAgainstSeedTests.requireTexts();
		Path font = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
		if (System.getenv("CI") != null) {
			assertThat(font).as("CI installs fonts-nanum").isRegularFile();
		}
		Assumptions.assumeTrue(Files.isRegularFile(font), "no Korean font at " + font);
		// 000's headline and the lines on the agreement, its parties and its ceremony.
		List<String> lines = Files.readAllLines(SeedComparison.file("000"), StandardCharsets.UTF_8)
			.subList(15, 25)
			.stream()
			.filter((line) -> !line.isBlank())
			.map(String::strip)
			.toList();
		Path file = this.folder.resolve("release.pdf");
		writePdf(lines, font, file);

		Run run = ingest(file.toString(), "--id", ID, "--title", "대전시 우주산업클러스터 조성 박차", "--publisher", "대전광역시",
				"--published", "2023-10-19");
		assertThat(run.status()).as(run.out()).isZero();

		var shown = this.graphQl
			.document("{ node(id: \"" + ID + "\") { ... on Source { lineCount lines(from: 1, to: 20) { text } } } }")
			.execute();
		shown.path("node.lineCount").entity(Integer.class).isEqualTo(lines.size());
		shown.path("node.lines[*].text").entityList(String.class).containsExactly(lines.toArray(String[]::new));
		List<Map<String, Object>> proposals = this.store.proposals(ID);
		assertThat(proposals).anySatisfy(
				(p) -> assertThat(p.get("claim")).asString().contains("\"type\":\"PARTY_TO\"", "\"key\":\"org:kari\""));
		assertThat(proposals).allSatisfy((p) -> {
			String line = lines.get(Integer.parseInt(p.get("locator").toString().substring(1)) - 1);
			assertThat(line).contains(p.get("quote").toString());
		});
	}

	/** One text line per document line, in the font embedded as a subset. */
	private static void writePdf(List<String> lines, Path fontFile, Path file) throws Exception {
		float size = 8;
		float leading = 12;
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = PDType0Font.load(document, fontFile.toFile());
			float width = 0;
			for (String line : lines) {
				width = Math.max(width, font.getStringWidth(line) / 1000 * size);
			}
			PDPage page = new PDPage(new PDRectangle(width + 72, leading * lines.size() + 72));
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, size);
				content.setLeading(leading);
				content.newLineAtOffset(36, page.getMediaBox().getHeight() - 36 - size);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(file.toFile());
		}
	}

	private record Run(int status, String out) {
	}

	private Run ingest(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		int status;
		try {
			status = this.command.run(List.of(args), out);
		}
		catch (IllegalArgumentException ex) {
			// As Commands.run reports it: the message, exit status 1.
			out.println(ex.getMessage());
			status = 1;
		}
		return new Run(status, bytes.toString(StandardCharsets.UTF_8));
	}

	private String catchUsage(String... args) {
		try {
			this.command.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
			return "no usage error";
		}
		catch (org.innograph.cli.UsageException ex) {
			return ex.getMessage();
		}
	}

	private String export() {
		HttpResponse<String> response = RunningApp
			.send(HttpRequest.newBuilder(new Http(this.port).uri("/export/graphml")).GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
