package org.innograph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its chromedriver, for browser tests of the
 * explorer. Nothing is downloaded: both paths are given, so Selenium Manager never runs.
 * Records every request the page makes (DevTools performance log) and saves screenshots
 * under {@code target/screenshots/}.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("innograph.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("innograph.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Page JavaScript that collects in {@code wide} the elements sticking out of the
	 * viewport ({@code width}), unless a scrolling or clipping box holds them; hidden
	 * elements ({@code hidden(el)}) do not count. Scripts go on from there.
	 */
	static final String COLLECT_WIDE = """
			const width = document.documentElement.clientWidth;
			const hidden = (el) => el.closest('.visually-hidden, .skip, [hidden], dialog:not([open])');
			const clipped = (el) => {
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
				if ((r.right > width + 1 || r.left < -1) && !clipped(el)) {
					wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + (el.className || '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
				}
			}
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChromeDriver driver;

	private final Path profile;

	private final List<Request> requested = new ArrayList<>();

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts the browser, or skips the calling test with a clear message when Chromium is
	 * not installed outside CI. In CI (CI=true) a missing browser is a failure:
	 * {@code .ci/run} installs it.
	 */
	static HeadlessChromium start() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + "; CI must install them (see .ci/run)");
			}
			Assumptions.abort(message + ": skipped");
		}
		// Belt and braces: Selenium Manager, should anything reach it, must not go
		// online.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		Path profile = temporaryDirectory();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
				"--hide-scrollbars", "--lang=ko-KR", "--window-size=1366,900", "--user-data-dir=" + profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(driver, profile);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Loads an address afresh. Going through about:blank makes it a real page load even
	 * when only the hash differs from the current address (which would otherwise be an
	 * in-page navigation).
	 */
	void open(String url) {
		this.driver.get("about:blank");
		this.driver.get(url);
	}

	/**
	 * Waits until the view has rendered (the router marks it ready) and returns its main
	 * element.
	 */
	WebElement ready(String view) {
		return waitFor(By.cssSelector("main[data-view='" + view + "'][data-ready='true']"));
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> condition.apply(this.driver));
	}

	/** A laptop-sized viewport (1366×768). */
	void laptop() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * A phone-sized viewport (390×844, mobile). Viewports are emulated through DevTools
	 * because a headless window cannot be made narrower than 500 pixels and its height
	 * includes the browser's own bars.
	 */
	void phone() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	/** Saves a screenshot of the whole page as target/screenshots/{name}.png. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every request the browser sent so far (DevTools Network.requestWillBeSent), in
	 * order: the URL and the address of the document that caused it.
	 */
	List<Request> requests() {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
				JsonNode params = message.path("params");
				this.requested.add(new Request(params.path("request").path("url").asString(),
						params.path("documentURL").asString()));
			}
		}
		return List.copyOf(this.requested);
	}

	/** A request the browser sent, and the document that sent it. */
	record Request(String url, String document) {
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("innograph-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
