package org.innograph.web;

import java.time.Duration;

import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL's docs panel works in a real browser: the page's introspection query passes
 * the limits, so the panel lists the schema's types and opens one ({@code Entity}) with
 * its fields. The logo corner links back to the explorer.
 */
@IntegrationTest
class QueryEditorDocsBrowserIT {

	@RegisterExtension
	static final HeadlessChromium browser = HeadlessChromium.sized(Viewport.DESKTOP);

	@Test
	void docsPanelShowsTheSchemasTypes() {
		String origin = browser.origin();
		browser.open(origin + "/graphiql");
		browser.waitFor(By.cssSelector(".graphiql-container"));
		WaitLong wait = new WaitLong(browser);
		wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("button[aria-label='Show Documentation Explorer']"))).click();
		WebElement docs = browser.waitFor(By.cssSelector(".graphiql-doc-explorer"));
		// The schema loaded: the panel shows the root types ("query: Query"), not "No
		// GraphQL schema
		// available".
		wait.until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer-root-type"), "query"));
		assertThat(docs.findElements(By.cssSelector(".graphiql-doc-explorer-error"))).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("a.graphiql-doc-explorer-type-name")))
			.extracting(WebElement::getText)
			.contains("Query", "Mutation");
		// All types are listed under the root types; Entity opens with its fields.
		WebElement entity = wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//*[contains(@class,'graphiql-doc-explorer-type-name') and text()='Entity']")));
		entity.click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".graphiql-doc-explorer-title"), "Entity"));
		assertThat(browser.driver().findElements(By.cssSelector(".graphiql-doc-explorer-field-name")))
			.extracting(WebElement::getText)
			.contains("id", "name", "kind");
		browser.screenshot("query-editor-docs-desktop-en");
		WebElement home = browser.waitFor(By.cssSelector("a.innograph-home"));
		assertThat(home.getAttribute("href")).isEqualTo(origin + "/");
	}

	/** Loading the editor and its schema can take a while on a busy machine. */
	private static final class WaitLong extends WebDriverWait {

		WaitLong(HeadlessChromium browser) {
			super(browser.driver(), Duration.ofSeconds(60));
		}

	}

}
