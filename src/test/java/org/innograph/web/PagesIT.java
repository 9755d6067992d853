package org.innograph.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages behave like pages on the wire: assets named by content and cached for a year,
 * pages revalidated on every visit, text gzipped for browsers that ask, a favicon
 * everywhere, CSV that Excel reads and export files named after what they hold.
 */
@IntegrationTest
class PagesIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css|svg))\"");

	private static final Pattern VERSIONED = Pattern.compile("/explorer/[a-z]+-[0-9a-f]{32}\\.(js|css)");

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theExplorerNamesItsAssetsByContentAndIsRevalidatedOnEveryVisit() {
		HttpResponse<byte[]> page = get("/", false);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String html = text(page);
		List<String> assets = assets(html);
		assertThat(assets).anySatisfy((asset) -> assertThat(asset).matches("/favicon-[0-9a-f]{32}\\.svg"));
		assertThat(assets).filteredOn((asset) -> asset.startsWith("/explorer/"))
			.hasSize(2)
			.allSatisfy((asset) -> assertThat(asset).matches(VERSIONED));
		// Every module the explorer imports by its plain name is mapped to its versioned
		// name.
		for (String module : List.of("app", "api", "router", "i18n", "network", "components")) {
			assertThat(html)
				.containsPattern("\"/explorer/" + module + "\\.js\": \"/explorer/" + module + "-[0-9a-f]{32}\\.js\"");
		}
		for (String asset : assets) {
			HttpResponse<byte[]> response = get(asset, false);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public");
		}
	}

	@Test
	void anAssetAskedForByItsPlainNameIsRevalidatedOnEveryUse() {
		HttpResponse<byte[]> plain = get("/explorer/app.js", false);
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String versioned = assets(new String(get("/", false).body(), StandardCharsets.UTF_8)).stream()
			.filter((asset) -> asset.startsWith("/explorer/app-"))
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> named = get(versioned, false);
		assertThat(named.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
		assertThat(named.body()).isEqualTo(plain.body());
	}

	@Test
	void anUnchangedPageIsANotModifiedWithoutABody() {
		HttpResponse<byte[]> first = get("/", false);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = send(HttpRequest.newBuilder(uri("/")).header("If-None-Match", etag).build());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(send(HttpRequest.newBuilder(uri("/")).header("If-None-Match", "\"old\"").build()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void scriptsStylesAndWebJarsAreGzippedAndCachedForAYear() throws IOException {
		String html = text(get("/", false));
		String script = assets(html).stream().filter((asset) -> asset.endsWith(".js")).findFirst().orElseThrow();
		String style = assets(html).stream().filter((asset) -> asset.endsWith(".css")).findFirst().orElseThrow();
		// A plain name (/explorer/i18n.js) is revalidated instead: see
		// anAssetAskedForByItsPlainNameIsRevalidatedOnEveryUse.
		for (String asset : List.of(script, style, "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")) {
			HttpResponse<byte[]> plain = get(asset, false);
			HttpResponse<byte[]> zipped = get(asset, true);
			assertThat(zipped.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
			assertThat(plain.headers().firstValue("Content-Encoding")).as(asset).isEmpty();
			assertThat(gunzip(zipped.body())).as(asset).isEqualTo(plain.body());
			assertThat(zipped.body().length).as(asset).isLessThan(plain.body().length / 2);
			assertThat(zipped.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public");
		}
		HttpResponse<byte[]> cytoscape = get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", true);
		System.out.printf("cytoscape.min.js: %d bytes gzipped%n", cytoscape.body().length);
	}

	@Test
	void graphQlAnswersAreGzippedForBrowsers() throws IOException {
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"query\":\"{ sources { id url title { ko en } publisher { ko en } } }\"}"))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new String(gunzip(response.body()), StandardCharsets.UTF_8)).contains("\"sources\"");
	}

	@Test
	void bothPagesHaveTheFaviconAndLinkToEachOther() {
		String explorer = text(get("/", false));
		String editor = text(get("/graphiql", false));
		assertThat(get("/graphiql", false).headers().firstValue("Cache-Control")).hasValue("no-cache");
		for (String page : List.of(explorer, editor)) {
			Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\" type=\"image/svg\\+xml\">")
				.matcher(page);
			assertThat(icon.find()).isTrue();
			HttpResponse<byte[]> response = get(icon.group(1), false);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
			assertThat(text(response)).startsWith("<svg");
		}
		HttpResponse<byte[]> ico = get("/favicon.ico", false);
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(text(ico)).startsWith("<svg");
		assertThat(explorer).contains("href=\"/graphiql\"");
		// The editor's link back lives in its script, which the page loads versioned.
		String editorScript = assets(editor).stream()
			.filter((asset) -> asset.startsWith("/graphiql/"))
			.findFirst()
			.orElseThrow();
		assertThat(editorScript).matches("/graphiql/editor-[0-9a-f]{32}\\.js");
		assertThat(text(get(editorScript, false))).contains("href: '/'");
	}

	@Test
	void csvStartsWithAByteOrderMarkSoThatExcelReadsTheKorean() throws IOException {
		HttpResponse<byte[]> response = get("/export/csv?around=org:kaist", false);
		assertThat(response.statusCode()).isEqualTo(200);
		int files = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] bytes = zip.readAllBytes();
				assertThat(bytes).as(entry.getName()).startsWith(0xEF, 0xBB, 0xBF);
				files++;
			}
		}
		assertThat(files).isEqualTo(2);
		HttpResponse<byte[]> without = get("/export/csv?around=org:kaist&bom=false", false);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(without.body()))) {
			zip.getNextEntry();
			assertThat(zip.readAllBytes()[0]).isEqualTo((byte) 'i');
		}
	}

	@Test
	void exportFilesAreNamedAfterWhatTheyHold() {
		assertNamed("/export/graphml?around=org:kaist&hops=2", "innograph-kaist-radius2-%s.graphml");
		assertNamed("/export/csv?from=org:kaist&to=cluster:jeonnam-space-launch-vehicle",
				"innograph-kaist-to-jeonnam-space-launch-vehicle-%s.zip");
		assertNamed("/export/cytoscape?around=org:kaist&asOf=2024", "innograph-kaist-radius1-asof-2024-01-01-%s.json");
	}

	/**
	 * The export's file name is {@code name} with the day it was made: the day read
	 * before the request or the one read after it, so that an export made as the date
	 * changes is named by either.
	 */
	private void assertNamed(String path, String name) {
		LocalDate before = LocalDate.now();
		String disposition = disposition(path);
		LocalDate after = LocalDate.now();
		assertThat(disposition).isIn("attachment; filename=\"" + name.formatted(before) + "\"",
				"attachment; filename=\"" + name.formatted(after) + "\"");
	}

	private String disposition(String path) {
		HttpResponse<byte[]> response = get(path, false);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.headers().firstValue("Content-Disposition").orElseThrow();
	}

	private static List<String> assets(String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return send(request.build());
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
