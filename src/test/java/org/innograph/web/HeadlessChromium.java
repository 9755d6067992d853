package org.innograph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.Assert;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its chromedriver, for browser tests of the
 * explorer. Nothing is downloaded: both paths are given, so Selenium Manager never runs.
 * Records every request the page makes (DevTools performance log) and saves screenshots
 * under {@code target/screenshots/}.
 * <p>
 * A browser test class declares it in one line, as a JUnit extension that starts the
 * browser before the class's tests and quits it after them, and knows the address of the
 * application under test ({@link #origin()}): <pre>
 * &#64;RegisterExtension
 * final HeadlessChromium browser = HeadlessChromium.sized(Viewport.PHONE);
 * </pre> (an instance field in a {@code @TestInstance(PER_CLASS)} class, or a static
 * field).
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

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

	private final Viewport initial;

	private ChromeDriver driver;

	private Path profile;

	private String origin;

	private Viewport viewport;

	private final List<Request> requested = new ArrayList<>();

	private HeadlessChromium(Viewport initial) {
		this.initial = initial;
	}

	/**
	 * A browser for a test class, started before its tests with a window of the given
	 * size.
	 */
	static HeadlessChromium sized(Viewport viewport) {
		return new HeadlessChromium(viewport);
	}

	/**
	 * Starts the browser, finds the port the application under test listens on (the
	 * class's Spring context, started now if it was not yet) and waits until it has
	 * prepared the graph: the first class of a run may start while the seed is still
	 * loading, and a page drawn from half a graph fails its checks for no fault of its
	 * own.
	 */
	@Override
	public void beforeAll(ExtensionContext context) {
		launch();
		if (this.initial != null) {
			viewport(this.initial);
		}
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		Integer port = application.getEnvironment().getProperty("local.server.port", Integer.class);
		this.origin = (port != null) ? "http://127.0.0.1:" + port : null;
		if (application.containsBean("graphStore")) {
			graphPrepared(application.getBean("graphStore", HealthIndicator.class));
		}
	}

	private static void graphPrepared(HealthIndicator store) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!Status.UP.equals(store.health().getStatus())) {
			Assert.state(Instant.now().isBefore(deadline),
					() -> "The graph store is not prepared after 3 minutes: " + store.health().getDetails());
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	/**
	 * Starts the browser, or skips the calling tests with a clear message when Chromium
	 * is not installed outside CI. In CI (CI=true) a missing browser is a failure:
	 * {@code .ci/run} installs it.
	 */
	private void launch() {
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
		this.profile = profile;
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
	}

	ChromeDriver driver() {
		Assert.state(this.driver != null, "The browser was not started: register HeadlessChromium as a static field,"
				+ " or as an instance field of a @TestInstance(PER_CLASS) class");
		return this.driver;
	}

	/**
	 * The address of the application under test, {@code http://127.0.0.1:<port>}.
	 */
	String origin() {
		Assert.state(this.origin != null, "No application on a port: the test class must be a @SpringBootTest"
				+ " with a web environment on a port");
		return this.origin;
	}

	/**
	 * Loads an address afresh. Going through about:blank makes it a real page load even
	 * when only the hash differs from the current address (which would otherwise be an
	 * in-page navigation).
	 */
	void open(String url) {
		driver().get("about:blank");
		driver().get(url);
	}

	/**
	 * Waits until the view has rendered (the router marks it ready) and returns its main
	 * element.
	 */
	WebElement ready(String view) {
		return waitFor(By.cssSelector("main[data-view='" + view + "'][data-ready='true']"));
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
		new WebDriverWait(driver(), Duration.ofSeconds(30)).until((d) -> condition.apply(driver()));
	}

	/** A laptop-sized viewport (1366×768). */
	void laptop() {
		viewport(Viewport.LAPTOP);
	}

	/** A desktop-sized viewport (1440×900), the size of the README's pictures. */
	void desktop() {
		viewport(Viewport.DESKTOP);
	}

	/** A phone-sized viewport (390×844, mobile). */
	void phone() {
		viewport(Viewport.PHONE);
	}

	/**
	 * Sets the viewport. Viewports are emulated through DevTools because a headless
	 * window cannot be made narrower than 500 pixels and its height includes the
	 * browser's own bars.
	 */
	void viewport(Viewport viewport) {
		this.viewport = viewport;
		driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height",
				viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
	}

	Object script(String script, Object... args) {
		return driver().executeScript(script, args);
	}

	/**
	 * Saves what the viewport shows as target/screenshots/{name}.png and lists it in
	 * target/screenshots/index.md with its size and address. Names of the views' pictures
	 * read {@code <view>-<desktop|phone>-<ko|en>}.
	 */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			byte[] png = driver().getScreenshotAs(OutputType.BYTES);
			Files.write(file, png);
			index(name, driver().getCurrentUrl());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits for the page to lay itself out again (two animation frames), after a change
	 * of viewport, before a screenshot.
	 */
	void settle() {
		driver().executeAsyncScript(
				"const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
	}

	/**
	 * Adds or replaces the picture's line in the index, which stays sorted by name:
	 * classes running side by side write to it, hence the lock.
	 */
	private void index(String name, String url) throws IOException {
		String size = (this.viewport != null) ? this.viewport.width() + "×" + this.viewport.height() : "window";
		String address = url.replaceFirst("^https?://[^/]+", "");
		synchronized (HeadlessChromium.class) {
			Path index = SCREENSHOTS.resolve("index.md");
			TreeMap<String, String> lines = new TreeMap<>();
			if (Files.exists(index)) {
				for (String line : Files.readAllLines(index)) {
					if (line.startsWith("- [")) {
						lines.put(line.substring(3, line.indexOf(']')), line);
					}
				}
			}
			lines.put(name, "- [" + name + "](" + name + ".png) " + size + " `" + address + "`");
			Files.write(index,
					Stream.concat(Stream.of("# Screenshots of the explorer", ""), lines.values().stream()).toList());
		}
	}

	/**
	 * Every request the browser sent so far (DevTools Network.requestWillBeSent), in
	 * order: the URL and the address of the document that caused it.
	 */
	List<Request> requests() {
		for (LogEntry entry : driver().manage().logs().get(LogType.PERFORMANCE)) {
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

	/** The window sizes the tests look at the explorer in. */
	enum Viewport {

		/** 1366×768, a laptop. */
		LAPTOP(1366, 768, false),

		/** 1440×900, a desktop: the size of the README's pictures. */
		DESKTOP(1440, 900, false),

		/** 390×844, a phone (mobile emulation). */
		PHONE(390, 844, true);

		private final int width;

		private final int height;

		private final boolean mobile;

		Viewport(int width, int height, boolean mobile) {
			this.width = width;
			this.height = height;
			this.mobile = mobile;
		}

		int width() {
			return this.width;
		}

		int height() {
			return this.height;
		}

		boolean mobile() {
			return this.mobile;
		}

	}

	/** Quits the browser, if it started, and removes its profile. */
	@Override
	public void close() {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			if (this.profile != null) {
				FileSystemUtils.deleteRecursively(this.profile.toFile());
			}
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
