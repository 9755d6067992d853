package org.innograph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.innograph.support.Unthrottled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer on a phone (390×844) in Korean and English: every view, and the pages of
 * the seed's entities, fit the screen (nothing wider than the viewport), show words
 * instead of the stored data's codes, and have a title of their own. One browser walks
 * the pages through the address bar's hash, as a reader clicking through would;
 * screenshots of each kind of view go to
 * {@code target/screenshots/<view>-phone-<ko|en>.png}, and of the main ones at 1440×900
 * to {@code <view>-desktop-<ko|en>.png}.
 * <p>
 * The entity pages walked are those that together show every value a page turns into a
 * word (see {@link #pagesShowingEveryValue}), with the pages where overflow would show
 * first: a word depends only on its value, so they check every page's words at a fraction
 * of the cost of walking all of them. {@code -Dexplorer.walk=all} walks every page.
 * <p>
 * "Untranslated" is concrete: visible text (outside ids, quotes and document lines)
 * holding a camelCase or snake_case token, a label slot (badges, attribute names, the
 * entity's type, fact names, roles, relationship types, group headings) holding a
 * kebab-case code and nothing else, or, in Korean, a label slot without a Korean letter.
 */
@IntegrationTest
// Hundreds of page views from one address in a minute: more than a reader's rate limit.
@Unthrottled
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerPagesBrowserIT {

	private static final int PHONE_WIDTH = 390;

	/** The views whose desktop pictures (1440×900) this walk takes as well. */
	private static final Set<String> DESKTOP_PICTURES = Set.of("home", "search", "entity", "agreement", "relationship",
			"path", "timeline", "source", "not-found");

	/**
	 * Runs in the page after each view is ready: how wide the page is, which elements
	 * stick out of the viewport (unless a scrolling or clipping box holds them), and
	 * which texts look like stored codes.
	 */
	private static final String INSPECT = HeadlessChromium.COLLECT_WIDE
			+ """
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

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.PHONE);

	@Test
	void everyViewFitsAPhoneInBothLanguagesAndHasItsOwnTitle() {
		for (String lang : List.of("ko", "en")) {
			this.browser.open(this.browser.origin() + "/#/?lang=" + lang);
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
				pictures(view.getKey(), lang);
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
		List<String> ids = "all".equals(System.getProperty("explorer.walk")) ? entityIds() : pagesShowingEveryValue();
		List<String> problems = new ArrayList<>();
		long started = System.nanoTime();
		for (String lang : List.of("ko", "en")) {
			this.browser.open(this.browser.origin() + "/#/?lang=" + lang);
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

	/**
	 * The view's pictures, while it is loaded: the phone shot, and for the views the
	 * README shows, the desktop shot too (the viewport widened, then narrowed again). The
	 * network's pictures come from {@link NetworkViewBrowserIT}, which lays the map out
	 * at each size.
	 */
	private void pictures(String view, String lang) {
		if (view.equals("network")) {
			return;
		}
		this.browser.screenshot(view + "-phone-" + lang);
		if (DESKTOP_PICTURES.contains(view)) {
			this.browser.desktop();
			this.browser.settle();
			// The page reflows: bring the highlighted line of a document back into view.
			this.browser.script("document.querySelector('.highlight')?.scrollIntoView({ block: 'center' });");
			this.browser.screenshot(view + "-desktop-" + lang);
			this.browser.phone();
		}
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

	/**
	 * Entity pages that between them show every value the page turns into a word: the
	 * entity's kind, type and status; each fact's key, basis and unit; each link's type
	 * seen from either end, its role, status and basis, and the kind at its other end;
	 * each shared table's kind and basis, and its partners' kinds and bases. Chosen
	 * greedily, the page adding most unseen values first; then the pages with the longest
	 * words (in names and descriptions, the entity's and its neighbours') and the most
	 * links, where a phone's width runs out first.
	 */
	private List<String> pagesShowingEveryValue() {
		Map<String, Set<String>> values = new LinkedHashMap<>();
		Map<String, Integer> longestWord = new LinkedHashMap<>();
		Map<String, Integer> degree = new LinkedHashMap<>();
		Http http = new Http(this.port);
		String after = null;
		do {
			JsonNode response = Http.json(http.graphql("""
					query($after: String) { entities(first: 10, after: $after) {
					  pageInfo { hasNextPage endCursor }
					  nodes { id kind type status degree name { ko en } description { ko en }
					    facts { key basis unit }
					    relationships(first: 150) { nodes { type role status basis
					      from { id kind name { ko en } } to { id kind name { ko en } } } } } } }""",
					(after != null) ? Map.of("after", after) : Map.of()));
			assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
			JsonNode page = response.at("/data/entities");
			for (JsonNode entity : page.path("nodes")) {
				String id = entity.path("id").asString();
				Set<String> shown = new TreeSet<>();
				shown.add("kind " + entity.path("kind").asString());
				shown.add("type " + entity.path("type").asString(""));
				shown.add("status " + entity.path("status").asString(""));
				List<String> words = new ArrayList<>();
				words.add(entity.at("/name/ko").asString("") + " " + entity.at("/name/en").asString(""));
				words.add(entity.at("/description/ko").asString("") + " " + entity.at("/description/en").asString(""));
				for (JsonNode fact : entity.path("facts")) {
					shown.add("fact " + fact.path("key").asString());
					shown.add("fact basis " + fact.path("basis").asString(""));
					shown.add("unit " + fact.path("unit").asString(""));
				}
				for (JsonNode link : entity.at("/relationships/nodes")) {
					boolean outgoing = link.at("/from/id").asString().equals(id);
					JsonNode other = link.path(outgoing ? "to" : "from");
					shown.add("link " + link.path("type").asString() + (outgoing ? " out" : " in"));
					shown.add("role " + link.path("role").asString(""));
					shown.add("link status " + link.path("status").asString(""));
					shown.add("link basis " + link.path("basis").asString(""));
					shown.add("other " + other.path("kind").asString());
					words.add(other.at("/name/ko").asString("") + " " + other.at("/name/en").asString(""));
				}
				values.put(id, shown);
				longestWord.put(id, longestWord(words));
				degree.put(id, entity.path("degree").asInt());
			}
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
		assertThat(values).hasSizeGreaterThan(400);
		// The tables an entity shares (interlocks): what it shares, with whom, on what
		// basis.
		do {
			JsonNode response = Http.json(http.graphql("""
					query($after: String) { entities(first: 2, after: $after) {
					  pageInfo { hasNextPage endCursor }
					  nodes { id interlocks(first: 20) { nodes { basis via { kind name { ko en } }
					    partners { basis entity { kind name { ko en } } } } } } } }""",
					(after != null) ? Map.of("after", after) : Map.of()));
			assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
			JsonNode page = response.at("/data/entities");
			for (JsonNode entity : page.path("nodes")) {
				String id = entity.path("id").asString();
				List<String> words = new ArrayList<>();
				for (JsonNode interlock : entity.at("/interlocks/nodes")) {
					values.get(id).add("shares " + interlock.at("/via/kind").asString());
					values.get(id).add("shares basis " + interlock.path("basis").asString());
					words.add(interlock.at("/via/name/ko").asString("") + " "
							+ interlock.at("/via/name/en").asString(""));
					for (JsonNode partner : interlock.path("partners")) {
						values.get(id).add("partner " + partner.at("/entity/kind").asString());
						values.get(id).add("partner basis " + partner.path("basis").asString());
						words.add(partner.at("/entity/name/ko").asString("") + " "
								+ partner.at("/entity/name/en").asString(""));
					}
				}
				longestWord.merge(id, longestWord(words), Math::max);
			}
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);

		Set<String> unseen = new TreeSet<>();
		values.values().forEach(unseen::addAll);
		Set<String> chosen = new LinkedHashSet<>();
		while (!unseen.isEmpty()) {
			String best = values.entrySet()
				.stream()
				.max(Comparator.comparingLong((e) -> e.getValue().stream().filter(unseen::contains).count()))
				.orElseThrow()
				.getKey();
			chosen.add(best);
			unseen.removeAll(values.get(best));
		}
		Comparator<Map.Entry<String, Integer>> largestFirst = Map.Entry.comparingByValue();
		longestWord.entrySet()
			.stream()
			.sorted(largestFirst.reversed())
			.limit(15)
			.forEach((e) -> chosen.add(e.getKey()));
		degree.entrySet().stream().sorted(largestFirst.reversed()).limit(10).forEach((e) -> chosen.add(e.getKey()));
		return new ArrayList<>(chosen);
	}

	private static int longestWord(List<String> texts) {
		return texts.stream()
			.flatMap((text) -> Arrays.stream(text.split("\\s+")))
			.mapToInt(String::length)
			.max()
			.orElse(0);
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
