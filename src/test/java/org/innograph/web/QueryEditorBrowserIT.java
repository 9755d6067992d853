package org.innograph.web;

import java.time.Duration;

import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query editor at /graphiql renders in a real browser, loads the schema from
 * /graphql, and loads nothing from outside the service: it works offline. Screenshots at
 * 1440×900 and 390×844 (the editor speaks only English).
 */
@IntegrationTest
class QueryEditorBrowserIT {

	@RegisterExtension
	static final HeadlessChromium browser = HeadlessChromium.sized(Viewport.DESKTOP);

	@Test
	void queryEditorRendersAndRunsOfflineAssetsOnly() {
		String origin = browser.origin();
		browser.open(origin + "/graphiql");
		browser.waitFor(By.cssSelector(".graphiql-container"));
		// On load the editor asks /graphql for the schema (introspection): the page
		// is live.
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until((driver) -> browser.requests()
			.stream()
			.anyMatch((request) -> request.url().equals(origin + "/graphql")));
		browser.waitFor(By.cssSelector(".graphiql-editor"));
		browser.screenshot("query-editor-desktop-en");
		browser.phone();
		browser.settle();
		browser.screenshot("query-editor-phone-en");
		// Requests of the page itself (Chromium's own start page is not ours to
		// judge).
		assertThat(browser.requests()).filteredOn((request) -> request.document().startsWith(origin + "/"))
			.isNotEmpty()
			.allSatisfy((request) -> assertThat(request.url()).satisfiesAnyOf(
					(url) -> assertThat(url).startsWith(origin + "/"), (url) -> assertThat(url).startsWith("data:"),
					(url) -> assertThat(url).startsWith("blob:")));
	}

}
