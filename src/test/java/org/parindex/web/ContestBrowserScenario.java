package org.parindex.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge contest's public pages in a real browser (headless Chromium) at a phone's
 * width (390 CSS pixels), where the attempt page's script keeps and saves answers (issue
 * 11, "Done when": a participant taken through registration, a reload mid-attempt and
 * submission): the demo's open contest page with its rules, countdown and status;
 * registration refused with Vietnamese messages naming each field (nothing stored), then
 * accepted; an attempt started, half answered, reloaded (the same attempt, its answers
 * and its end time kept, the timer running on), finished and submitted, then submitted
 * again as a double tap and a retry would (one entry, the same result); the result's
 * score, duration and prediction. Every page fits the phone without sideways scrolling,
 * its buttons and answers are touch targets of at least 44 CSS pixels, and passes
 * axe-core's automated accessibility check (WCAG 2.1 A and AA rules), the public results
 * pages included. English pages write times as 16:00, Vietnamese ones as 16h00. Skipped,
 * with a message saying what to install, when Chromium or chromedriver is missing (see
 * {@link Browser}); under {@code CI=true} that skip fails the build. Run against H2 and
 * PostgreSQL.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "parindex.demo.enabled=true",
		"parindex.agency.name=Sở Nội vụ tỉnh Gia Lai", "parindex.agency.place=Gia Lai" })
abstract class ContestBrowserScenario {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The demo's contest open now ({@code DemoContest.OPEN}). */
	static final String OPEN = "/cuoc-thi/cchc-thu-nghiem";

	/** The demo's seed contest of 2022, closed, its results published. */
	static final String SEED = "/cuoc-thi/cchc-dak-po-2022";

	static final int PHONE_WIDTH = 390;

	/**
	 * The smallest touch target, in CSS pixels (WCAG 2.5.5, Apple's and Google's guides).
	 */
	static final int TOUCH = 44;

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver driver;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@BeforeEach
	void freshSession() {
		this.driver = browser.driver();
		browser.emulateDesktop();
		this.driver.get(url("/cuoc-thi"));
		this.driver.manage().deleteAllCookies();
		browser.consoleProblems();
	}

	@AfterEach
	void consoleStaysClean() {
		browser.emulateDesktop();
		assertThat(browser.consoleProblems()).as("errors and CSP refusals in the browser's console").isEmpty();
	}

