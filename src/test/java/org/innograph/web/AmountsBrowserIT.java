package org.innograph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.innograph.support.IntegrationTest;
import org.innograph.web.HeadlessChromium.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's amounts in its interface language, in a real browser (headless Chromium;
 * skipped without it, failing under CI=true): its requests carry the language as
 * {@code Accept-Language}, so sub-task 1-1-1's budget reads "about 3.5065 trillion won"
 * in English and "약 3조 5,065억 원" in Korean, beside what the amount is for.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmountsBrowserIT {

	private static final String SUB_TASK = "item:1-1-1";

	@RegisterExtension
	final HeadlessChromium browser = HeadlessChromium.sized(Viewport.LAPTOP);

	@Test
	void aSubTasksBudgetReadsInTheInterfaceLanguage() {
		assertThat(budget("en", "about 3.5065 trillion won"))
			.contains("Support for building the national advanced strategic industry specialised complex")
			.doesNotContain("억");
		assertThat(budget("ko", "약 3조 5,065억 원")).contains("국가첨단전략산업 특화단지 조성을 위한 지원");
		this.browser.screenshot("amount-ko");
	}

	/**
	 * The budget's line once it shows {@code amount} (a time-out fails the test); the
	 * view is redrawn when only the language changes, so an earlier line may stand for a
	 * moment.
	 */
	private String budget(String language, String amount) {
		this.browser.open(this.browser.origin() + "/#/node/" + URLEncoder.encode(SUB_TASK, StandardCharsets.UTF_8)
				+ "?lang=" + language);
		this.browser.ready("node");
		String script = "const p = document.querySelector(\"li.fact[data-key='budget'] p\");"
				+ " return p && p.textContent.includes(arguments[0]) ? p.textContent : null;";
		this.browser.waitUntil((driver) -> this.browser.script(script, amount) != null);
		return (String) this.browser.script(script, amount);
	}

}
