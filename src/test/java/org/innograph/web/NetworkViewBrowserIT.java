package org.innograph.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.innograph.support.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's network view in headless Chromium: the space triangle drawn as a
 * triangle with its labelled sides, the export links downloading exactly what is drawn,
 * the map saved as PNG and SVG, page scrolling that the map does not capture, and the
 * phone-sized layout in both languages. Screenshots go to {@code target/screenshots/}
 * ({@code network-desktop-ko|en}, {@code network-phone-ko|en}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkViewBrowserIT {

	private static final String TRIANGLE = "cluster:national-space-industry-triangle";

	private static final List<String> SIDES = List.of("cluster:daejeon-space-rd-talent",
			"cluster:gyeongnam-space-satellite", "cluster:jeonnam-space-launch-vehicle");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** The smallest label size on screen the view promises, in CSS pixels. */
	private static final double LEGIBLE = 11;

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.DESKTOP);

	Path downloads;

	@BeforeAll
	void downloadsToATemporaryDirectory() throws IOException {
		this.downloads = Files.createTempDirectory("innograph-downloads");
		this.browser.driver()
			.executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
	}

	@AfterAll
	void removeDownloads() {
		if (this.downloads != null) {
			FileSystemUtils.deleteRecursively(this.downloads.toFile());
		}
	}

	@Test
	void theSpaceTriangleIsDrawnAsATriangleWithItsThreeSidesLabelled() {
		for (String language : List.of("ko", "en")) {
			this.browser.desktop();
			openTriangle("?lang=" + language);
			// Each pair of the three clusters is joined by at least one drawn
			// relationship
			// whose label is shown, big enough to read at the current zoom.
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> sides = (List<Map<String, Object>>) this.browser.script("""
					const cy = window.explorerNetwork;
					const ids = arguments[0];
					return cy.edges().filter((e) => ids.includes(e.source().id()) && ids.includes(e.target().id()))
					  .map((e) => ({ pair: [e.source().id(), e.target().id()].sort().join(' '), visible: e.visible(),
					    label: e.style('label'), shown: parseFloat(e.style('text-opacity')) > 0,
					    size: parseFloat(e.style('font-size')) * cy.zoom() }));""", SIDES);
			assertThat(sides).extracting((side) -> side.get("pair"))
				.as(language)
				.contains(SIDES.get(0) + " " + SIDES.get(1), SIDES.get(0) + " " + SIDES.get(2),
						SIDES.get(1) + " " + SIDES.get(2));
			List<Map<String, Object>> labelled = sides.stream()
				.filter((side) -> Boolean.TRUE.equals(side.get("visible")) && Boolean.TRUE.equals(side.get("shown"))
						&& !((String) side.get("label")).isBlank())
				.toList();
			assertThat(labelled).extracting((side) -> side.get("pair"))
				.as(language)
				.contains(SIDES.get(0) + " " + SIDES.get(1), SIDES.get(0) + " " + SIDES.get(2),
						SIDES.get(1) + " " + SIDES.get(2));
			for (Map<String, Object> side : labelled) {
				assertThat(((Number) side.get("size")).doubleValue()).isGreaterThanOrEqualTo(LEGIBLE);
			}
			// The three clusters are the corners of a real triangle, not three points on
			// a
			// line or a ring around the centre with the sides hidden behind it.
			@SuppressWarnings("unchecked")
			List<Number> corners = (List<Number>) this.browser
				.script("""
						const cy = window.explorerNetwork;
						return arguments[0].flatMap((id) => { const p = cy.getElementById(id).renderedPosition(); return [p.x, p.y]; });""",
						SIDES);
			double area = Math.abs((corners.get(2).doubleValue() - corners.get(0).doubleValue())
					* (corners.get(5).doubleValue() - corners.get(1).doubleValue())
					- (corners.get(4).doubleValue() - corners.get(0).doubleValue())
							* (corners.get(3).doubleValue() - corners.get(1).doubleValue()))
					/ 2;
			assertThat(area).as("area of the triangle in pixels").isGreaterThan(2000);
			// No label anywhere is drawn smaller than that, also after zooming out, and
			// the
			// legend names the kinds drawn.
			assertThat(smallestLabel()).isGreaterThanOrEqualTo(LEGIBLE);
			this.browser.script("window.explorerNetwork.zoom(0.3);");
			this.browser.waitUntil((driver) -> smallestLabel() >= LEGIBLE);
			this.browser.waitFor(By.id("network-fit")).click();
			assertThat(this.browser.waitFor(By.cssSelector("#network-legend li[data-kind='CLUSTER']")).getText())
				.isNotBlank();
			assertThat(
					this.browser.waitFor(By.cssSelector("#network-legend li[data-type='COOPERATES_WITH']")).getText())
				.isNotBlank();
			assertLegendListsTheStatusesDrawn(language);
			// A node's full name shows on hover and when its entry in the list has the
			// focus.
			String daejeon = SIDES.get(0);
			String label = "return window.explorerNetwork.getElementById(arguments[0]).style('label');";
			String full = (String) this.browser.script(
					"return document.querySelector(`.node-item[data-id='${arguments[0]}'] a`).textContent;", daejeon);
			this.browser.script("window.explorerNetwork.getElementById(arguments[0]).emit('mouseover');", daejeon);
			assertThat((String) this.browser.script(label, daejeon)).isEqualTo(full);
			this.browser.script("window.explorerNetwork.getElementById(arguments[0]).emit('mouseout');", daejeon);
			assertThat((String) this.browser.script(label, daejeon)).isNotEqualTo(full);
			this.browser.script("document.querySelector(`.node-item[data-id='${arguments[0]}'] a`).focus();", daejeon);
			assertThat((String) this.browser.script(label, daejeon)).isEqualTo(full);
			this.browser.script("document.activeElement.blur();");
			this.browser.screenshot("network-desktop-" + language);
			this.browser
				.script("document.getElementById('network-legend-status').scrollIntoView({ block: 'center' });");
			this.browser.screenshot("network-legend-desktop-" + language);
		}
	}

	@Test
	void theExportLinksDownloadExactlyTheNodesAndRelationshipsDrawn() throws IOException {
		this.browser.desktop();
		openTriangle("?expand=" + encode(SIDES.get(2)) + "&lang=en");
		assertDrawnEqualsExported();
		assertLegendListsTheStatusesDrawn("en");

		// Unfold one more from the list with the keyboard's button: the focus stays on
		// that
		// node's entry, and the export links follow the drawing.
		this.browser.waitFor(By.cssSelector(".node-item[data-id='" + SIDES.get(1) + "'] button.expand")).click();
		this.browser.waitUntil((driver) -> drawnNodes().contains("region:gyeongnam"));
		Object focused = this.browser.script(
				"const li = document.activeElement.closest('li'); return li ? li.dataset.id : document.activeElement.tagName;");
		assertThat(focused).isEqualTo(SIDES.get(1));
		assertDrawnEqualsExported();

		// Filtering keeps both unfolded nodes, also the one unfolded after the view was
		// drawn.
		this.browser.script("document.querySelector('#network-as-of').value = '2025-12-31';");
		this.browser.waitFor(By.id("network-apply")).click();
		this.browser.waitUntil((driver) -> driver.getCurrentUrl().contains("asOf=2025-12-31"));
		this.browser.ready("network");
		this.browser.waitFor(By.cssSelector("#network-canvas canvas"));
		assertThat(this.browser.driver().getCurrentUrl()).contains(encode(SIDES.get(2))).contains(encode(SIDES.get(1)));
		assertThat(drawnNodes()).contains("region:gyeongnam", "region:jeonnam");
		assertDrawnEqualsExported();
	}

	@Test
	void theMapDownloadsAsPngAndSvg() throws IOException {
		this.browser.desktop();
		openTriangle("?lang=ko");
		this.browser.waitFor(By.id("network-png")).click();
		byte[] png = Files.readAllBytes(downloaded(".png"));
		assertThat(png).hasSizeGreaterThan(1000);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		this.browser.waitFor(By.id("network-svg")).click();
		String svg = Files.readString(downloaded(".svg"));
		assertThat(svg).startsWith("<?xml").contains("<svg").contains("data-id=\"" + TRIANGLE + "\"");
		for (String id : drawnEdges()) {
			assertThat(svg).contains("data-id=\"" + id.replace(">", "&gt;") + "\"");
		}
		// The link to the map reproduces it: same nodes and relationships.
		String link = this.browser.waitFor(By.id("network-permalink")).getAttribute("href");
		Set<String> nodes = drawnNodes();
		Set<String> edges = drawnEdges();
		this.browser.open(link);
		this.browser.ready("network");
		this.browser.waitFor(By.cssSelector("#network-canvas canvas"));
		assertThat(drawnNodes()).isEqualTo(nodes);
		assertThat(drawnEdges()).isEqualTo(edges);
	}

	@Test
	void onAPhoneOneFingerScrollsThePageAndNothingSticksOut() {
		for (String language : List.of("ko", "en")) {
			this.browser.phone();
			openTriangle("?lang=" + language);
			Object overflow = this.browser
				.script("""
						const width = document.documentElement.clientWidth;
						return [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1)
						  .map((el) => el.tagName + '.' + el.className).concat(
						    document.documentElement.scrollWidth > width ? ['the page'] : []);""");
			assertThat((List<?>) overflow).as(language).isEmpty();
			this.browser.screenshot("network-phone-" + language);

			// A one-finger swipe up over the map scrolls the page; the map stays put.
			this.browser.script("window.scrollTo(0, 0);");
			WebElement canvas = this.browser.waitFor(By.id("network-canvas"));
			Number top = (Number) this.browser.script("return arguments[0].getBoundingClientRect().top;", canvas);
			Object pan = pan();
			swipeUp(100, top.doubleValue() + 100);
			this.browser
				.waitUntil((driver) -> ((Number) this.browser.script("return window.scrollY;")).doubleValue() > 100);
			assertThat(pan()).isEqualTo(pan);
		}
	}

	@Test
	void theWheelScrollsThePageUnlessTheMapHasTheFocus() {
		this.browser.desktop();
		openTriangle("?lang=en");
		this.browser.script("window.scrollTo(0, 0);");
		WebElement canvas = this.browser.waitFor(By.id("network-canvas"));
		Object zoom = this.browser.script("return window.explorerNetwork.zoom();");
		new Actions(this.browser.driver()).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas), 0, 200)
			.perform();
		this.browser.waitUntil((driver) -> ((Number) this.browser.script("return window.scrollY;")).doubleValue() > 0);
		assertThat(this.browser.script("return window.explorerNetwork.zoom();")).isEqualTo(zoom);
		// With the map focused (Tab or a click) the wheel zooms it instead. Cytoscape
		// ignores the wheel for a quarter of a second after the page scrolled.
		this.browser.script("arguments[0].focus(); window.scrollTo(0, 0);", canvas);
		pause(400);
		new Actions(this.browser.driver()).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas), 0, -200)
			.perform();
		this.browser.waitUntil((driver) -> !zoom.equals(this.browser.script("return window.explorerNetwork.zoom();")));
	}

	@Test
	void anEntityThatDoesNotHoldOnTheDateIsSaidSoWithAWayToAnyDate() {
		this.browser.desktop();
		this.browser.open(this.browser.origin() + "/#/network/" + encode("agreement:daejeon-space-mou-2023")
				+ "?asOf=2020-01-01&lang=en");
		this.browser.ready("network");
		WebElement message = this.browser.waitFor(By.cssSelector(".network-header .notice .error"));
		assertThat(message.getText()).contains("MOU").contains("2020-01-01").doesNotContain("Nothing with that id");
		String anyDate = this.browser.waitFor(By.cssSelector(".network-header .notice a")).getAttribute("href");
		assertThat(anyDate).contains(encode("agreement:daejeon-space-mou-2023")).doesNotContain("asOf");
	}

	/**
	 * One finger put down, moved 300 pixels up in small steps and lifted, as a phone's
	 * touch screen sends it (DevTools touch events; a synthesized scroll gesture does not
	 * scroll a headless page).
	 */
	private void swipeUp(double x, double y) {
		ChromeDriver driver = this.browser.driver();
		driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
		try {
			driver.executeCdpCommand("Input.dispatchTouchEvent",
					Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", x, "y", y))));
			for (int step = 1; step <= 10; step++) {
				driver.executeCdpCommand("Input.dispatchTouchEvent",
						Map.of("type", "touchMove", "touchPoints", List.of(Map.of("x", x, "y", y - 30 * step))));
			}
			driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
		}
		finally {
			driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
		}
	}

	private void assertDrawnEqualsExported() throws IOException {
		Set<String> nodes = drawnNodes();
		Set<String> edges = drawnEdges();
		String json = exportHref("cytoscape");
		JsonNode elements = JSON.readTree(RunningApp.send(HttpRequest.newBuilder(URI.create(json)).build()).body())
			.path("elements");
		assertThat(ids(elements.path("nodes"))).isEqualTo(nodes);
		assertThat(ids(elements.path("edges"))).isEqualTo(edges);
		// The CSV files of the same view hold the same ids (first column).
		HttpResponse<byte[]> zip;
		try {
			zip = HTTP.send(HttpRequest.newBuilder(URI.create(exportHref("csv"))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(zip.statusCode()).isEqualTo(200);
		Map<String, Set<String>> csv = csvIds(zip.body());
		assertThat(csv.get("nodes.csv")).isEqualTo(nodes);
		assertThat(csv.get("edges.csv")).isEqualTo(edges);
	}

	private String exportHref(String format) {
		return this.browser.waitFor(By.cssSelector("a.export-link[data-format='" + format + "']")).getAttribute("href");
	}

	private static Set<String> ids(JsonNode list) {
		Set<String> ids = new HashSet<>();
		list.valueStream().forEach((element) -> ids.add(element.path("data").path("id").asString()));
		return ids;
	}

	private static Map<String, Set<String>> csvIds(byte[] zip) throws IOException {
		Map<String, Set<String>> ids = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
				List<String> lines = text.lines().skip(1).toList();
				Set<String> first = new HashSet<>();
				for (String line : lines) {
					// Ids hold no comma or quote, so the first cell ends at the first
					// comma.
					first.add(line.substring(0, line.indexOf(',')));
				}
				ids.put(entry.getName(), first);
			}
		}
		return ids;
	}

	@SuppressWarnings("unchecked")
	private Set<String> drawnNodes() {
		return new HashSet<>(
				(List<String>) this.browser.script("return window.explorerNetwork.nodes().map((n) => n.id());"));
	}

	@SuppressWarnings("unchecked")
	private Set<String> drawnEdges() {
		return new HashSet<>(
				(List<String>) this.browser.script("return window.explorerNetwork.edges().map((e) => e.id());"));
	}

	/**
	 * The smallest label on screen, in CSS pixels: font size times zoom, over the
	 * elements whose label is drawn.
	 */
	private double smallestLabel() {
		return ((Number) this.browser.script("""
				const cy = window.explorerNetwork;
				const sizes = cy.elements().filter((e) => e.style('label') && parseFloat(e.style('text-opacity')) > 0)
				  .map((e) => parseFloat(e.style('font-size')) * cy.zoom());
				return Math.min(...sizes);""")).doubleValue();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Object pan() {
		return this.browser.script("const p = window.explorerNetwork.pan(); return [p.x, p.y];");
	}

	private Path downloaded(String extension) {
		List<Path> found = new ArrayList<>();
		this.browser.waitUntil((driver) -> {
			// Chromium reserves the file's name with an empty file and writes beside it
			// (.crdownload) until the download is complete: wait for both to settle.
			try (Stream<Path> files = Files.list(this.downloads)) {
				found.clear();
				List<Path> all = files.toList();
				all.stream()
					.filter((file) -> file.getFileName().toString().endsWith(extension))
					.filter((file) -> size(file) > 0)
					.forEach(found::add);
				return !found.isEmpty()
						&& all.stream().noneMatch((file) -> file.getFileName().toString().endsWith(".crdownload"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		Path file = found.get(0);
		try {
			// Moved aside so that the next download of the same kind is a new file.
			return Files.move(file, file.resolveSibling("seen-" + System.nanoTime() + extension.replace('.', '-')),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			// Renamed away between listing and asking: not there.
			return 0;
		}
	}

	/**
	 * The status legend lists exactly the statuses of the drawn relationships (as the
	 * export gives them; "NONE" for those without), each once, with its count, in words
	 * of the page's language, and each relationship is drawn with the arrowhead its
	 * status's entry shows.
	 */
	private void assertLegendListsTheStatusesDrawn(String language) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> edges = (List<Map<String, Object>>) this.browser.script("""
				return window.explorerNetwork.edges().map((e) => ({ id: e.id(),
				  shape: e.style('target-arrow-shape'), fill: e.style('target-arrow-fill') }));""");
		JsonNode exported = JSON
			.readTree(RunningApp.send(HttpRequest.newBuilder(URI.create(exportHref("cytoscape"))).build()).body());
		Map<String, String> statusOf = new HashMap<>();
		exported.at("/elements/edges")
			.forEach((edge) -> statusOf.put(edge.at("/data/id").asString(), edge.at("/data/status").asString("NONE")));
		Map<String, Long> drawn = edges.stream()
			.collect(Collectors.groupingBy((edge) -> statusOf.get((String) edge.get("id")), TreeMap::new,
					Collectors.counting()));
		assertThat(drawn).as("statuses of the drawn relationships").isNotEmpty().doesNotContainKey(null);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> legend = (List<Map<String, Object>>) this.browser.script("""
				return [...document.querySelectorAll('#network-legend-status li')].map((li) => ({
				  status: li.dataset.status, end: li.dataset.end, text: li.textContent }));""");
		Map<String, Long> listed = new TreeMap<>();
		for (Map<String, Object> entry : legend) {
			String text = (String) entry.get("text");
			assertThat(listed.put((String) entry.get("status"), Long.parseLong(text.replaceAll(".*\\D(\\d+)$", "$1"))))
				.as("listed once: %s", entry)
				.isNull();
			assertThat(text).as("in words, not the code").doesNotContain((String) entry.get("status"));
			if (language.equals("ko")) {
				assertThat(text).as("in Korean").containsPattern("[\\uac00-\\ud7a3]");
			}
		}
		assertThat(listed).as(language + ": the legend's statuses and counts").isEqualTo(drawn);
		// Each relationship's arrowhead is the one its status's entry names.
		Map<String, String> endOf = new HashMap<>();
		legend.forEach((entry) -> endOf.put((String) entry.get("status"), (String) entry.get("end")));
		for (Map<String, Object> edge : edges) {
			String end = endOf.get(statusOf.get((String) edge.get("id")));
			String drawnAs = edge.get("shape") + " " + edge.get("fill");
			assertThat(drawnAs).as("%s (%s)", edge.get("id"), end).isEqualTo(switch (end) {
				case "settled" -> "triangle filled";
				case "intended" -> "triangle hollow";
				case "done" -> "triangle-tee filled";
				default -> "vee filled";
			});
		}
	}

	private void openTriangle(String query) {
		this.browser.open(this.browser.origin() + "/#/network/" + encode(TRIANGLE) + query);
		this.browser.ready("network");
		this.browser.waitFor(By.cssSelector("#network-canvas canvas"));
		this.browser.waitUntil((driver) -> Boolean.TRUE
			.equals(this.browser.script("return document.querySelector('main .view')?.dataset.network === 'ready';")));
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
