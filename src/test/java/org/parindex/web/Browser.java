package org.parindex.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through chromedriver, for tests that need JavaScript: htmx,
 * the charts, the layout at a given width, and the Content Security Policy as a browser
 * enforces it.
 * <p>
 * The browser and driver are Debian's {@code chromium} and {@code chromium-driver}
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); the environment variables
 * {@value #CHROMIUM_VARIABLE} and {@value #CHROMEDRIVER_VARIABLE} point elsewhere. Both
 * paths are given to Selenium explicitly, so Selenium Manager never downloads anything.
 * Each browser has a fresh profile in a temporary directory, removed by {@link #close()},
 * and starts with its background services (updates, sync, QUIC) off, since the tests need
 * no network beyond the application.
 */
final class Browser implements AutoCloseable {

	/** The Chromium executable, when not {@code /usr/bin/chromium}. */
	static final String CHROMIUM_VARIABLE = "PARINDEX_TEST_CHROMIUM";

	/** The chromedriver executable, when not {@code /usr/bin/chromedriver}. */
	static final String CHROMEDRIVER_VARIABLE = "PARINDEX_TEST_CHROMEDRIVER";

	private static final String INSTALL = "install Debian's chromium and chromium-driver "
			+ "(apt-get install chromium chromium-driver), or set " + CHROMIUM_VARIABLE + " and "
			+ CHROMEDRIVER_VARIABLE;

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Path chromium() {
		return executable(CHROMIUM_VARIABLE, "/usr/bin/chromium");
	}

	static Path chromedriver() {
		return executable(CHROMEDRIVER_VARIABLE, "/usr/bin/chromedriver");
	}

	private static Path executable(String variable, String fallback) {
		String value = System.getenv(variable);
		return Path.of((value == null || value.isBlank()) ? fallback : value);
	}

	/**
	 * What keeps the browser tests from running, if anything: a sentence naming the
	 * missing executable and how to install it.
	 */
	static Optional<String> missing() {
		for (Path path : List.of(chromium(), chromedriver())) {
			if (!Files.isExecutable(path)) {
				return Optional.of("Browser tests skipped: no executable " + path + "; " + INSTALL + ".");
			}
		}
		return Optional.empty();
	}

	/**
	 * Starts a headless Chromium whose window is {@code width} × {@code height} CSS
	 * pixels, keeping every message of the page's console.
	 * @throws IllegalStateException when the browser or its driver is missing
	 */
	static Browser start(int width, int height) {
		missing().ifPresent((message) -> {
			throw new IllegalStateException(message);
		});
		Path profile;
		try {
			profile = Files.createTempDirectory("parindex-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium().toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic",
				// Bootstrap scrolls smoothly otherwise, and a click could land mid-scroll
				"--force-prefers-reduced-motion", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
				"--lang=vi");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new Browser(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			delete(profile);
			throw ex;
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * The console messages since the last call that show something wrong: errors
	 * (scripts, failed loads) and every refusal by the Content Security Policy.
	 */
	List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.map(LogEntry::toString)
			.toList();
	}

	/** Emulates a phone's screen ({@code width} × {@code height} CSS pixels, touch). */
	void emulatePhone(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
	}

	/** Back to the window's own size and screen media after any emulation. */
	void emulateDesktop() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		emulateMedia("");
	}

	/** A desktop screen of {@code width} × {@code height} CSS pixels (no touch). */
	void emulateScreen(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Lays pages out for {@code print} or {@code screen} ({@code ""}: the default). */
	void emulateMedia(String media) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
	}

	/**
	 * The current page printed to PDF (A4 portrait, with backgrounds), as Chromium prints
	 * it.
	 */
	byte[] printToPdf() {
		Map<String, Object> printed = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("printBackground", true, "paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true));
		return java.util.Base64.getDecoder().decode((String) printed.get("data"));
	}

	/**
	 * The current page printed to PDF on an A4 in portrait whatever the page asks for (as
	 * a print dialog set to portrait prints it), with backgrounds.
	 */
	byte[] printToPortraitA4() {
		Map<String, Object> printed = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("printBackground", true, "paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", false));
		return java.util.Base64.getDecoder().decode((String) printed.get("data"));
	}

	/** What the screen shows now, as a PNG. */
	byte[] screenshot() {
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
		return java.util.Base64.getDecoder().decode((String) shot.get("data"));
	}

	/**
	 * The whole page, top to bottom, as a PNG as many pixels wide as the layout has CSS
	 * pixels (whatever the emulated screen's pixel ratio).
	 */
	byte[] fullPageScreenshot() {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) this.driver
			.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		Number ratio = (Number) this.driver.executeScript("return window.devicePixelRatio;");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(), "height",
				((Number) size.get("height")).doubleValue(), "scale", 1 / ratio.doubleValue());
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return java.util.Base64.getDecoder().decode((String) shot.get("data"));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a profile left behind stays in the temporary directory
		}
	}

	/**
	 * Skips a test class, with a message naming what is missing and how to install it,
	 * when the browser or its driver is not on this machine. Under {@code CI=true} the
	 * build then fails, since CI must skip nothing (see the {@code ci} profile in
	 * {@code pom.xml}).
	 */
	static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return missing().map(ConditionEvaluationResult::disabled)
				.orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver found"));
		}

	}

	/**
	 * Waits for an element to leave the page (the page replaced after a submission, an
	 * alert closed), as Selenium's {@code stalenessOf} does, but also taking for gone the
	 * element chromedriver reports as "does not belong to the document" or without a node
	 * while the next page replaces the old one: {@code stalenessOf} let that error
	 * through and failed a test whose page had just been left as it should (CI of 03/12,
	 * {@code ContestBrowserH2IT}).
	 */
	static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(org.openqa.selenium.WebElement element) {
		return (driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				String message = String.valueOf(ex.getMessage());
				if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
					return true;
				}
				throw ex;
			}
		};
	}

}
