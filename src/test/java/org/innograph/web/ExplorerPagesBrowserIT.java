package org.innograph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer on a phone (390×844) in Korean and English: every view, and the page of
 * every entity of the seed, fits the screen (nothing wider than the viewport), shows
 * words instead of the stored data's codes, and has a title of its own. One browser walks
 * all pages through the address bar's hash, as a reader clicking through would;
 * screenshots of each kind of view go to {@code target/screenshots/phone-*.png}.
 * <p>
 * "Untranslated" is concrete: visible text (outside ids, quotes and document lines)
 * holding a camelCase or snake_case token, a label slot (badges, attribute names, the
 * entity's type, fact names, roles, relationship types, group headings) holding a
 * kebab-case code and nothing else, or, in Korean, a label slot without a Korean letter.
 */
@IntegrationTest
// About 1,100 page views from one address in a few minutes: more than a reader's rate
// limit.
@TestPropertySource(
		properties = { "innograph.limits.rate-capacity=100000000", "innograph.limits.rate-refill=100000000" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerPagesBrowserIT {

	private static final int PHONE_WIDTH = 390;

	/**
	 * Runs in the page after each view is ready: how wide the page is, which elements
	 * stick out of the viewport (unless a scrolling or clipping box holds them), and
	 * which texts look like stored codes.
	 */
	private static final String INSPECT = """
			const width = document.documentElement.clientWidth;
			const hidden = (el) => el.closest('.visually-hidden, .skip, [hidden], dialog:not([open])');
			const clipped = (el, right) => {
				for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
					const o = getComputedStyle(a).overflowX;
					if (o !== 'visible' && a.getBoundingClientRect().right <= width + 1) return true;
				}
				return false;
			};
			const wide = [];
			for (const el of document.body.querySelectorAll('*')) {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || hidden(el)) continue;
				if ((r.right > width + 1 || r.left < -1) && !clipped(el, r.right)) {
					wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + (el.className || '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
				}
			}
			const codes = [];
			const skip = 'code, blockquote, .doc-lines, textarea, script, style, .error-details, .visually-hidden, #network-canvas';
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (!n.parentElement || n.parentElement.closest(skip)) continue;
				const found = n.textContent.match(/\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Za-z]+_[A-Za-z_]+\\b/g);
				if (found) codes.push(...found.map((c) => c + ' in ' + n.parentElement.tagName.toLowerCase()));
			}
			const slots = '.badge, dt, dd[data-row="entity.type"], .fact > p > strong, .role-value, .rel-type, .rel-group h3';
			const korean = document.documentElement.lang === 'ko';
			for (const el of document.querySelectorAll(slots)) {
				if (hidden(el)) continue;
				const text = el.textContent.trim();
				if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(text)) codes.push('code "' + text + '" in ' + el.className);
				if (korean && text && !/[\\uac00-\\ud7a3]/.test(text)) codes.push('no Korean: "' + text + '" in ' + (el.className || el.tagName));
			}
			return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5), codes: codes.slice(0, 10), title: document.title };
			""";

	/**
	 * Sets the hash and waits until the router marks the new view ready; then inspects
	 * it.
	 */
	private static final String VISIT = """
			const [hash, done] = [arguments[0], arguments[arguments.length - 1]];
			const main = document.getElementById('main');
			main.removeAttribute('data-ready');
			if (window.location.hash === hash) {
				window.dispatchEvent(new HashChangeEvent('hashchange'));
			} else {
				window.location.hash = hash;
			}
			const started = performance.now();
			const inspect = () => { %s };
			(function poll() {
				if (main.dataset.ready === 'true') {
					done(inspect());
				} else if (performance.now() - started > 25000) {
					done({ timeout: true, title: document.title });
				} else {
					setTimeout(poll, 25);
				}
			})();
			""".formatted(INSPECT);

	@LocalServerPort
	int port;

	HeadlessChromium browser;

	@BeforeAll
	void startBrowser() {
		this.browser = HeadlessChromium.start();
		this.browser.phone();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void everyViewFitsAPhoneInBothLanguagesAndHasItsOwnTitle() {
		for (String lang : List.of("ko", "en")) {
			this.browser.open("http://127.0.0.1:" + this.port + "/#/?lang=" + lang);
			this.browser.ready("home");
			Map<String, String> titles = new LinkedHashMap<>();
			for (Map.Entry<String, String> view : views().entrySet()) {
				Map<String, Object> seen = visit(
						view.getValue() + (view.getValue().contains("?") ? "&" : "?") + "lang=" + lang);
				String where = lang + " " + view.getKey();
				assertThat(seen).as(where).doesNotContainKey("timeout");
				assertThat(((Number) seen.get("scrollWidth")).intValue()).as(where + ": page width")
					.isLessThanOrEqualTo(PHONE_WIDTH);
				assertThat((List<?>) seen.get("wide")).as(where + ": elements wider than the screen").isEmpty();
				assertThat((List<?>) seen.get("codes")).as(where + ": stored codes on the page").isEmpty();
				titles.put(view.getKey(), (String) seen.get("title"));
				this.browser.screenshot("phone-" + lang + "-" + view.getKey());
			}
			assertThat(List.of("home", "search", "entity", "agreement", "relationship", "network", "path", "timeline",
					"timeline-kaist", "source", "not-found"))
				.extracting(titles::get)
				.as(lang + ": one title per view")
				.doesNotHaveDuplicates();
			assertThat(titles.get("entity")).contains(lang.equals("ko") ? "한국과학기술원" : "Korea Advanced Institute");
			assertThat(titles.get("search")).contains("카이스트");
			assertThat(titles.get("path")).contains("→");
			assertThat(titles.get("not-found")).contains("org:no-such-entity");
		}
	}

	@Test
	void everyEntityPageOfTheSeedShowsWordsNotCodesAndFitsAPhone() {
		List<String> ids = entityIds();
		assertThat(ids).hasSizeGreaterThan(400);
		List<String> problems = new ArrayList<>();
		long started = System.nanoTime();
		for (String lang : List.of("ko", "en")) {
			this.browser.open("http://127.0.0.1:" + this.port + "/#/?lang=" + lang);
			this.browser.ready("home");
			for (String id : ids) {
				Map<String, Object> seen = visit("#/node/" + encode(id) + "?lang=" + lang);
				String where = lang + " " + id;
				if (seen.containsKey("timeout")) {
					problems.add(where + ": not ready");
					continue;
				}
				if (((Number) seen.get("scrollWidth")).intValue() > PHONE_WIDTH
						|| !((List<?>) seen.get("wide")).isEmpty()) {
					problems.add(where + ": wider than the screen " + seen.get("scrollWidth") + " " + seen.get("wide"));
				}
				if (!((List<?>) seen.get("codes")).isEmpty()) {
					problems.add(where + ": " + seen.get("codes"));
				}
			}
		}
		System.out.printf("Walked %d entity pages in two languages in %.1f s%n", ids.size(),
				(System.nanoTime() - started) / 1e9);
		assertThat(problems).as("entity pages with codes or overflow").isEmpty();
	}

	/** One address of each kind of view (the hash, without the language). */
	private static Map<String, String> views() {
		Map<String, String> views = new LinkedHashMap<>();
		views.put("home", "#/");
		views.put("search", "#/search/" + encode("카이스트"));
		views.put("search-empty", "#/search/zzqx");
		views.put("entity", "#/node/" + encode("org:kaist"));
		views.put("agreement", "#/node/" + encode("agreement:daejeon-space-mou-2023"));
		views.put("relationship", "#/node/" + encode("rel:org:kaist>PARTY_TO>agreement:daejeon-space-mou-2023"));
		views.put("network", "#/network/" + encode("cluster:national-space-industry-triangle"));
		views.put("path", "#/path/" + encode("org:kaist") + "/" + encode("cluster:jeonnam-space-launch-vehicle"));
		views.put("timeline", "#/timeline");
		views.put("timeline-kaist", "#/timeline?involving=" + encode("org:kaist"));
		views.put("timeline-empty", "#/timeline?from=1900-01-01&to=1900-12-31");
		views.put("source", "#/source/" + encode("doc:001") + "?line=763");
		views.put("not-found", "#/node/" + encode("org:no-such-entity"));
		views.put("bad-date", "#/timeline?from=2024-13-45");
		return views;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> visit(String hash) {
		return (Map<String, Object>) this.browser.driver().executeAsyncScript(VISIT, hash);
	}

	private List<String> entityIds() {
		Http http = new Http(this.port);
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = Http.json(http.graphql(
					"query($after: String) { entities(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }",
					(after != null) ? Map.of("after", after) : Map.of()))
				.at("/data/entities");
			page.path("nodes").forEach((node) -> ids.add(node.path("id").asString()));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
		return ids;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
