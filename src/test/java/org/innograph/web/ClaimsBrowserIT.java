package org.innograph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the explorer shows about the claims it presents, in a real browser: the document
 * view with the quoted line highlighted (needs the source texts in
 * {@code ../shared/sources/}: skipped without them, failing under CI=true), quotes that
 * open it, and planned links drawn and labelled apart from stated ones at desktop and
 * phone widths. Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsBrowserIT {

	private static final Path SOURCES = Path.of("..", "shared", "sources");

	private static final String KAIST = "org:kaist";

	private static final String KAIST_MOU_LINK = "rel:org:kaist>PARTY_TO>agreement:daejeon-space-mou-2023";

	/**
	 * A link the master plan only calls for (001 L656: a cooperation system "구축 가능한 …
	 * 필요").
	 */
	private static final String ADD_DAPA = "rel:org:add>COOPERATES_WITH>org:dapa";

	/**
	 * A partner city named as one to strengthen cooperation with (001 L1300: "협력 강화").
	 */
	private static final String DRESDEN_DAEJEON = "rel:region:dresden>PARTNER_OF>org:daejeon-city";

	private static final List<String> PLANNED_IN_THE_SEED = List.of(ADD_DAPA, DRESDEN_DAEJEON);

	@LocalServerPort
	int port;

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.DESKTOP);

	Http http;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void httpClient() {
		this.http = new Http(this.port);
	}

	/**
	 * The links the tests draw as planned are PLANNED in the seed, and so in the graph
	 * the app reads.
	 */
	@BeforeAll
	void plannedLinksAsTheSeedRecordsThem() {
		awaitSeed();
		for (String id : PLANNED_IN_THE_SEED) {
			assertThat(this.client.query("MATCH ()-[r {id: $id}]->() RETURN r.basis AS basis")
				.bind(id)
				.to("id")
				.fetchAs(String.class)
				.one()).as("basis of %s", id).contains("PLANNED");
		}
	}

	@BeforeEach
	void desktopWindow() {
		this.browser.desktop();
	}

	@Test
	void documentViewHighlightsTheAskedLineAmongItsNeighbours() {
		List<String> text = sourceText("001");
		this.browser.open(this.browser.origin() + "/#/source/doc%3A001?line=763&lang=ko");
		this.browser.ready("source");
		assertThat(this.browser.waitFor(By.cssSelector("h1.view-heading")).getText()).contains("대전과학기술진흥종합계획");
		assertThat(this.browser.waitFor(By.cssSelector(".document-meta")).getText()).contains("대전광역시")
			.contains("2023-05")
			.contains("763");

		List<WebElement> highlighted = this.browser.driver().findElements(By.cssSelector(".doc-line.highlight"));
		assertThat(highlighted).hasSize(1);
		WebElement line = highlighted.get(0);
		assertThat(line.getAttribute("data-line")).isEqualTo("763");
		assertThat(line.findElement(By.cssSelector(".line-number")).getText()).isEqualTo("763");
		assertThat(squeeze(line.findElement(By.cssSelector(".line-text")).getText()))
			.isEqualTo(squeeze(text.get(763 - 1)))
			.contains("연구·인재(대전)-위성(경남)-발사체(전남)");
		assertThat(line.getCssValue("background-color")).isNotEqualTo(neighbour(762).getCssValue("background-color"));
		assertThat(inViewport(line)).as("the highlighted line is scrolled into view").isTrue();
		// Lines on both sides give the quote its context, each numbered as in the file.
		assertThat(squeeze(neighbour(762).getText())).isEqualTo("762" + squeeze(text.get(762 - 1)));
		assertThat(squeeze(neighbour(764).getText())).isEqualTo("764" + squeeze(text.get(764 - 1)));
		assertThat(lineNumbers()).contains(723, 803).doesNotContain(722, 804);
		this.browser.screenshot("document-001-line-763");

		// Earlier lines come on demand and keep the order of the file.
		this.browser.waitFor(By.id("doc-earlier")).click();
		this.browser.waitUntil((driver) -> lineNumbers().contains(722));
		List<Integer> numbers = lineNumbers();
		assertThat(numbers).isSorted().doesNotHaveDuplicates();
		assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1).isEqualTo(numbers.size());

		// A line number is a link to that line: it moves the highlight and the address.
		neighbour(764).findElement(By.cssSelector("a.line-number")).click();
		this.browser.waitUntil((driver) -> "764"
			.equals(driver.findElement(By.cssSelector(".doc-line.highlight")).getAttribute("data-line")));
		assertThat(this.browser.driver().getCurrentUrl()).contains("line=764");
		assertThat(this.browser.driver().findElements(By.cssSelector(".doc-line.highlight"))).hasSize(1);
	}

	@Test
	void aQuoteOnAnEntityPageOpensItsDocumentAtItsLine() {
		sourceText("000");
		this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=en");
		this.browser.ready("node");
		// The link cites the heading (L41, the parties) and the list item under it (L42):
		// open the item.
		WebElement quote = this.browser.waitFor(By
			.cssSelector("li.relationship[data-id='" + KAIST_MOU_LINK + "'] .evidence a.quote-link[href*='line=42&']"));
		assertThat(quote.getAttribute("href")).contains("#/source/" + encode("doc:000") + "?line=42&evidence=");
		quote.click();
		this.browser.ready("source");
		WebElement line = this.browser.waitFor(By.cssSelector(".doc-line.highlight"));
		assertThat(line.getAttribute("data-line")).isEqualTo("42");
		// The line lists five institutes; the quote's words are marked within it.
		assertThat(line.getText()).contains("②한국항공우주연구원(KARI)");
		assertThat(line.findElement(By.cssSelector("mark.quote")).getText()).isEqualTo("①한국과학기술원(KAIST)");
		assertThat(this.browser.waitFor(By.id("document-text-heading")).getText()).startsWith("Text");
	}

	@Test
	void aPlannedLinkIsDrawnAndLabelledApartFromAStatedOneOnADesktop() {
		plannedAndStatedLinksDiffer("desktop");
	}

	@Test
	void aPlannedLinkIsDrawnAndLabelledApartFromAStatedOneOnAPhone() {
		this.browser.phone();
		plannedAndStatedLinksDiffer("phone");
		Object overflow = this.browser
			.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

	@Test
	void theNetworkDrawsPlannedLinksDashedWithALegend() {
		Links links = plannedAndStatedLinks();
		this.browser.open(this.browser.origin() + "/#/network/" + encode(links.entity()) + "?lang=en");
		this.browser.ready("network");
		this.browser.waitFor(By.cssSelector("#network-canvas canvas"));
		String style = "const e = window.explorerNetwork.getElementById(arguments[0]);"
				+ " return [e.style('line-style'), e.style('line-color')];";
		List<?> planned = (List<?>) this.browser.script(style, links.planned());
		List<?> stated = (List<?>) this.browser.script(style, links.stated());
		assertThat(planned.get(0)).isEqualTo("dashed");
		assertThat(stated.get(0)).isEqualTo("solid");
		assertThat(planned.get(1)).isNotEqualTo(stated.get(1));
		WebElement legend = this.browser.waitFor(By.cssSelector(".network-main .basis-legend"));
		assertThat(legend.getText()).contains("stated").contains("planned").contains("inferred");
		assertThat(legend.findElement(By.cssSelector("li[data-basis='PLANNED'] .basis-line"))
			.getCssValue("border-top-style")).isEqualTo("dashed");

		// Selecting the edge says it in words too.
		this.browser.script("window.explorerNetwork.getElementById(arguments[0]).emit('tap');", links.planned());
		assertThat(this.browser.waitFor(By.cssSelector("#network-selected .badge.basis")).getText())
			.endsWith("planned");
		this.browser.screenshot("network-planned-links");
	}

	@Test
	void thePathViewGivesThePartnershipVerdictAndMarksPlannedHops() {
		this.browser.open(this.browser.origin() + "/#/path/" + encode("region:daejeon") + "/" + encode("region:dresden")
				+ "?maxHops=2&lang=en");
		this.browser.ready("path");
		WebElement partnership = this.browser.waitFor(By.cssSelector("#partnership[data-verdict]"));
		assertThat(partnership.getAttribute("data-verdict")).isEqualTo("PLANNED");
		assertThat(partnership.findElement(By.cssSelector(".badge.verdict")).getText()).contains("planned only");
		assertThat(partnership.findElement(By.cssSelector(".verdict-summary")).getText()).isNotBlank();

		Links links = plannedAndStatedLinks();
		JsonNode planned = relationship(links.planned());
		this.browser.open(this.browser.origin() + "/#/path/" + encode(planned.at("/from/id").asString()) + "/"
				+ encode(planned.at("/to/id").asString()) + "?maxHops=1&lang=ko");
		this.browser.ready("path");
		WebElement hop = this.browser.waitFor(By.cssSelector("li.hop[data-relationship='" + links.planned() + "']"));
		assertThat(hop.getAttribute("data-basis")).isEqualTo("PLANNED");
		assertThat(hop.findElement(By.cssSelector(".badge.basis")).getText()).endsWith("계획 단계");
		assertThat(hop.getCssValue("border-left-style")).isEqualTo("dashed");
		assertThat(hop.findElement(By.xpath("ancestor::section[contains(@class, 'path')]"))
			.findElement(By.cssSelector(".path-basis"))
			.getText()).isEqualTo("계획되었거나 추론된 단계가 있습니다.");
		this.browser.screenshot("path-planned-hop");
	}

	/**
	 * On the entity page, the planned link's item and badge differ from the stated one's
	 * in style and text.
	 */
	private void plannedAndStatedLinksDiffer(String width) {
		Links links = plannedAndStatedLinks();
		for (String language : List.of("ko", "en")) {
			this.browser.open(this.browser.origin() + "/#/node/" + encode(links.entity()) + "?lang=" + language);
			this.browser.ready("node");
			WebElement planned = this.browser
				.waitFor(By.cssSelector("li.relationship[data-id='" + links.planned() + "']"));
			WebElement stated = this.browser
				.waitFor(By.cssSelector("li.relationship[data-id='" + links.stated() + "']"));
			WebElement plannedBadge = planned.findElement(By.cssSelector(".badge.basis"));
			WebElement statedBadge = stated.findElement(By.cssSelector(".badge.basis"));
			// The badge reads "Basis: planned" to a screen reader and shows "planned".
			assertThat(plannedBadge.getText()).endsWith("ko".equals(language) ? "계획 단계" : "planned");
			assertThat(statedBadge.getText()).endsWith("ko".equals(language) ? "명시됨" : "stated");
			assertThat(planned.getCssValue("border-left-style")).isEqualTo("dashed");
			assertThat(stated.getCssValue("border-left-style")).isEqualTo("none");
			assertThat(plannedBadge.getCssValue("background-color"))
				.isNotEqualTo(statedBadge.getCssValue("background-color"));
			assertThat(plannedBadge.getCssValue("color")).isNotEqualTo(statedBadge.getCssValue("color"));
			assertThat(plannedBadge.getCssValue("border-top-style")).isEqualTo("dashed");
			assertThat(statedBadge.getCssValue("border-top-style")).isEqualTo("solid");
			WebElement legend = this.browser.waitFor(By.cssSelector(".relationships .basis-legend"));
			assertThat(legend.findElements(By.cssSelector("li[data-basis]"))).hasSize(3);
			this.browser.script("arguments[0].scrollIntoView({block: 'center'});", planned);
			this.browser.screenshot("planned-link-" + width + "-" + language);
		}
	}

	/**
	 * ADD's planned link to DAPA, and one of DAPA's stated links (its move to Daejeon),
	 * as the API gives them.
	 */
	private Links plannedAndStatedLinks() {
		JsonNode nodes = graphql("""
				query ($id: String!) { entity(key: $id) { relationships(first: 100) { nodes { id basis } } } }""",
				Map.of("id", "org:dapa"))
			.at("/data/entity/relationships/nodes");
		List<String> planned = new ArrayList<>();
		List<String> stated = new ArrayList<>();
		nodes.forEach((node) -> {
			String basis = node.path("basis").asString();
			if ("PLANNED".equals(basis)) {
				planned.add(node.path("id").asString());
			}
			else if ("STATED".equals(basis)) {
				stated.add(node.path("id").asString());
			}
		});
		assertThat(planned).as("DAPA's planned links").contains(ADD_DAPA);
		assertThat(stated).as("DAPA's stated links").isNotEmpty();
		return new Links("org:dapa", ADD_DAPA, stated.get(0));
	}

	private void awaitSeed() {
		HealthIndicator store = this.context.getBean("graphStore", HealthIndicator.class);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!Status.UP.equals(store.health().getStatus())) {
			assertThat(Instant.now()).as("the graph store is prepared: " + store.health().getDetails())
				.isBefore(deadline);
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private JsonNode relationship(String id) {
		return graphql("query ($id: ID!) { node(id: $id) { ... on Relationship { from { id } to { id } } } }",
				Map.of("id", id))
			.at("/data/node");
	}

	private JsonNode graphql(String query, Map<String, Object> variables) {
		JsonNode answer = Http.json(this.http.graphql(query, variables));
		assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty()).as(answer.toString())
			.isTrue();
		return answer;
	}

	/**
	 * The lines of a source document as the file has them, or the test is skipped when
	 * the texts are not at hand (and fails under CI=true, where they are). The service
	 * must then have them too.
	 */
	private List<String> sourceText(String prefix) {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		Optional<Path> file = Optional.empty();
		if (Files.isDirectory(SOURCES)) {
			try (Stream<Path> files = Files.list(SOURCES)) {
				file = files.filter((f) -> f.getFileName().toString().startsWith(prefix + "_")).findFirst();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (file.isEmpty()) {
			String message = "The document view tests need the source texts in " + SOURCES.toAbsolutePath().normalize();
			assertThat(ci).as(message + " (CI has them)").isFalse();
			Assumptions.abort(message + ": skipped");
		}
		JsonNode available = graphql("query ($id: ID!) { node(id: $id) { ... on Source { textAvailable } } }",
				Map.of("id", "doc:" + prefix))
			.at("/data/node/textAvailable");
		assertThat(available.asBoolean()).as("the service reads the texts in " + SOURCES).isTrue();
		try {
			return Files.readAllLines(file.get(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private WebElement neighbour(int number) {
		return this.browser.driver().findElement(By.cssSelector(".doc-line[data-line='" + number + "']"));
	}

	@SuppressWarnings("unchecked")
	private List<Integer> lineNumbers() {
		List<Object> numbers = (List<Object>) this.browser.script(
				"return [...document.querySelectorAll('#doc-lines .doc-line')].map((li) => Number(li.dataset.line));");
		return numbers.stream().map((n) -> ((Number) n).intValue()).toList();
	}

	private boolean inViewport(WebElement element) {
		return (Boolean) this.browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return box.top >= 0 && box.bottom <= window.innerHeight;""", element);
	}

	/**
	 * Text without its whitespace: the browser may wrap or collapse what the file has.
	 */
	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** An entity and two of its links: one planned, one stated. */
	private record Links(String entity, String planned, String stated) {
	}

}
