package org.innograph.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The researchers' views in headless Chromium: the measures page with its ranking and its
 * note on the documents' coverage, KAIST's interlocks with their evidence, the path
 * finder asking which "경남" / "Gyeongnam" is meant, and the timeline's export holding
 * exactly the items shown; each at 1440×900 and 390×844 in Korean and English, no element
 * wider than the phone's screen, a title of its own per view. Screenshots go to
 * {@code target/screenshots/} ({@code measures-*}, {@code interlocks-*},
 * {@code path-choices-*}, {@code timeline-2023-*}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchViewsBrowserIT {

	private static final int PHONE_WIDTH = 390;

	private static final String KAIST = "org:kaist";

	private static final String MOU = "agreement:daejeon-space-mou-2023";

	private static final String JEONNAM_CLUSTER = "cluster:jeonnam-space-launch-vehicle";

	/** Elements that stick out of the viewport, unless a scrolling box holds them. */
	private static final String WIDE = HeadlessChromium.COLLECT_WIDE + """
			return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.DESKTOP);

	@Test
	void measuresPageRanksBrokersAndSaysHowFewDocumentsTheyRestOn() throws Exception {
		int documents = sourceCount();
		for (String lang : List.of("ko", "en")) {
			this.browser.desktop();
			this.browser.open(this.browser.origin() + "/#/?lang=" + lang);
			this.browser.ready("home");
			this.browser.waitFor(By.cssSelector("nav.site-nav a[data-route='measures']")).click();
			this.browser.ready("measures");
			List<WebElement> rows = this.browser.driver()
				.findElements(By.cssSelector("table.ranking-table[data-measure='BETWEENNESS'] tbody tr"));
			assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
			assertThat(rows.get(0).findElement(By.cssSelector("td")).getText()).isEqualTo("1");
			WebElement note = this.browser.waitFor(By.cssSelector("#coverage-note .coverage-text"));
			// The number of documents comes from the API's sources, not from the page.
			assertThat(note.getAttribute("data-documents")).isEqualTo(String.valueOf(documents));
			assertThat(note.getText()).contains(String.valueOf(documents));
			String publishers = this.browser.driver()
				.findElement(By.cssSelector("#coverage-note .coverage-publishers"))
				.getText();
			assertThat(publishers).contains(lang.equals("ko") ? "대전광역시" : "Daejeon");
			assertThat(this.browser.driver().findElements(By.cssSelector(".explanations li"))).hasSize(4);
			assertThat(this.browser.driver().findElements(By.cssSelector(".community-list li"))).isNotEmpty();
			this.browser.screenshot("measures-desktop-" + lang);
			this.browser.script("document.getElementById('ranking-heading').scrollIntoView()");
			this.browser.screenshot("measures-ranking-desktop-" + lang);

			this.browser.waitFor(By.id("measures-measure")).sendKeys(lang.equals("ko") ? "페이지랭크" : "PageRank");
			this.browser.driver().findElement(By.id("measures-apply")).click();
			this.browser.waitFor(By.cssSelector("table.ranking-table[data-measure='PAGE_RANK'] tbody tr"));
			assertThat(this.browser.driver().getCurrentUrl()).contains("measure=PAGE_RANK");

			this.browser.phone();
			this.browser.open(this.browser.origin() + "/#/measures?measure=DEGREE&kind=ORGANIZATION&lang=" + lang);
			this.browser.ready("measures");
			this.browser.waitFor(By.cssSelector("table.ranking-table[data-measure='DEGREE'] tbody tr"));
			assertFitsThePhone("measures " + lang);
			this.browser.screenshot("measures-phone-" + lang);
		}
	}

	@Test
	void kaistsPageShowsItsSharedTablesWithEvidenceOneClickAway() {
		this.browser.desktop();
		this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=ko");
		this.browser.ready("node");
		List<WebElement> tables = this.browser.driver().findElements(By.cssSelector("#interlocks li.interlock"));
		assertThat(tables).hasSize(6);
		assertThat(tables.get(0).getAttribute("data-via")).isEqualTo(MOU);
		assertThat(tables.get(0).findElements(By.cssSelector("li.partner"))).hasSize(11);
		WebElement kari = tables.get(0).findElement(By.cssSelector("li.partner[data-id='org:kari']"));
		assertThat(kari.getAttribute("data-basis")).isEqualTo("STATED");
		kari.findElement(By.cssSelector("details summary")).click();
		this.browser.waitUntil((driver) -> kari.getText().contains("②한국항공우주연구원(KARI)"));
		// Planned tables say so: the Chungcheong bio cluster is a plan of the master
		// plan.
		WebElement bio = this.browser.driver()
			.findElement(By.cssSelector("#interlocks li.interlock[data-via='cluster:chungcheong-bio-cluster']"));
		assertThat(bio.getAttribute("data-basis")).isEqualTo("PLANNED");
		assertThat(bio.findElement(By.cssSelector(".interlock-via .badge.basis")).getText()).endsWith("계획 단계");
		this.browser.script("document.getElementById('interlocks').scrollIntoView()");
		this.browser.screenshot("interlocks-desktop-ko");
		for (String lang : List.of("ko", "en")) {
			if (lang.equals("en")) {
				this.browser.desktop();
				this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=en");
				this.browser.ready("node");
				this.browser.waitFor(By.cssSelector("#interlocks li.interlock"));
				this.browser.script("document.getElementById('interlocks').scrollIntoView()");
				this.browser.screenshot("interlocks-desktop-en");
			}
			this.browser.phone();
			this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=" + lang);
			this.browser.ready("node");
			this.browser.waitFor(By.cssSelector("#interlocks li.interlock"));
			assertFitsThePhone("KAIST " + lang);
			this.browser.script("document.getElementById('interlocks').scrollIntoView()");
			this.browser.screenshot("interlocks-phone-" + lang);
		}
	}

	@Test
	void thePathFinderAsksWhichGyeongnamIsMeantAndKeepsTheTypedName() {
		record Case(String lang, String typed, String chosen) {
		}
		for (Case c : List.of(new Case("ko", "경남", "cluster:gyeongnam-space-satellite"),
				new Case("en", "Gyeongnam", "region:gyeongnam"))) {
			this.browser.desktop();
			this.browser.open(this.browser.origin() + "/#/path?lang=" + c.lang());
			this.browser.ready("path");
			this.browser.waitFor(By.id("path-from")).sendKeys(c.typed());
			this.browser.driver().findElement(By.id("path-to")).sendKeys(JEONNAM_CLUSTER);
			this.browser.driver().findElement(By.id("path-submit")).click();
			this.browser.waitFor(By.cssSelector("#path-from-choices li[data-id]"));
			List<String> offered = this.browser.driver()
				.findElements(By.cssSelector("#path-from-choices li[data-id]"))
				.stream()
				.map((li) -> li.getAttribute("data-id"))
				.toList();
			assertThat(offered).contains("region:gyeongnam", "cluster:gyeongnam-space-satellite");
			assertThat(this.browser.driver().findElement(By.id("path-from-prompt")).getText()).contains(c.typed());
			// Nothing was picked for the person: still on the empty form, the text as
			// typed.
			assertThat(this.browser.driver().getCurrentUrl()).doesNotContain(encode(c.chosen()));
			assertThat(this.browser.driver().findElement(By.id("path-from")).getAttribute("value"))
				.isEqualTo(c.typed());
			this.browser.screenshot("path-choices-desktop-" + c.lang());
			this.browser.phone();
			assertFitsThePhone("path choices " + c.lang());
			this.browser.screenshot("path-choices-phone-" + c.lang());
			this.browser.driver()
				.findElement(By.cssSelector("#path-from-choices li[data-id='" + c.chosen() + "'] button.choose"))
				.click();
			this.browser.waitUntil((driver) -> driver.getCurrentUrl().contains("#/path/" + encode(c.chosen())));
			this.browser.ready("path");
			assertThat(this.browser.waitFor(By.cssSelector("section.path")).isDisplayed()).isTrue();
			assertThat(this.browser.driver().findElement(By.id("path-from")).getAttribute("value"))
				.isEqualTo(c.typed());
			assertThat(this.browser.driver().getTitle()).contains("→");
		}
	}

	@Test
	void theTimelinesExportHoldsTheFilteredItemsOnly() throws Exception {
		this.browser.desktop();
		this.browser.open(this.browser.origin() + "/#/timeline?from=2023-01-01&to=2023-12-31&lang=en");
		this.browser.ready("timeline");
		this.browser.waitFor(By.cssSelector(".timeline-item"));
		assertThat(this.browser.driver().findElements(By.cssSelector(".more button"))).isEmpty();
		Set<String> shown = new TreeSet<>();
		for (WebElement a : this.browser.driver().findElements(By.cssSelector(".timeline-item a.entity-link"))) {
			String href = a.getAttribute("href");
			String id = href.substring(href.indexOf("#/node/") + "#/node/".length(), href.indexOf('?'));
			shown.add(URLDecoder.decode(id, StandardCharsets.UTF_8));
		}
		assertThat(shown).contains(MOU).doesNotContain("council:003-20-aerospace");
		String link = this.browser.driver()
			.findElement(By.cssSelector("nav.export a.export-link[data-format='cytoscape']"))
			.getAttribute("href");
		assertThat(link).contains("timeline=true").contains("since=2023-01-01").contains("until=2023-12-31");
		Map<?, ?> file = JSON.readValue(get(link), Map.class);
		Set<String> exported = new TreeSet<>();
		for (Object node : (List<?>) ((Map<?, ?>) file.get("elements")).get("nodes")) {
			exported.add((String) ((Map<?, ?>) ((Map<?, ?>) node).get("data")).get("id"));
		}
		assertThat(exported).isEqualTo(shown);
		this.browser.screenshot("timeline-2023-desktop-en");
		this.browser.desktop();
		this.browser.open(this.browser.origin() + "/#/timeline?from=2023-01-01&to=2023-12-31&lang=ko");
		this.browser.ready("timeline");
		this.browser.waitFor(By.cssSelector(".timeline-item"));
		this.browser.screenshot("timeline-2023-desktop-ko");
		for (String lang : List.of("ko", "en")) {
			this.browser.phone();
			this.browser.open(this.browser.origin() + "/#/timeline?from=2023-01-01&to=2023-12-31&lang=" + lang);
			this.browser.ready("timeline");
			this.browser.waitFor(By.cssSelector(".timeline-item"));
			assertFitsThePhone("timeline " + lang);
			this.browser.screenshot("timeline-2023-phone-" + lang);
		}
	}

	@Test
	void eachViewHasATitleOfItsOwn() {
		this.browser.desktop();
		List<String> titles = new ArrayList<>();
		for (String hash : List.of("#/measures?lang=en", "#/node/" + encode(KAIST) + "?lang=en", "#/path?lang=en",
				"#/timeline?lang=en", "#/path/" + encode(KAIST) + "/" + encode(JEONNAM_CLUSTER) + "?lang=en")) {
			this.browser.open(this.browser.origin() + "/" + hash);
			String view = hash.substring(2, hash.indexOf(hash.indexOf('/', 2) > 0 ? '/' : '?', 2));
			this.browser.ready(view);
			titles.add(this.browser.driver().getTitle());
		}
		assertThat(new HashSet<>(titles)).as("titles " + titles).hasSize(titles.size());
		assertThat(titles.get(0)).contains("Network measures");
	}

	private void assertFitsThePhone(String where) {
		Map<?, ?> seen = (Map<?, ?>) this.browser.script(WIDE);
		assertThat(((Number) seen.get("scrollWidth")).intValue()).as(where + ": page width")
			.isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat((List<?>) seen.get("wide")).as(where + ": elements wider than the screen").isEmpty();
	}

	private int sourceCount() throws Exception {
		String body = post("{\"query\":\"{ sources { id } }\"}");
		Map<?, ?> answer = JSON.readValue(body, Map.class);
		return ((List<?>) ((Map<?, ?>) answer.get("data")).get("sources")).size();
	}

	private String post(String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.browser.origin() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	private static String encode(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8);
	}

}