	@Test
	void aParticipantRegistersReloadsMidAttemptAndSubmitsOnceOnAPhone() {
		browser.emulatePhone(PHONE_WIDTH, 844);
		publicPage("/cuoc-thi");
		publicPage(OPEN);
		assertThat(text("status")).contains(message("contest.status.OPEN"));
		assertThat(this.driver.findElement(By.id("rules")).getText()).contains("4 tuần");
		String countdown = text("countdown");
		assertThat(countdown).matches(".*[0-9]{2} giờ [0-9]{2} phút [0-9]{2} giây");
		waitFor().until((driver) -> !text("countdown").equals(countdown));
		touchTargets("#entry-links a");

		this.driver.findElement(By.cssSelector("#entry-links a[href$='/dang-ky']")).click();
		waitFor().until(ExpectedConditions.urlContains("/dang-ky"));
		publicPage(null);
		touchTargets("main form button[type=submit]", "main form input.form-control", "main form select",
				"main form .contest-choice");

		// the CCCD one digit short, consent not given: each named, nothing stored
		fill("Nguyễn Thị Thử", "1990-03-15", "06419001234", "0912 345 678");
		submitRegistration();
		assertThat(problems()).contains(message("contest.entry.problem.cccd.digits", 12),
				message("contest.entry.problem.consent.required"));
		assertThat(this.driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Nguyễn Thị Thử");
		assertThat(this.driver.findElement(By.id("cccd")).getAttribute("class")).contains("is-invalid");
		publicPage(null);
		assertThat(stored("06419001234")).isZero();

		// twelve digits whose year does not match the date of birth, consent given
		retype("cccd", "064185012345");
		tick("consent");
		submitRegistration();
		assertThat(problems()).containsExactly(message("contest.entry.problem.cccd.year", "85", "90"));
		assertThat(this.driver.findElement(By.id("consent")).isSelected()).as("consent kept as ticked").isTrue();
		publicPage(null);
		assertThat(stored("064185012345")).isZero();

		retype("cccd", "064 190 012 345");
		submitRegistration();
		waitFor().until(ExpectedConditions.urlContains("/du-thi/"));
		assertThat(stored("064190012345")).isOne();
		publicPage(null);
		WebElement start = this.driver.findElement(By.cssSelector("main form[action$='/bat-dau'] button"));
		touchTargets("main form[action$='/bat-dau'] button");
		start.click();
		waitFor().until(ExpectedConditions.urlContains("/bai-thi/"));
		String attempt = this.driver.getCurrentUrl();
		// the page comes without its questions; its script fetches them (JSON) and lays
		// them out
		List<WebElement> questions = questionsLaidOut();
		assertThat(questions).hasSize(10);
		assertThat(this.driver.findElement(By.id("attempt-loading")).isDisplayed()).isFalse();
		publicPage(null);
		touchTargets("#attempt-form .contest-choice", "#attempt-submit");
		String endsAt = this.driver.findElement(By.id("attempt-countdown")).getAttribute("data-target");

		for (int i = 0; i < 5; i++) {
			answer(questions.get(i));
		}
		waitForSaved();
		List<String> chosen = chosen();
		assertThat(chosen).hasSize(5);
		String before = text("attempt-countdown");
		this.driver.navigate().refresh();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-form")));
		questionsLaidOut();
		assertThat(this.driver.getCurrentUrl()).as("the same attempt").isEqualTo(attempt);
		assertThat(chosen()).as("the answers kept across the reload").isEqualTo(chosen);
		assertThat(this.driver.findElement(By.id("attempt-countdown")).getAttribute("data-target"))
			.as("the attempt's end, unchanged")
			.isEqualTo(endsAt);
		waitFor().until((driver) -> text("attempt-countdown").matches("[0-9]{2} giờ [0-9]{2} phút [0-9]{2} giây")
				&& text("attempt-countdown").compareTo(before) < 0);
		assertThat(savedOnServer()).as("the answers saved on the server").isEqualTo(5L);

		// walk #19: "Nộp bài" with 5 questions unanswered and time left asks first, in
		// place, and submits nothing; "Quay lại trả lời" leads to the first unanswered
		// one
		WebElement submit = this.driver.findElement(By.id("attempt-submit"));
		script("arguments[0].scrollIntoView({block: 'center'});", submit);
		submit.click();
		WebElement confirm = this.driver.findElement(By.id("attempt-confirm-inline"));
		waitFor().until(ExpectedConditions.visibilityOf(confirm));
		assertThat(text("attempt-confirm-inline-question")).isEqualTo("Bạn còn 5 câu chưa trả lời, vẫn nộp bài?");
		assertThat(this.driver.findElements(By.cssSelector("#attempt-confirm-inline-links a"))).hasSize(5);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("attempt-confirm-inline");
		assertThat(this.driver.getCurrentUrl()).as("nothing submitted").isEqualTo(attempt);
		assertThat(((Number) script("return arguments[0].getBoundingClientRect().right;", confirm)).doubleValue())
			.as("the question fits the phone")
			.isLessThanOrEqualTo(((Number) script("return document.documentElement.clientWidth;")).doubleValue());
		publicPage(null);
		this.driver.findElement(By.id("attempt-confirm-back")).click();
		assertThat(confirm.isDisplayed()).isFalse();
		assertThat(this.driver.switchTo().activeElement().getAttribute("name")).isEqualTo("q6");
		assertThat(this.jdbc.sql("""
				select count(*) from contest_attempt a join contest_participant p on p.id = a.participant_id
				where p.cccd = ? and a.submitted_at is not null""").param("064190012345").query(Long.class).single())
			.as("no entry yet")
			.isZero();

		questions = this.driver.findElements(By.cssSelector("#attempt-form fieldset"));
		// saves are batched: with each save held 2 s on its way, the answers given
		// meanwhile
		// go together in the next one, and never two saves at once
		script("""
				const saves = window.parindexSaves = { sent: 0, inFlight: 0, most: 0, bodies: [], hold: 2000 };
				const original = window.fetch;
				window.fetch = function (url, options) {
				  if (!String(url).endsWith('/luu')) { return original.apply(window, arguments); }
				  saves.sent++; saves.inFlight++; saves.most = Math.max(saves.most, saves.inFlight);
				  saves.bodies.push(String(options.body));
				  return new Promise((resolve) => setTimeout(resolve, saves.hold))
				    .then(() => original.call(window, url, options))
				    .finally(() => { saves.inFlight--; });
				};""");
		for (int i = 5; i < questions.size(); i++) {
			answer(questions.get(i));
		}
		waitFor().until((driver) -> savedOnServer() == 10L);
		assertThat((Long) script("return window.parindexSaves.sent;")).as("saves sent for five answers").isEqualTo(2L);
		assertThat((Long) script("return window.parindexSaves.most;")).as("saves on their way at once").isEqualTo(1L);
		assertThat((String) script("return window.parindexSaves.bodies[1];")).as("the second save's answers")
			.containsPattern("(&q[0-9]+=[0-9]+){4}$");
		script("window.parindexSaves.hold = 0;");
		// the prediction is saved as it is typed: the field keeps the focus (no blur)
		WebElement prediction = this.driver.findElement(By.id("prediction"));
		// a prediction the server refuses is said next to its field, not in the timer bar
		// (walk #18), and the message goes once a number is typed
		prediction.sendKeys("abc");
		waitFor().until((driver) -> !driver.findElements(By.id("prediction-problem")).isEmpty());
		assertThat(text("prediction-problem")).startsWith("Câu hỏi dự đoán: nhập một số nguyên");
		assertThat(prediction.getAttribute("aria-describedby")).isEqualTo("prediction-problem");
		assertThat(text("attempt-save-status")).doesNotContain("Câu hỏi dự đoán");
		prediction.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		prediction.sendKeys("12");
		waitFor().until((driver) -> this.jdbc.sql("""
				select count(*) from contest_attempt a join contest_participant p on p.id = a.participant_id
				where p.cccd = ? and a.prediction = 12""").param("064190012345").query(Long.class).single() == 1);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).as("still typing")
			.isEqualTo("prediction");
		waitForSaved();

		// a double tap: two submissions at once, then the button itself (a retry)
		@SuppressWarnings("unchecked")
		List<String> doubleTap = (List<String>) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.getElementById('attempt-form');
				const send = () => fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)),
					credentials: 'same-origin' }).then((response) => response.text().then((body) =>
					response.status + ' ' + /id="result-score">([^<]*)</.exec(body)[1]));
				Promise.all([send(), send()]).then(done, (error) => done([String(error)]));
				""");
		// the submission is answered with the result itself (no redirect); both the same
		assertThat(doubleTap).hasSize(2).allSatisfy((line) -> assertThat(line).matches("200 [0-9]+/10.*"));
		assertThat(doubleTap.get(0)).isEqualTo(doubleTap.get(1));
		this.driver.findElement(By.id("attempt-submit")).click();
		waitFor().until(ExpectedConditions.urlContains("/ket-qua"));
		publicPage(null);
		String score = text("result-score");
		assertThat(score).matches("[0-9]+/10.*");
		assertThat(text("result-duration")).matches("[0-9]+:[0-9]{2},[0-9]{3}");
		assertThat(text("result-prediction")).isEqualTo("12");
		assertThat(this.jdbc.sql("""
				select count(*) from contest_attempt a join contest_participant p on p.id = a.participant_id
				where p.cccd = ? and a.submitted_at is not null""").param("064190012345").query(Long.class).single())
			.as("one entry")
			.isOne();

		// a retry from the history: the same result, still one entry
		this.driver.navigate().back();
		waitFor().until(ExpectedConditions.urlContains("/ket-qua"));
		assertThat(text("result-score")).isEqualTo(score);
		this.driver.findElement(By.cssSelector("main a.btn[href*='/du-thi/']")).click();
		waitFor().until(ExpectedConditions.urlContains("/du-thi/"));
		publicPage(null);
		assertThat(this.driver.findElement(By.cssSelector("main ul")).getText()).contains(score.split("/")[0]);

		publicPage(OPEN + "/tiep-tuc");
		publicPage(OPEN + "/ket-qua-chung-cuoc");
		publicPage(SEED);
		publicPage(SEED + "/ket-qua-chung-cuoc");
		assertThat(this.driver.findElements(By.cssSelector("main table tbody tr"))).as("the seed's published winners")
			.isNotEmpty();
	}

	/**
	 * The demo's open contest has online entries (twelve participants, some with a second
	 * attempt), which its committee's results count.
	 */
	@Test
	void theDemosOpenContestHasOnlineEntries() {
		assertThat(this.jdbc.sql("""
				select count(distinct p.id) from contest_participant p join contest_contest c on c.id = p.contest_id
				join contest_attempt a on a.participant_id = p.id
				where c.slug = 'cchc-thu-nghiem' and a.submitted_at is not null and p.cccd like '064%33%'""")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(12L);
		assertThat(this.jdbc.sql("""
				select count(*) from contest_attempt a join contest_participant p on p.id = a.participant_id
				join contest_contest c on c.id = p.contest_id where c.slug = 'cchc-thu-nghiem' and a.number = 2""")
			.query(Long.class)
			.single()).as("second attempts").isEqualTo(5L);
	}

	/**
	 * English pages write the contest's times as English does (16:00 24/05/2022), never
	 * as Vietnamese offices do (16h00), on every public contest page.
	 */
	@Test
	void englishContestPagesWriteTimesTheEnglishWay() {
		this.driver.get(url(SEED + "?lang=en"));
		for (String page : List.of("/cuoc-thi", SEED, SEED + "/ket-qua-chung-cuoc", OPEN, OPEN + "/dang-ky")) {
			this.driver.get(url(page));
			String shown = this.driver.findElement(By.tagName("main")).getText();
			assertThat(shown).as("%s in English", page).doesNotContainPattern("[0-9]{2}h[0-9]{2}");
		}
		this.driver.get(url(SEED));
		assertThat(text("status")).contains("16:00 24/05/2022", "16:00 09/06/2022").doesNotContain("16h00");
		this.driver.get(url(SEED + "?lang=vi"));
		assertThat(text("status")).contains("16h00 24/05/2022");
	}

	/**
	 * Opens {@code page} (or stays, when null) and checks it as a public contest page on
	 * the phone: no sideways scrolling, no axe-core violation.
	 */
	private void publicPage(String page) {
		if (page != null) {
			this.driver.get(url(page));
		}
		String shown = this.driver.getCurrentUrl();
		assertThat(((Number) script("return window.innerWidth;")).intValue()).as("%s: the layout's width", shown)
			.isEqualTo(PHONE_WIDTH);
		assertThat(((Number) script("return document.documentElement.scrollWidth;")).intValue())
			.as("%s: the page's width", shown)
			.isLessThanOrEqualTo(PHONE_WIDTH);
		noAxeViolations(shown);
	}

	/** Every visible element matching the selectors is at least 44 × 44 CSS pixels. */
	private void touchTargets(String... selectors) {
		for (String selector : selectors) {
			List<WebElement> targets = this.driver.findElements(By.cssSelector(selector));
			assertThat(targets).as(selector).isNotEmpty();
			for (WebElement target : targets) {
				if (target.isDisplayed()) {
					assertThat(target.getRect().getHeight()).as("%s: height of “%s”", selector, target.getText())
						.isGreaterThanOrEqualTo(TOUCH);
					assertThat(target.getRect().getWidth()).as("%s: width of “%s”", selector, target.getText())
						.isGreaterThanOrEqualTo(TOUCH);
				}
			}
		}
	}

	private void fill(String name, String birthDate, String cccd, String phone) {
		this.driver.findElement(By.id("fullName")).sendKeys(name);
		// a date field's typing depends on the browser's language: set as a picker would
		script("arguments[0].value = arguments[1];", this.driver.findElement(By.id("birthDate")), birthDate);
		this.driver.findElement(By.id("cccd")).sendKeys(cccd);
		this.driver.findElement(By.id("phone")).sendKeys(phone);
		new Select(this.driver.findElement(By.id("groupCode"))).selectByIndex(2);
		new Select(this.driver.findElement(By.id("unitId"))).selectByIndex(1);
		this.driver.findElement(By.id("address")).sendKeys("Thôn 1, xã Tân An");
	}

	private void tick(String id) {
		WebElement box = this.driver.findElement(By.id(id));
		if (!box.isSelected()) {
			this.driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		assertThat(box.isSelected()).isTrue();
	}

	private void retype(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void submitRegistration() {
		WebElement button = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		script("arguments[0].scrollIntoView({block: 'center'});", button);
		button.click();
		waitFor().until(Browser.gone(button));
		// a refused registration answers 400, which the console notes as a failed load
		assertThat(browser.consoleProblems()).allSatisfy((line) -> assertThat(line).contains("status of 400"));
	}

	private List<String> problems() {
		return this.driver.findElements(By.cssSelector("#entry-problems li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private long stored(String cccd) {
		return this.jdbc.sql("select count(*) from contest_participant where cccd = ?")
			.param(cccd)
			.query(Long.class)
			.single();
	}

	/**
	 * Waits until the attempt page's script has laid out its questions, and returns them.
	 */
	private List<WebElement> questionsLaidOut() {
		waitFor().until((driver) -> driver.findElement(By.id("attempt-form")).isDisplayed()
				&& !driver.findElements(By.cssSelector("#attempt-form fieldset")).isEmpty());
		return this.driver.findElements(By.cssSelector("#attempt-form fieldset"));
	}

	/** Taps the first option's label of a question (a finger taps the text). */
	private void answer(WebElement question) {
		WebElement label = question.findElement(By.cssSelector(".contest-choice"));
		script("arguments[0].scrollIntoView({block: 'center'});", label);
		label.click();
	}

	private void waitForSaved() {
		waitFor().until((driver) -> message("contest.entry.attempt.saved").equals(text("attempt-save-status")));
		// the saves are batched, one on its way at a time: wait until the server has them
		// all
		waitFor().until((driver) -> savedOnServer() >= chosen().size());
	}

	private long savedOnServer() {
		return this.jdbc.sql("""
				select count(*) from contest_attempt_question q join contest_attempt a on a.id = q.attempt_id
				join contest_participant p on p.id = a.participant_id where p.cccd = ? and q.chosen is not null""")
			.param("064190012345")
			.query(Long.class)
			.single();
	}

	private List<String> chosen() {
		return this.driver.findElements(By.cssSelector("#attempt-form input:checked"))
			.stream()
			.map((input) -> input.getAttribute("id"))
			.toList();
	}

	private String text(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	private Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	private WebDriverWait waitFor() {
		return new WebDriverWait(this.driver, PATIENCE);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Runs axe-core in the page (injected by Selenium, so the Content Security Policy
	 * does not apply to it) with the WCAG 2.0 and 2.1 A and AA rules and best practices,
	 * and asserts no violation.
	 */
	private void noAxeViolations(String page) {
		com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze(this.driver);
		assertThat(results.getViolations())
			.as("%s: axe-core violations %s", page, results.getViolations()
				.stream()
				.map((rule) -> rule.getId() + " " + rule.getNodes().stream().map((node) -> node.getHtml()).toList())
				.toList())
			.isEmpty();
		assertThat(results.getPasses()).as("%s: the rules axe-core checked and passed", page).isNotEmpty();
	}

}
