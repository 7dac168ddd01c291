package org.parindex;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parindex.contest.AttemptPage;
import org.parindex.contest.AttemptPolicy;
import org.parindex.contest.CollectiveFormula;
import org.parindex.contest.ContestService;
import org.parindex.contest.DefineContest;
import org.parindex.contest.EntryService;
import org.parindex.contest.QuestionBankService;
import org.parindex.contest.QuestionDifficulty;
import org.parindex.contest.QuestionDraft;
import org.parindex.contest.QuestionKind;
import org.parindex.contest.QuestionShown;
import org.parindex.contest.TieBreak;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, as behind a load balancer (issue 11 item 7;
 * docs/operations.md, "Several instances"): sessions live in the database (Spring Session
 * JDBC, V114), so a browser signed in on instance A is signed in on B, a CSRF token of a
 * form loaded from A is accepted by B (and a wrong one refused), and signing out on B
 * ends the session on A. A contest participant registers on B from A's form, starts on A,
 * saves answers and the prediction on B, submits on A and retries the submit on B: one
 * submitted attempt, the same result on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesScenario {

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

	private static final String PASSWORD = "parindex-demo";

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private int portA;

	private int portB;

	Path files;

	/** The database both instances use (datasource and Flyway properties). */
	abstract Map<String, Object> database() throws Exception;

	@BeforeAll
	void startTwoInstances() throws Exception {
		this.files = Files.createTempDirectory("parindex-two-instances");
		Map<String, Object> properties = new LinkedHashMap<>(database());
		properties.put("server.port", "0");
		properties.put("parindex.demo.enabled", "true");
		properties.put("parindex.files.directory", this.files.resolve("files").toString());
		properties.put("spring.main.banner-mode", "off");
		// as command-line arguments, above the tests' config/application.properties
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		// one after the other: the second finds the schema migrated and the demo loaded
		this.first = new SpringApplicationBuilder(ParIndexApplication.class).run(arguments);
		this.second = new SpringApplicationBuilder(ParIndexApplication.class).run(arguments);
		this.portA = port(this.first);
		this.portB = port(this.second);
	}

	@AfterAll
	void stopThem() {
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
		FileSystemUtils.deleteRecursively(this.files.toFile());
	}

	private static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@Test
	void aSignInOnOneInstanceHoldsOnTheOtherAndSigningOutThereEndsItEverywhere() {
		CookieManager browser = new CookieManager();
		WebClient a = new WebClient(this.portA, browser);
		WebClient b = new WebClient(this.portB, browser);
		HttpResponse<String> signedIn = a.signIn("cuocthi", PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		List<HttpCookie> cookies = browser.getCookieStore().get(URI.create("http://localhost:" + this.portB + "/"));
		assertThat(cookies).extracting(HttpCookie::getName).contains("SESSION").doesNotContain("JSESSIONID");
		// the cookie as configured for sessions (application.properties), and the idle
		// timeout of 30 minutes kept in the table
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.contains("HttpOnly", "SameSite=Lax")
				.doesNotContainIgnoringCase("jsessionid"));
		assertThat(jdbc(this.second)
			.sql("select max_inactive_interval from platform_session where principal_name = 'cuocthi'")
			.query(Integer.class)
			.list()).isNotEmpty().containsOnly(1800);

		// the staff page on B, with A's session; a browser without it is sent to sign in
		HttpResponse<String> onB = b.page("/admin/contest");
		assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
		assertThat(new WebClient(this.portB).page("/admin/contest").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));

		// a CSRF token is the session's: A's is good on B, a made-up one is not
		String token = a.csrf("/admin/contest").orElseThrow();
		HttpResponse<String> forged = b.postWithoutToken("/logout", Map.of("_csrf", "not-the-session-token"));
		assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith("/login?logout");
		assertThat(a.page("/admin/contest").statusCode()).isEqualTo(200);
		HttpResponse<String> signedOut = b.postWithoutToken("/logout", Map.of("_csrf", token));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(a.page("/admin/contest").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void anAttemptStartedOnOneInstanceIsSavedOnTheOtherAndSubmittedOnceWhereverTheRetryLands() {
		String slug = contest();
		CookieManager browser = new CookieManager();
		WebClient a = new WebClient(this.portA, browser);
		WebClient b = new WebClient(this.portB, browser);

		// the registration form from A, sent to B
		String registration = "/cuoc-thi/" + slug + "/dang-ky";
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", a.csrf(registration).orElseThrow());
		form.put("fullName", "Phạm Văn Hai");
		form.put("birthDate", "1988-07-21");
		form.put("cccd", String.format("064088%06d", SERIAL.incrementAndGet() % 1_000_000));
		form.put("phone", String.format("09%08d", SERIAL.incrementAndGet() % 100_000_000));
		form.put("groupCode", "ND");
		form.put("unitId", String.valueOf(entries(this.first).units().get(0).id()));
		form.put("address", "Thôn 2, xã Đak Pơ");
		form.put("consent", "on");
		HttpResponse<String> registered = b.postWithoutToken(registration, form);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		String participant = path(registered.headers().firstValue("Location").orElseThrow());

		// started on A
		HttpResponse<String> started = a.postWithoutToken(participant + "/bat-dau",
				Map.of("_csrf", a.csrf(participant).orElseThrow()));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		String attempt = path(started.headers().firstValue("Location").orElseThrow());
		String attemptToken = attempt.substring(attempt.lastIndexOf('/') + 1);
		String token = a.csrf(attempt).orElseThrow();

		// every answer and the prediction saved on B, as the page's script sends them
		AttemptPage page = entries(this.first).attempt(slug, attemptToken);
		QuestionBankService banks = this.first.getBean(QuestionBankService.class);
		List<Map.Entry<String, String>> submission = new ArrayList<>();
		for (QuestionShown question : page.questions()) {
			int right = banks.find(question.questionId()).orElseThrow().correctPositions().iterator().next();
			HttpResponse<String> saved = b.postWithoutToken(attempt + "/luu", Map.of("_csrf", token, "question",
					String.valueOf(question.number()), "option", String.valueOf(right)),
					Map.of("Accept", "application/json"));
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
			submission.add(Map.entry("q" + question.number(), String.valueOf(right)));
		}
		HttpResponse<String> predicted = b.postWithoutToken(attempt + "/luu",
				Map.of("_csrf", token, "prediction", "2.026"), Map.of("Accept", "application/json"));
		assertThat(predicted.statusCode()).as(predicted.body()).isEqualTo(200);
		assertThat(entries(this.second).attempt(slug, attemptToken).chosen()).hasSize(page.questions().size());

		// submitted on A, the same submission retried on B (the answer to the first lost)
		submission.add(Map.entry("prediction", "2.026"));
		submission.add(Map.entry("_csrf", token));
		HttpResponse<String> submitted = a.postFields(attempt + "/nop", submission);
		// the submission's answer is the result page itself (issue 11: one request fewer
		// per attempt); the retry on B answers the same result, never a second entry
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		HttpResponse<String> retried = b.postFields(attempt + "/nop", submission);
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		assertThat(score(retried.body())).isNotEmpty().isEqualTo(score(submitted.body()));

		Map<String, Object> row = jdbc(this.first)
			.sql("select count(*) as attempts, count(submitted_at) as submitted, max(score) as score, "
					+ "max(prediction) as prediction from contest_attempt where token = ?")
			.param(attemptToken)
			.query()
			.singleRow();
		assertThat(((Number) row.get("attempts")).longValue()).isEqualTo(1);
		assertThat(((Number) row.get("submitted")).longValue()).isEqualTo(1);
		assertThat(((Number) row.get("score")).intValue()).isEqualTo(page.questions().size());
		assertThat(((Number) row.get("prediction")).longValue()).isEqualTo(2026);
		assertThat(jdbc(this.second)
			.sql("select count(*) from contest_attempt t join contest_participant p on p.id = t.participant_id "
					+ "join contest_contest c on c.id = p.contest_id where c.slug = ? and t.submitted_at is not null")
			.param(slug)
			.query(Long.class)
			.single()).isEqualTo(1);
		String resultA = a.page(attempt + "/ket-qua").body();
		String resultB = b.page(attempt + "/ket-qua").body();
		assertThat(resultA).contains(page.questions().size() + "/" + page.questions().size(), "2026");
		assertThat(score(resultB)).isEqualTo(score(resultA));
	}

	/** The score line of a result page ("4/4 câu đúng"). */
	private static String score(String result) {
		Matcher matcher = Pattern.compile("[0-9]+/[0-9]+ câu đúng").matcher(result);
		assertThat(matcher.find()).as(result).isTrue();
		return matcher.group();
	}

	/** A contest open for a day since an hour ago, four single-answer questions. */
	private String contest() {
		QuestionBankService banks = this.first.getBean(QuestionBankService.class);
		long bank = banks.createBank("Ngân hàng hai máy chủ " + SERIAL.incrementAndGet()).id();
		for (int i = 1; i <= 4; i++) {
			banks.add(bank, new QuestionDraft("H" + i, "Chung", QuestionDifficulty.EASY, QuestionKind.SINGLE,
					"Câu hỏi hai máy chủ số " + i + "?",
					List.of("Phương án một", "Phương án hai", "Phương án ba", "Phương án bốn"), Set.of(i % 4), ""));
		}
		Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
		Instant closes = opens.plus(Duration.ofDays(1));
		String slug = "hai-may-chu-" + SERIAL.incrementAndGet();
		this.first.getBean(ContestService.class)
			.create(new DefineContest(slug, "Cuộc thi hai máy chủ", "Ban Tổ chức kiểm thử", "Thể lệ kiểm thử.", opens,
					closes, 60, 16, null, "Bao nhiêu bài đạt điểm tuyệt đối?", null,
					List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION), CollectiveFormula.ENTRIES,
					false, bank, List.of(new DefineContest.Group("ND", "Nhân dân", null)),
					List.of(new DefineContest.Round("Đợt 1", opens, closes, 2, AttemptPolicy.BEST, 600, 4)),
					List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))), null, null));
		return slug;
	}

	private static EntryService entries(ConfigurableApplicationContext context) {
		return context.getBean(EntryService.class);
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	private static String path(String location) {
		return URI.create(location).getPath();
	}

}
