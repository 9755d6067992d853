package org.innograph.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.innograph.support.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser (headless Chromium): search, entity page with evidence,
 * citation, path finder, network view, language switch, permalinks, phone-sized layout,
 * and no request leaving the service's origin. Screenshots of the citation dialog, of an
 * unfolded network and of the MOU on a phone go to {@code target/screenshots/}; those of
 * every view are taken by {@link ExplorerPagesBrowserIT}, {@link NetworkViewBrowserIT}
 * and {@link ResearchViewsBrowserIT}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserIT {

	private static final String KAIST = "org:kaist";

	private static final String JEONNAM_CLUSTER = "cluster:jeonnam-space-launch-vehicle";

	private static final String TRIANGLE = "cluster:national-space-industry-triangle";

	private static final String MOU = "agreement:daejeon-space-mou-2023";

	private static final String KAIST_MOU_LINK = "rel:org:kaist>PARTY_TO>agreement:daejeon-space-mou-2023";

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.LAPTOP);

	@BeforeEach
	void laptopWindow() {
		this.browser.laptop();
	}

	@Test
	void searchingKoreanNameOpensKaistWithTheMouItsDateAndQuote() {
		this.browser.open(this.browser.origin() + "/#/?lang=ko");
		this.browser.ready("home");
		WebElement input = this.browser.waitFor(By.id("search-input"));
		input.sendKeys("카이스트", Keys.ENTER);
		this.browser.ready("search");
		WebElement result = this.browser.waitFor(By.cssSelector("li.result[data-id='" + KAIST + "'] a.result-link"));
		assertThat(this.browser.driver().getCurrentUrl()).contains("#/search/");
		result.click();

		this.browser.waitFor(By.cssSelector("article.entity[data-id='" + KAIST + "']"));
		WebElement mou = this.browser.waitFor(By.cssSelector("li.relationship[data-id='" + KAIST_MOU_LINK + "']"));
		assertThat(mou.getText()).contains("2023-10-19")
			.contains("①한국과학기술원(KAIST)")
			.contains("대전시 우주산업클러스터 조성 박차")
			.contains("L42");
		assertThat(mou.findElement(By.cssSelector(".rel-line a")).getAttribute("href"))
			.endsWith("#/node/" + URLEncoder.encode(MOU, StandardCharsets.UTF_8) + "?lang=ko");
		assertThat(this.browser.driver().findElement(By.cssSelector("h1.view-heading")).getText()).contains("한국과학기술원");
	}

	@Test
	void citeThisLinkShowsTheCitationWithItsPermalinkSelected() {
		this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=en");
		this.browser.ready("node");
		this.browser.waitFor(By.cssSelector("li.relationship[data-id='" + KAIST_MOU_LINK + "'] button.cite")).click();
		WebElement text = this.browser.waitFor(By.cssSelector("#cite-dialog textarea[data-ready='true']"));
		String citation = text.getAttribute("value");
		assertThat(citation).startsWith("Korea Advanced Institute of Science and Technology is party to")
			.contains("2023-10-19")
			.contains("“①한국과학기술원(KAIST)”")
			.contains("#/node/" + URLEncoder.encode(KAIST_MOU_LINK, StandardCharsets.UTF_8));
		Object selected = this.browser.script(
				"const t = document.getElementById('cite-text'); return t.value.substring(t.selectionStart, t.selectionEnd);");
		assertThat(selected).isEqualTo(citation);
		this.browser.screenshot("cite-dialog-laptop-en");
		this.browser.waitFor(By.id("cite-close")).click();
		this.browser.waitUntil(
				(driver) -> !(Boolean) driver.executeScript("return document.getElementById('cite-dialog').open"));
	}

	@Test
	void pathFromKaistToJeonnamLaunchVehicleClusterIsOneClickFromHomeWithASourcePerHop() {
		this.browser.open(this.browser.origin() + "/#/?lang=en");
		this.browser.ready("home");
		this.browser.waitFor(By.id("journey-path")).click();
		this.browser.ready("path");
		WebElement first = this.browser.waitFor(By.cssSelector("#paths section.path"));
		List<WebElement> hops = first.findElements(By.cssSelector("li.hop"));
		assertThat(hops).hasSizeGreaterThanOrEqualTo(3);
		assertThat(hops.get(0).findElement(By.cssSelector(".hop-line a")).getAttribute("href"))
			.contains("#/node/" + encode(KAIST));
		List<WebElement> lastLinks = hops.get(hops.size() - 1).findElements(By.cssSelector(".hop-line a"));
		assertThat(lastLinks.get(lastLinks.size() - 1).getAttribute("href"))
			.contains("#/node/" + encode(JEONNAM_CLUSTER));
		assertThat(hops).allSatisfy((hop) -> {
			assertThat(hop.findElements(By.cssSelector(".evidence blockquote"))).isNotEmpty()
				.allSatisfy((quote) -> assertThat(quote.getText()).isNotBlank());
			assertThat(hop.findElements(By.cssSelector(".evidence .source-title"))).isNotEmpty()
				.allSatisfy((source) -> assertThat(source.getText()).isNotBlank());
			assertThat(hop.findElements(By.cssSelector("button.cite"))).hasSize(1);
		});
	}

	@Test
	void spaceTriangleNetworkIsOneClickFromHomeAndUnfoldsOnClick() {
		this.browser.open(this.browser.origin() + "/#/?lang=ko");
		this.browser.ready("home");
		this.browser.waitFor(By.id("journey-triangle")).click();
		this.browser.ready("network");
		this.browser.waitFor(By.cssSelector("#network-canvas canvas"));
		assertThat(nodeIds()).contains(TRIANGLE, JEONNAM_CLUSTER, "cluster:gyeongnam-space-satellite",
				"cluster:daejeon-space-rd-talent");
		assertThat(nodeIds()).doesNotContain("region:jeonnam");

		// Click the Jeonnam cluster in the drawing: its neighbours join the view and the
		// address.
		this.browser.script("""
				const cy = window.explorerNetwork;
				cy.getElementById(arguments[0]).emit('tap');""", JEONNAM_CLUSTER);
		this.browser.waitUntil((driver) -> nodeIds().contains("region:jeonnam"));
		assertThat(this.browser.driver().getCurrentUrl()).contains("expand=" + encode(JEONNAM_CLUSTER));
		assertThat(this.browser.waitFor(By.id("network-selected")).getText()).contains("전남 우주산업 클러스터 발사체 특화지구");
		this.browser.screenshot("network-unfolded-laptop-ko");

		// The same with the keyboard-friendly list: the Gyeongnam cluster's button
		// unfolds it.
		this.browser.waitFor(By.cssSelector(".node-item[data-id='cluster:gyeongnam-space-satellite'] button.expand"))
			.click();
		this.browser.waitUntil((driver) -> nodeIds().contains("region:gyeongnam"));

		// The unfolded view is shareable: its address reopens it.
		String address = this.browser.driver().getCurrentUrl();
		this.browser.open(address);
		this.browser.ready("network");
		this.browser
			.waitUntil((driver) -> nodeIds().contains("region:jeonnam") && nodeIds().contains("region:gyeongnam"));
	}

	@Test
	void networkFiltersByKindAndRelationshipType() {
		this.browser.open(this.browser.origin() + "/#/network/" + encode(TRIANGLE) + "?kinds=CLUSTER&lang=en");
		this.browser.ready("network");
		this.browser.waitFor(By.cssSelector("#network-canvas canvas"));
		assertThat(kinds()).containsOnly("CLUSTER");
		assertThat(nodeIds()).contains(JEONNAM_CLUSTER).doesNotContain("org:national-space-committee");

		this.browser.open(this.browser.origin() + "/#/network/" + encode(TRIANGLE) + "?types=DESIGNATES&lang=en");
		this.browser.ready("network");
		this.browser.waitUntil((driver) -> nodeIds().size() == 2);
		assertThat(nodeIds()).containsExactlyInAnyOrder(TRIANGLE, "org:national-space-committee");
	}

	@Test
	void switchingLanguageChangesLabelsAndTheAddress() {
		this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=ko");
		this.browser.ready("node");
		assertThat(this.browser.waitFor(By.id("search-button")).getText()).isEqualTo("검색");
		assertThat(this.browser.waitFor(By.id("attributes-heading")).getText()).isEqualTo("기본 정보");
		assertThat(this.browser.script("return document.documentElement.lang")).isEqualTo("ko");

		this.browser.waitFor(By.cssSelector("button[data-lang='en']")).click();
		this.browser.waitUntil((driver) -> "en".equals(driver.executeScript("return document.documentElement.lang")));
		this.browser.ready("node");
		assertThat(this.browser.waitFor(By.id("search-button")).getText()).isEqualTo("Search");
		assertThat(this.browser.waitFor(By.id("attributes-heading")).getText()).isEqualTo("About");
		assertThat(this.browser.waitFor(By.cssSelector("h1.view-heading .name-primary")).getText())
			.isEqualTo("Korea Advanced Institute of Science and Technology");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("#/node/" + encode(KAIST) + "?lang=en");
		assertThat(this.browser.waitFor(By.cssSelector("button[data-lang='en']")).getAttribute("aria-pressed"))
			.isEqualTo("true");
	}

	@Test
	void permalinksReloadTheSameView() {
		// The form the API writes into citations (Java's URLEncoder), opened cold.
		this.browser
			.open(this.browser.origin() + "/#/node/" + URLEncoder.encode(KAIST_MOU_LINK, StandardCharsets.UTF_8));
		this.browser.ready("node");
		WebElement view = this.browser.waitFor(By.cssSelector("article.relationship-view"));
		assertThat(view.getAttribute("data-id")).isEqualTo(KAIST_MOU_LINK);
		assertThat(this.browser.waitFor(By.id("citation")).getText()).contains("①한국과학기술원(KAIST)");

		// From the link's page to the entity page with the link highlighted, and back by
		// address.
		this.browser.waitFor(By.cssSelector(".view-actions a.button")).click();
		this.browser.ready("node");
		WebElement highlighted = this.browser.waitFor(By.cssSelector("li.relationship.highlight"));
		assertThat(highlighted.getAttribute("data-id")).isEqualTo(KAIST_MOU_LINK);
		String address = this.browser.driver().getCurrentUrl();
		assertThat(address).contains("highlight=");
		this.browser.open(address);
		this.browser.ready("node");
		assertThat(this.browser.waitFor(By.cssSelector("li.relationship.highlight")).getAttribute("data-id"))
			.isEqualTo(KAIST_MOU_LINK);

		// Search and path addresses reload too.
		this.browser.open(this.browser.origin() + "/#/search/" + encode("KAIST") + "?lang=en");
		this.browser.ready("search");
		this.browser.waitFor(By.cssSelector("li.result[data-id='" + KAIST + "']"));
		this.browser.open(this.browser.origin() + "/#/path/" + encode(KAIST) + "/" + encode(JEONNAM_CLUSTER)
				+ "?maxHops=4&lang=en");
		this.browser.ready("path");
		assertThat(this.browser.waitFor(By.id("path-from")).getAttribute("value")).isEqualTo(KAIST);
		this.browser.waitFor(By.cssSelector("#paths section.path li.hop"));
	}

	@Test
	void aMatchInTextShowsThePassage() {
		this.browser.open(this.browser.origin() + "/#/search/" + encode("열진공") + "?lang=en");
		this.browser.ready("search");
		WebElement result = this.browser
			.waitFor(By.cssSelector("li.result[data-id='program:space-smart-specialization']"));
		assertThat(result.findElement(By.cssSelector("p.matched")).getText())
			.isEqualTo("in the description: 열진공챔버 등 우주장비 구축");
	}

	@Test
	void exportLinksCarryTheViewsSubject() {
		this.browser.open(this.browser.origin() + "/#/node/" + encode(KAIST) + "?lang=en");
		this.browser.ready("node");
		assertThat(this.browser.waitFor(By.cssSelector("a.export-link[data-format='graphml']")).getAttribute("href"))
			.isEqualTo(this.browser.origin() + "/export/graphml?around=" + encode(KAIST) + "&hops=1");
		this.browser.open(this.browser.origin() + "/#/path/" + encode(KAIST) + "/" + encode(JEONNAM_CLUSTER)
				+ "?maxHops=5&lang=en");
		this.browser.ready("path");
		assertThat(this.browser.waitFor(By.cssSelector("a.export-link[data-format='gexf']")).getAttribute("href"))
			.isEqualTo(this.browser.origin() + "/export/gexf?from=" + encode(KAIST) + "&to=" + encode(JEONNAM_CLUSTER)
					+ "&maxHops=5");
		this.browser
			.open(this.browser.origin() + "/#/network/" + encode(TRIANGLE) + "?kinds=CLUSTER&asOf=2024-01-01&lang=en");
		this.browser.ready("network");
		String csv = this.browser.waitFor(By.cssSelector("a.export-link[data-format='csv']")).getAttribute("href");
		assertThat(csv).isEqualTo(this.browser.origin() + "/export/csv?around=" + encode(TRIANGLE)
				+ "&hops=1&kinds=CLUSTER&asOf=2024-01-01");
		// Where the export endpoint is part of the build, the link downloads a file.
		HttpResponse<String> download = RunningApp.send(HttpRequest.newBuilder(URI.create(csv)).build());
		if (download.statusCode() != 404) {
			assertThat(download.statusCode()).as(csv).isEqualTo(200);
		}
	}

	@Test
	void timelineListsTheMouSigningInDateOrder() {
		this.browser.open(this.browser.origin() + "/#/timeline?involving=" + encode(KAIST) + "&lang=en");
		this.browser.ready("timeline");
		WebElement year = this.browser.waitFor(By.id("year-2023"));
		assertThat(year.findElement(By.xpath("..")).getText()).contains("2023-10-19");
		List<String> years = this.browser.driver()
			.findElements(By.cssSelector(".timeline-item time"))
			.stream()
			.map((time) -> time.getAttribute("datetime").substring(0, 4))
			.toList();
		assertThat(years).isNotEmpty().isSorted();
	}

	@Test
	void phoneSizedWindowNeedsNoSidewaysScrolling() {
		this.browser.phone();
		for (String view : List.of("/#/?lang=ko", "/#/node/" + encode(KAIST) + "?lang=ko",
				"/#/path/" + encode(KAIST) + "/" + encode(JEONNAM_CLUSTER) + "?lang=ko",
				"/#/network/" + encode(TRIANGLE) + "?lang=ko")) {
			this.browser.open(this.browser.origin() + view);
			this.browser.waitFor(By.cssSelector("main[data-ready='true']"));
			Object overflow = this.browser
				.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as(view).isLessThanOrEqualTo(0);
			assertThat(this.browser.script("return window.innerWidth")).isEqualTo(390L);
		}
		this.browser.open(this.browser.origin() + "/#/node/" + encode(MOU) + "?lang=ko");
		this.browser.ready("node");
		this.browser.screenshot("mou-phone-ko");
	}

	@Test
	void keyboardReachesSearchAndResults() {
		this.browser.open(this.browser.origin() + "/#/?lang=en");
		this.browser.ready("home");
		tab();
		assertThat(active().getAttribute("id")).isEqualTo("skip-link");
		tab();
		tab();
		assertThat(active().getAttribute("id")).isEqualTo("search-input");
		active().sendKeys("KARI", Keys.ENTER);
		this.browser.ready("search");
		this.browser.waitFor(By.cssSelector("li.result[data-id='org:kari']"));
		assertThat(active().getTagName()).isEqualTo("h1");
		// Tab moves through the kind filters to the first result.
		for (int i = 0; i < 30 && !"result-link".equals(active().getAttribute("class")); i++) {
			tab();
		}
		assertThat(active().getAttribute("class")).isEqualTo("result-link");
		active().sendKeys(Keys.ENTER);
		this.browser.ready("node");
		this.browser.waitFor(By.cssSelector("article.entity"));
	}

	@Test
	void explorerRequestsNothingOutsideItsOwnOrigin() {
		this.browser.requests();
		for (String view : List.of("/#/?lang=ko", "/#/search/" + encode("카이스트") + "?lang=ko",
				"/#/node/" + encode(KAIST) + "?lang=en", "/#/network/" + encode(TRIANGLE) + "?lang=en",
				"/#/path/" + encode(KAIST) + "/" + encode(JEONNAM_CLUSTER) + "?lang=en", "/#/timeline?lang=en",
				"/#/node/doc%3A000?lang=en")) {
			this.browser.open(this.browser.origin() + view);
			this.browser.waitFor(By.cssSelector("main[data-ready='true']"));
		}
		List<HeadlessChromium.Request> requests = this.browser.requests();
		List<String> fromThePage = requests.stream()
			.filter((request) -> request.document().startsWith(this.browser.origin() + "/"))
			.map(HeadlessChromium.Request::url)
			.toList();
		assertThat(fromThePage).anySatisfy((url) -> assertThat(url).isEqualTo(this.browser.origin() + "/graphql"))
			.anySatisfy((url) -> assertThat(url).startsWith(this.browser.origin() + "/webjars/cytoscape/"))
			.allSatisfy(
					(url) -> assertThat(url).matches("(" + Pattern.quote(this.browser.origin()) + "/|data:|blob:).*"));
		// Nor does anything else in the browser go out to the network (only the browser's
		// own chrome:// pages).
		assertThat(requests).map(HeadlessChromium.Request::url)
			.filteredOn((url) -> url.matches("(?i)(https?|wss?|ftp):.*"))
			.allSatisfy((url) -> assertThat(url).startsWith(this.browser.origin() + "/"));
	}

	private void tab() {
		new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
	}

	private WebElement active() {
		return this.browser.driver().switchTo().activeElement();
	}

	@SuppressWarnings("unchecked")
	private List<String> nodeIds() {
		return (List<String>) this.browser
			.script("return [...document.querySelectorAll('#network-nodes .node-item')].map((li) => li.dataset.id);");
	}

	@SuppressWarnings("unchecked")
	private List<String> kinds() {
		return (List<String>) this.browser.script(
				"return window.explorerNetwork.nodes().filter((n) => !n.hasClass('center')).map((n) => n.data('kind'));");
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
