package org.innograph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.sources.SourceTexts;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Proposals;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.innograph.web.HeadlessChromium.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.support.Proposals.claim;
import static org.innograph.support.Proposals.find;

/**
 * The editors' review in headless Chromium (skipped without it, failing under CI=true):
 * the review refuses without a token and says in words why a bad token is refused; an
 * editor signs in, ingests a short Korean text from a file, opens its review, accepts a
 * candidate and (selected, in bulk) a relationship, rejects a claim, merges a second
 * candidate found through the search and accepts a date as a fact of the new entity with
 * a key chosen in words; then, through GraphQL rather than the page, the accepted records
 * are public with their history and evidence, and ingesting the text again proposes the
 * rejected claim no more. Nothing on the review is wider than a 390-pixel screen, in
 * Korean or English. Screenshots: {@code review-desktop|phone-ko|en}.
 */
// Writes a source, proposals, entities, relationships and a token to the shared
// database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserIT {

	private static final int PHONE_WIDTH = 390;

	private static final String SOURCE = "doc:967";

	private static final String CENTER = "한밭우주항공융합센터";

	private static final String SHORT_NAME = "한밭우주융합센터";

	private static final String DOCUMENT = """
			한밭시 보도자료
			- %1$s는 대전에 위치한다.
			- %2$s는 대전에 위치한다.
			- 대전광역시는 한국항공우주연구원과 협력한다.
			- 대전광역시는 2023년 10월 19일 973억 원을 투입한다.
			""".formatted(CENTER, SHORT_NAME);

	private static final String WIDE = HeadlessChromium.COLLECT_WIDE + """
			return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@Autowired
	SourceTexts texts;

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.DESKTOP);

	String origin;

	String run;

	@BeforeAll
	void startRun() {
		this.origin = this.browser.origin();
		this.run = TestWrites.newRun("reviewui");
	}

	@AfterAll
	void removeWhatTheTestWrote() throws Exception {
		TestWrites.delete(this.client, this.run);
		TestWrites.deleteIngested(this.client, this.texts, SOURCE);
	}

	@Test
	void anEditorIngestsReviewsAndTheGraphKeepsWhatWasAccepted() throws Exception {
		this.browser.desktop();
		// Without a token the review shows the sign-in, and nothing of the proposals.
		this.browser.open(this.origin + "/#/review/" + encode(SOURCE) + "?lang=ko");
		this.browser.ready("review");
		this.browser.waitFor(By.id("signin-form"));
		assertThat(this.browser.driver().findElements(By.id("proposals"))).isEmpty();
		// A token the service does not know is refused in words, and not kept.
		this.browser.driver().findElement(By.id("signin-token")).sendKeys("igt_" + this.run + "-unknown");
		this.browser.driver().findElement(By.id("signin-button")).click();
		WebElement refused = this.browser.waitFor(By.cssSelector("#signin-message .error"));
		assertThat(refused.getText()).contains("토큰이 올바르지 않습니다").doesNotContain("UNAUTHENTICATED");
		assertThat(this.browser.script("return sessionStorage.length")).isEqualTo(0L);

		String token = this.tokens.create(this.run + "-editor", Role.EDITOR);
		this.browser.open(this.origin + "/#/review?lang=ko");
		this.browser.ready("review");
		signIn(token);
		this.browser.waitFor(By.id("ingest-form"));
		this.browser.phone();
		assertFitsThePhone("ingest ko");
		this.browser.desktop();
		assertThat(this.browser.driver().getCurrentUrl()).doesNotContain(token);
		assertThat(this.browser.script("return localStorage.getItem('innograph.editorToken')")).isNull();

		// Ingest from a file chosen on disk.
		Path file = Files.createTempFile("review-", ".txt");
		Files.writeString(file, DOCUMENT);
		type("ingest-id", SOURCE);
		type("ingest-title", "한밭 우주항공 센터");
		type("ingest-publisher", "대전광역시");
		type("ingest-published", "2023-10-19");
		// A pasted text over the service's body limit: its refusal, in words.
		this.browser.script("document.getElementById('ingest-text').value = '가'.repeat(arguments[0])", 40_000);
		this.browser.driver().findElement(By.id("ingest-button")).click();
		WebElement tooLarge = this.browser.waitFor(By.cssSelector("#ingest-message [data-code='LIMIT_EXCEEDED']"));
		assertThat(tooLarge.getText()).contains("명령줄");
		this.browser.script("document.getElementById('ingest-text').value = ''");
		this.browser.driver().findElement(By.id("ingest-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.driver().findElement(By.id("ingest-button")).click();
		this.browser.waitFor(By.cssSelector("#proposals li.proposal"));
		this.browser.waitFor(By.cssSelector("#doc-lines #L4"));
		Files.delete(file);

		HttpGraphQlTester editor = this.graphQl.mutate().header("Authorization", "Bearer " + token).build();
		List<Map<String, Object>> proposed = Proposals.list(editor, SOURCE, "PROPOSED");
		String center = id(find(proposed, "ENTITY", (claim) -> CENTER.equals(claim.get("name"))));
		String shortName = id(find(proposed, "ENTITY", (claim) -> SHORT_NAME.equals(claim.get("name"))));
		Map<String, Object> located = find(proposed, "RELATIONSHIP",
				(claim) -> "LOCATED_IN".equals(claim.get("type")) && ("new:" + CENTER).equals(end(claim, "from")));
		Map<String, Object> known = find(proposed, "RELATIONSHIP",
				(claim) -> "COOPERATES_WITH".equals(claim.get("type")) && !end(claim, "from").startsWith("new:")
						&& !end(claim, "to").startsWith("new:"));
		Map<String, Object> amount = find(proposed, "FACT", (claim) -> claim.containsKey("won"));
		// Every proposal the API lists is on the page, with the kind in words.
		assertThat(this.browser.driver().findElements(By.cssSelector("#proposals li.proposal")))
			.hasSize(proposed.size());
		assertThat(item(id(amount)).findElement(By.cssSelector(".claim")).getText()).contains("973억 원");
		String date = id(find(proposed, "FACT", (claim) -> claim.containsKey("date")));
		assertThat(item(date).findElement(By.cssSelector(".fact-key")).getText()).isEqualTo("날짜");
		assertThat(item(id(amount)).findElements(By.cssSelector("button[data-action]")))
			.extracting((button) -> button.getAttribute("data-action"))
			.containsExactly("accept", "reject");
		assertThat(item(id(known)).findElement(By.cssSelector(".rel-type")).getText()).isEqualTo("협력");

		// Selecting a proposal highlights its line in the document.
		item(id(known)).findElement(By.cssSelector("button.show-line")).click();
		this.browser.waitFor(By.cssSelector("#doc-lines #L4.highlight"));

		// Accept the candidate: an id and an English name are needed.
		String entityId = "org:" + this.run + "-center";
		item(center).findElement(By.cssSelector("button.action-accept")).click();
		WebElement idInput = item(center).findElement(By.cssSelector(".accept-form input[id$='-entity-id']"));
		idInput.clear();
		idInput.sendKeys(entityId);
		item(center).findElement(By.cssSelector(".accept-form input[id$='-name-en']"))
			.sendKeys("Hanbat Aerospace Center");
		item(center).findElement(By.cssSelector(".accept-form button.submit")).click();
		reviewed(center, "ACCEPTED");

		// The relationship now names the new entity: selected and accepted in bulk.
		WebElement relationship = item(id(located));
		assertThat(relationship.findElement(By.cssSelector(".claim")).getText()).contains(entityId);
		relationship.findElement(By.cssSelector("input.bulk-select")).click();
		this.browser.driver().findElement(By.id("bulk-accept")).click();
		reviewed(id(located), "ACCEPTED");

		// Reject the claim about two known entities, with the reason required.
		item(id(known)).findElement(By.cssSelector("button.action-reject")).click();
		item(id(known)).findElement(By.cssSelector(".reject-form button.submit")).click();
		assertThat(item(id(known)).findElement(By.cssSelector(".reject-form .error")).getText()).isNotBlank();
		item(id(known)).findElement(By.cssSelector(".reject-form textarea")).sendKeys("협력한다는 문장이 아님");
		item(id(known)).findElement(By.cssSelector(".reject-form button.submit")).click();
		reviewed(id(known), "REJECTED");

		// Merge the second candidate into the entity just accepted, found by the public
		// search.
		item(shortName).findElement(By.cssSelector("button.action-merge")).click();
		item(shortName).findElement(By.cssSelector(".merge-form input[type='search']")).sendKeys("Hanbat Aerospace");
		item(shortName).findElement(By.cssSelector(".merge-form button.pick-find")).click();
		this.browser
			.waitFor(By.cssSelector("li.proposal[data-id='" + shortName + "'] button.pick[data-id='" + entityId + "']"))
			.click();
		item(shortName).findElement(By.cssSelector(".merge-form button.submit")).click();
		reviewed(shortName, "MERGED");

		// Accept the date as a fact of the new entity: a key is required (a date has no
		// guess), chosen from the keys in words; the record is the fact's id.
		item(date).findElement(By.cssSelector("button.action-accept")).click();
		assertThat(item(date).findElement(By.cssSelector(".fact-form .fact-value")).getText())
			.contains("2023년 10월 19일");
		item(date).findElement(By.cssSelector(".fact-form button.submit")).click();
		assertThat(item(date).findElement(By.cssSelector(".fact-form .error")).getText()).isNotBlank();
		new Select(item(date).findElement(By.cssSelector(".fact-form select"))).selectByValue("milestone");
		item(date).findElement(By.cssSelector(".fact-form input[type='search']")).sendKeys("Hanbat Aerospace");
		item(date).findElement(By.cssSelector(".fact-form button.pick-find")).click();
		this.browser
			.waitFor(By.cssSelector("li.proposal[data-id='" + date + "'] button.pick[data-id='" + entityId + "']"))
			.click();
		item(date).findElement(By.cssSelector(".fact-form button.submit")).click();
		reviewed(date, "CORRECTED");
		this.browser.screenshot("review-reviewed-ko");

		// Through the API: the accepted records are public, with evidence and history.
		GraphQlTester.Response entity = this.graphQl.document("""
				query($key: String!) { entity(key: $key) { name { en } evidence { quote locator source { id } }
				  relationships { nodes { id type basis evidence { quote locator source { id } } } } } }""")
			.variable("key", entityId)
			.execute();
		entity.path("entity.name.en").entity(String.class).isEqualTo("Hanbat Aerospace Center");
		entity.path("entity.evidence[0].quote").entity(String.class).isEqualTo(quote(proposed, center));
		entity.path("entity.evidence[0].locator").entity(String.class).isEqualTo("L2");
		entity.path("entity.evidence[0].source.id").entity(String.class).isEqualTo(SOURCE);
		entity.path("entity.relationships.nodes[0].type").entity(String.class).isEqualTo("LOCATED_IN");
		entity.path("entity.relationships.nodes[0].basis").entity(String.class).isEqualTo("STATED");
		entity.path("entity.relationships.nodes[0].evidence[0].quote")
			.entity(String.class)
			.isEqualTo((String) located.get("quote"));
		entity.path("entity.relationships.nodes[0].evidence[0].locator").entity(String.class).isEqualTo("L2");
		String relationshipId = entity.path("entity.relationships.nodes[0].id").entity(String.class).get();
		this.graphQl
			.document("query($key: String!) { entity(key: $key) { facts { id date { text } evidence { locator } } } }")
			.variable("key", entityId)
			.execute()
			.path("entity.facts[*].id")
			.entityList(String.class)
			.containsExactly(entityId + "#milestone");
		for (String record : List.of(entityId, relationshipId)) {
			editor.document("query($id: ID!) { history(id: $id) { nodes { action actor } } }")
				.variable("id", record)
				.execute()
				.path("history.nodes[*].action")
				.entityList(String.class)
				.contains("CREATE");
		}

		// The rejection and the merge are in the proposals' own history.
		for (Map.Entry<String, String> review : Map.of(id(known), "REJECT", shortName, "MERGE").entrySet()) {
			editor.document("query($id: ID!) { history(id: $id) { nodes { action } } }")
				.variable("id", review.getKey())
				.execute()
				.path("history.nodes[*].action")
				.entityList(String.class)
				.containsExactly(review.getValue());
		}

		// Ingested again (through the API): the rejected claim stays rejected and is not
		// proposed anew. What is new is read with the accepted entity now known (its
		// mentions are no longer candidates), so it names that entity.
		List<String> before = new ArrayList<>();
		for (String status : List.of("PROPOSED", "ACCEPTED", "REJECTED", "MERGED")) {
			Proposals.list(editor, SOURCE, status).forEach((p) -> before.add(id(p)));
		}
		editor.document("""
				mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { proposalsCreated } }""")
			.variable("input",
					Map.of("id", SOURCE, "title", "한밭 우주항공 센터", "publisher", "대전광역시", "published", "2023-10-19", "text",
							DOCUMENT))
			.execute()
			.path("ingestDocument")
			.hasValue();
		List<Map<String, Object>> again = Proposals.list(editor, SOURCE, "PROPOSED");
		assertThat(again).noneMatch((p) -> p.get("id").equals(id(known))
				|| (p.get("claim").equals(known.get("claim")) && p.get("locator").equals(known.get("locator"))));
		assertThat(again).filteredOn((p) -> !before.contains(id(p)))
			.allSatisfy((p) -> assertThat((String) p.get("claim")).contains(entityId));
		assertThat(Proposals.list(editor, SOURCE, "REJECTED")).extracting((p) -> p.get("id"))
			.containsExactly(id(known));

		// The review in both languages, on a laptop and on a phone, with a correction's
		// form open; and the accepted ones with their records.
		for (String lang : List.of("ko", "en")) {
			String address = this.origin + "/#/review/" + encode(SOURCE) + "?lang=" + lang;
			this.browser.desktop();
			openWithCorrection(address);
			this.browser.screenshot("review-desktop-" + lang);
			this.browser.phone();
			openWithCorrection(address);
			assertFitsThePhone("review " + lang);
			this.browser.screenshot("review-phone-" + lang);
			this.browser.open(this.origin + "/#/review/" + encode(SOURCE) + "?status=ACCEPTED&lang=" + lang);
			this.browser.waitFor(By.cssSelector("li.proposal[data-id='" + center + "'] .record-link"));
			this.browser.waitFor(By.cssSelector("#doc-lines #L1"));
			assertFitsThePhone("accepted " + lang);
		}

		// Signing out forgets the token: the review asks for it again.
		this.browser.driver().findElement(By.id("signout-button")).click();
		this.browser.waitFor(By.id("signin-form"));
		assertThat(this.browser.script("return sessionStorage.length")).isEqualTo(0L);
		assertFitsThePhone("sign-in en");
	}

	/**
	 * Opens the review with its first proposal's correction form open (type, ends, key).
	 */
	private void openWithCorrection(String address) {
		this.browser.open(address);
		this.browser.waitFor(By.cssSelector("#doc-lines #L1"));
		this.browser.waitFor(By.cssSelector("li.proposal[data-status='PROPOSED'] button.action-correct")).click();
		this.browser.waitFor(By.cssSelector(".correct-form select"));
	}

	private void signIn(String token) {
		this.browser.waitFor(By.id("signin-token")).sendKeys(token);
		this.browser.driver().findElement(By.id("signin-button")).click();
	}

	private void type(String id, String text) {
		this.browser.driver().findElement(By.id(id)).sendKeys(text);
	}

	private WebElement item(String proposal) {
		return this.browser.waitFor(By.cssSelector("li.proposal[data-id='" + proposal + "']"));
	}

	/**
	 * Waits until the proposal shows its new status, or an error beside it, and the list
	 * has been read again (it is busy until then); fails on the error.
	 */
	private void reviewed(String proposal, String status) {
		By selector = By.cssSelector("li.proposal[data-id='" + proposal + "'][data-status='" + status + "']");
		this.browser.waitUntil((driver) -> !driver.findElements(selector).isEmpty()
				|| !driver.findElements(By.cssSelector("li.proposal[data-id='" + proposal + "'] .action-error"))
					.isEmpty());
		this.browser.waitUntil((driver) -> driver.findElements(By.cssSelector("#proposals[aria-busy]")).isEmpty());
		List<WebElement> errors = this.browser.driver()
			.findElements(By.cssSelector("li.proposal[data-id='" + proposal + "'] .action-error"));
		assertThat(errors).as("error beside " + proposal).isEmpty();
		assertThat(this.browser.driver().findElement(selector).getText()).doesNotContain("PROPOSED");
	}

	private void assertFitsThePhone(String where) {
		Map<?, ?> seen = (Map<?, ?>) this.browser.script(WIDE);
		assertThat(((Number) seen.get("scrollWidth")).intValue()).as(where + ": page width")
			.isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat((List<?>) seen.get("wide")).as(where + ": elements wider than the screen").isEmpty();
	}

	private static String encode(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8);
	}

	private static String id(Map<String, Object> proposal) {
		return (String) proposal.get("id");
	}

	private static String quote(List<Map<String, Object>> proposals, String id) {
		return proposals.stream()
			.filter((p) -> id.equals(p.get("id")))
			.map((p) -> (String) p.get("quote"))
			.findFirst()
			.orElseThrow();
	}

	private static String end(Map<String, Object> claim, String side) {
		return (String) ((Map<?, ?>) claim.get(side)).get("key");
	}

}
