package org.parindex.contest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.MutableClock;
import org.parindex.WebClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taking part in a contest without an account (issue 11 item 3), against H2 and
 * PostgreSQL, with the application's clock set by the test to the millisecond:
 * registration checked field by field and kept as typed, one identity per CCCD (and
 * phone) also under concurrent registrations, resuming by CCCD and date of birth;
 * attempts numbered within the round's allowance, drawn with their answer key stored;
 * answers saved until the end plus grace; the submission recorded once under concurrent
 * retries, with the verdict at the deadline's edges; the counted attempt by each policy;
 * no answer key and no personal number on any page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// every test posts from 127.0.0.1: the per-address allowance of wrong resume
		// tries
		// would make them depend on each other (the per-CCCD one is tested)
		properties = { "parindex.demo.enabled=true", "parindex.contest.resume.per-address=1000" })
@Import(ContestEntryScenario.TestClock.class)
abstract class ContestEntryScenario {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The contests' start in the tests: 08:00 on 1 June 2026, Vietnam time. */
	static final Instant OPENS = Instant.parse("2026-06-01T01:00:00Z");

	static final int TIME_LIMIT = 600;

	static final int GRACE = 60;

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ContestService contests;

	@Autowired
	QuestionBankService banks;

	@Autowired
	EntryService entries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContestResultService results;

	long bankId;

	@BeforeEach
	void bank() {
		this.clock.set(OPENS.plus(Duration.ofHours(1)));
		String name = "Ngân hàng kiểm thử dự thi";
		this.bankId = this.banks.banks()
			.stream()
			.filter((b) -> b.name().equals(name))
			.findFirst()
			.map(QuestionBankView::id)
			.orElseGet(() -> {
				long id = this.banks.createBank(name).id();
				for (int i = 1; i <= 6; i++) {
					this.banks.add(id, new QuestionDraft("E" + i, "Chung", QuestionDifficulty.EASY,
							(i % 3 == 0) ? QuestionKind.MULTIPLE : QuestionKind.SINGLE,
							"Câu hỏi kiểm thử số " + i + " về cải cách hành chính?", List.of("Phương án một " + i,
									"Phương án hai " + i, "Phương án ba " + i, "Phương án bốn " + i),
							(i % 3 == 0) ? Set.of(0, 2) : Set.of(i % 4), ""));
				}
				return id;
			});
	}

	/**
	 * A contest open since {@link #OPENS} for a day, one round, 4 questions an attempt.
	 */
	String contest(int attempts, AttemptPolicy policy, Duration roundLength, boolean onePerPhone) {
		String slug = "du-thi-" + SERIAL.incrementAndGet();
		this.contests.create(new DefineContest(slug, "Cuộc thi kiểm thử " + slug, "Ban Tổ chức kiểm thử",
				"Thể lệ kiểm thử.", OPENS, OPENS.plus(Duration.ofDays(1)), GRACE, 16, null,
				"Bao nhiêu bài đạt điểm tuyệt đối?", null,
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME),
				CollectiveFormula.ENTRIES, onePerPhone, this.bankId,
				List.of(new DefineContest.Group("CB", "Cán bộ", null), new DefineContest.Group("ND", "Nhân dân", null)),
				List.of(new DefineContest.Round("Đợt 1", OPENS, OPENS.plus(roundLength), attempts, policy, TIME_LIMIT,
						4)),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))), null, null));
		return slug;
	}

	String contest() {
		return contest(3, AttemptPolicy.BEST, Duration.ofDays(1), true);
	}

	static String cccd() {
		return String.format("064090%06d", SERIAL.incrementAndGet() % 1_000_000);
	}

	static String phone() {
		return String.format("09%08d", SERIAL.incrementAndGet() % 100_000_000);
	}

	long unit() {
		return this.entries.units().get(0).id();
	}

	Register registration(String cccd, String phone) {
		return new Register("Nguyễn Văn An", "1990-03-15", cccd, phone, "CB", String.valueOf(unit()),
				"Thôn 1, xã Đak Pơ", true, false);
	}

	String register(String slug) {
		return this.entries.register(slug, registration(cccd(), phone()));
	}

	/**
	 * Answers every question of an attempt: rightly, or wrongly when {@code right} is
	 * false.
	 */
	void answer(String slug, String attempt, int rightOnes) {
		AttemptPage page = this.entries.attempt(slug, attempt);
		int n = 0;
		for (QuestionShown question : page.questions()) {
			Set<Integer> key = this.banks.find(question.questionId()).orElseThrow().correctPositions();
			Set<Integer> wrong = Set
				.of(java.util.stream.IntStream.range(0, 4).filter((p) -> !key.contains(p)).findFirst().getAsInt());
			this.entries.saveAnswer(slug, attempt, question.number(), (n++ < rightOnes) ? key : wrong);
		}
	}

	@Test
	void aRegistrationWithFaultsIsRefusedFieldByFieldKeptAsTypedAndNothingIsStored() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		String page = web.page("/cuoc-thi/" + slug + "/dang-ky").body();
		assertThat(page)
			.contains("name=\"consent\"", "name=\"publishResult\"", "91/2025/QH15", "356/2025/NĐ-CP",
					"Ban Tổ chức kiểm thử")
			.doesNotContainPattern("name=\"consent\"[^>]*checked")
			.doesNotContainPattern("name=\"publishResult\"[^>]*checked");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", "Trần Thị Bình");
		form.put("birthDate", "2012-05-01");
		form.put("cccd", "099312123456");
		form.put("phone", "0123 456");
		form.put("groupCode", "XX");
		form.put("unitId", "");
		form.put("address", "");
		HttpResponse<String> refused = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky",
				form);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains(
				"Ngày sinh: người dự thi phải từ 16 tuổi trở lên tại ngày cuộc thi bắt đầu; theo ngày sinh đã nhập là 14 tuổi.",
				"Số CCCD: ba chữ số đầu “099” không phải mã tỉnh, thành phố nào.",
				"Số điện thoại: không phải số di động Việt Nam", "Đối tượng dự thi: chọn một đối tượng",
				"Đơn vị: chọn một cơ quan", "Địa chỉ liên hệ: bắt buộc.",
				"Đồng ý xử lý dữ liệu cá nhân: cần đánh dấu để dự thi.")
			.contains("value=\"Trần Thị Bình\"", "value=\"099312123456\"", "value=\"0123 456\"", "value=\"2012-05-01\"")
			.containsPattern("is-invalid\"[^>]*id=\"cccd\"|id=\"cccd\"[^>]*is-invalid");
		// each message next to its field, which names it (aria-describedby), and linked
		// from the list at the top (walk #20, the kind)
		org.jsoup.nodes.Document faults = org.jsoup.Jsoup.parse(refused.body());
		for (String field : List.of("birthDate", "cccd", "phone", "groupCode", "unitId", "address", "consent")) {
			org.jsoup.nodes.Element input = faults.getElementById(field);
			assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
			assertThat(input.attr("aria-describedby").split(" ")).as(field).contains(field + "-problem");
			assertThat(faults.getElementById(field + "-problem").text()).as(field).isNotBlank();
			assertThat(faults.select("#entry-problems a[href=#" + field + "]")).as(field).hasSize(1);
		}
		assertThat(faults.getElementById("consent-problem").text())
			.isEqualTo("Đồng ý xử lý dữ liệu cá nhân: cần đánh dấu để dự thi.");
		assertThat(faults.getElementById("fullName").hasAttr("aria-describedby")).isFalse();
		HttpResponse<String> english = web.post("/cuoc-thi/" + slug + "/dang-ky?lang=en",
				"/cuoc-thi/" + slug + "/dang-ky?lang=en", form);
		assertThat(english.body()).contains("CCCD number: the first three digits “099” are no province code.",
				"Consent to personal data processing: tick it to take part.");
		form.put("cccd", "064190123456");
		assertThat(web.post("/cuoc-thi/" + slug + "/dang-ky?lang=vi", "/cuoc-thi/" + slug + "/dang-ky?lang=vi", form)
			.body()).contains("Số CCCD: chữ số thứ tư “1” (thế kỷ sinh và giới tính) không khớp với năm sinh 2012.");
		// a name and an address pasted past their limits: refused naming the field and
		// the limit, kept whole in fields no browser cuts (issue 9)
		String longName = "Nguyễn Thị Bích Ngọc ".repeat(6).strip();
		String longAddress = "Tổ 3, thị trấn Đak Pơ, huyện Đak Pơ, tỉnh Gia Lai ".repeat(7).strip();
		form.put("fullName", longName);
		form.put("address", longAddress);
		HttpResponse<String> tooLong = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky",
				form);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("Họ và tên: tối đa 100 ký tự; đã nhập " + longName.length(),
				"Địa chỉ liên hệ: tối đa 300 ký tự; đã nhập " + longAddress.length());
		org.jsoup.nodes.Document refusedPage = org.jsoup.Jsoup.parse(tooLong.body());
		for (Map.Entry<String, String> typed : Map.of("fullName", longName, "address", longAddress).entrySet()) {
			org.jsoup.nodes.Element field = refusedPage.selectFirst("[name=" + typed.getKey() + "]");
			assertThat(field.hasAttr("maxlength")).as(typed.getKey()).isFalse();
			assertThat(field.attr("value")).as(typed.getKey()).isEqualTo(typed.getValue());
		}
		assertThat(web.post("/cuoc-thi/" + slug + "/dang-ky?lang=en", "/cuoc-thi/" + slug + "/dang-ky?lang=en", form)
			.body()).contains("Full name: at most 100 characters; " + longName.length() + " typed.");
		assertThat(participants(slug)).isZero();
	}

	@Test
	void aParticipantRegistersWithoutAnAccountAndNoPageShowsTheirCccdOrPhone() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		String cccd = cccd();
		String phone = phone();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", "Lê Thị Cúc");
		form.put("birthDate", "1990-03-15");
		form.put("cccd", cccd);
		form.put("phone", "+84 " + phone.substring(1));
		form.put("groupCode", "ND");
		form.put("unitId", String.valueOf(unit()));
		form.put("address", "Tổ 3, thị trấn Đak Pơ");
		form.put("consent", "on");
		HttpResponse<String> done = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky", form);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String location = done.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/cuoc-thi/" + slug + "/du-thi/[A-Za-z0-9_-]{43}");
		String own = web.page(path(location)).body();
		assertThat(own).contains("Lê Thị Cúc", "Bắt đầu làm bài");
		HttpResponse<String> started = web.post(path(location), path(location) + "/bat-dau", Map.of());
		String attempt = path(started.headers().firstValue("Location").orElseThrow());
		String shell = web.page(attempt).body();
		String questions = web.get(attempt + "/cau-hoi", "application/json").body();
		String attemptPage = web.page(attempt + "/trang").body();
		String result = submitByForm(web, attempt, attemptPage);
		for (String shown : List.of(own, shell, questions, attemptPage, result, web.page("/cuoc-thi/" + slug).body(),
				web.page("/cuoc-thi").body(), web.page(path(location) + "?lang=en").body())) {
			assertThat(shown).doesNotContain(cccd, phone, phone.substring(1), "Tổ 3, thị trấn Đak Pơ");
		}
		Map<String, Object> row = this.jdbc
			.sql("select cccd, phone, phone_key, publish_result, consent_version from contest_participant "
					+ "where cccd = ?")
			.param(cccd)
			.query()
			.singleRow();
		assertThat(row).containsEntry("cccd", cccd)
			.containsEntry("phone", phone)
			.containsEntry("phone_key", phone)
			.containsEntry("publish_result", false)
			.containsEntry("consent_version", EntryService.CONSENT_VERSION);
	}

	private String submitByForm(WebClient web, String attempt, String attemptPage) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Matcher radio = Pattern.compile("name=\"(q[0-9]+)\" value=\"([0-9])\"").matcher(attemptPage);
		Set<String> answered = new java.util.HashSet<>();
		while (radio.find()) {
			if (answered.add(radio.group(1))) {
				fields.add(Map.entry(radio.group(1), radio.group(2)));
			}
		}
		fields.add(Map.entry("prediction", "1.234"));
		fields.add(Map.entry("_csrf", web.csrf(attempt).orElseThrow()));
		HttpResponse<String> submitted = web.postFields(attempt + "/nop", fields);
		// the result comes with the submission's answer: no redirect, no second request
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.body()).contains("data-result-url=\"" + attempt + "/ket-qua\"", "contest-result.js");
		String result = submitted.body();
		String score = Pattern.compile("id=\"result-score\">([^<]+)<")
			.matcher(result)
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		assertThat(web.page(attempt + "/ket-qua").body()).as("the result's own page").contains(score);
		assertThat(result).contains("Đã nhận bài thi của bạn.", "/4 câu đúng", "id=\"result-prediction\">1.234<",
				"Số lần thi còn lại trong đợt");
		// the contest's footer says whose clock decides, not how index points are rounded
		assertThat(result).contains("Giờ trong cuộc thi là giờ Việt Nam (UTC+7)")
			.doesNotContain("làm tròn theo số chữ số thập phân");
		assertThat(web.page("/").body()).contains("làm tròn theo số chữ số thập phân")
			.doesNotContain("Giờ trong cuộc thi");
		return result;
	}

	/**
	 * Item 5: a participant under 18 on the day of registration (Vietnam's calendar)
	 * registers only with a parent's or guardian's name and consent (Law 91/2025/QH15),
	 * stored and shown to the committee; an adult needs neither; the retention job clears
	 * the guardian's name with the rest.
	 */
	@Test
	void aParticipantUnder18RegistersWithAGuardiansConsent() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		// 16 at the contest's start (its minimum), 17 tomorrow: under 18 either way
		String cccd = String.format("064209%06d", SERIAL.incrementAndGet() % 1_000_000);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", "Phạm Minh Khôi");
		form.put("birthDate", "2009-06-02");
		form.put("cccd", cccd);
		form.put("phone", phone());
		form.put("groupCode", "ND");
		form.put("unitId", String.valueOf(unit()));
		form.put("address", "Thôn 2, xã Đak Pơ");
		form.put("consent", "on");
		form.put("guardianName", "  ");
		String page = "/cuoc-thi/" + slug + "/dang-ky";
		HttpResponse<String> refused = web.post(page, page, form);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		org.jsoup.nodes.Document faults = org.jsoup.Jsoup.parse(refused.body());
		assertThat(faults.getElementById("guardianName-problem").text())
			.isEqualTo("Họ và tên cha, mẹ hoặc người giám hộ: bắt buộc khi người dự thi chưa đủ 18 tuổi.");
		assertThat(faults.getElementById("guardianConsent-problem").text())
			.isEqualTo("Đồng ý của cha, mẹ hoặc người giám hộ: cần đánh dấu khi người dự thi chưa đủ 18 tuổi.");
		assertThat(faults.select("#entry-problems a[href=#guardianConsent]")).hasSize(1);
		assertThat(participants(slug)).isZero();

		form.put("guardianName", "Phạm Văn Hùng");
		form.put("guardianConsent", "on");
		HttpResponse<String> done = web.post(page, page, form);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		Map<String, Object> row = this.jdbc
			.sql("select guardian_name, guardian_consented_at from contest_participant where cccd = ?")
			.param(cccd)
			.query()
			.singleRow();
		assertThat(row.get("guardian_name")).isEqualTo("Phạm Văn Hùng");
		assertThat(row.get("guardian_consented_at")).isNotNull();

		// an adult: the guardian's fields are neither asked nor stored
		String adult = cccd();
		this.entries.register(slug, new Register("Nguyễn Văn An", "1990-03-15", adult, phone(), "CB",
				String.valueOf(unit()), "Thôn 1", true, false, "Ai đó", false));
		assertThat(this.jdbc.sql("select guardian_name from contest_participant where cccd = ?")
			.param(adult)
			.query(String.class)
			.optional()).isEmpty();
	}

	/**
	 * Item 4: the contest page counts to the running round's end (decided by the server),
	 * to the contest's end when no round is left; the ticking clock is not announced, a
	 * status region of its own is.
	 */
	@Test
	void theContestPageCountsToTheRunningRoundsEnd() {
		String slug = contest(3, AttemptPolicy.BEST, Duration.ofHours(2), true);
		WebClient web = new WebClient(this.port);
		org.jsoup.nodes.Document during = org.jsoup.Jsoup.parse(web.page("/cuoc-thi/" + slug).body());
		assertThat(during.getElementById("countdown-label").text()).isEqualTo("Đợt 1 kết thúc sau");
		org.jsoup.nodes.Element countdown = during.getElementById("countdown");
		assertThat(countdown.attr("data-target"))
			.isEqualTo(String.valueOf(OPENS.plus(Duration.ofHours(2)).toEpochMilli()));
		assertThat(countdown.attr("aria-live")).isEqualTo("off");
		assertThat(during.select("#countdown-announcement[role=status]")).hasSize(1);
		assertThat(countdown.text()).isEqualTo("01 giờ 00 phút 00 giây");
		this.clock.set(OPENS.plus(Duration.ofHours(3)));
		org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(web.page("/cuoc-thi/" + slug).body());
		assertThat(after.getElementById("countdown-label").text()).isEqualTo("Thời gian còn lại");
		assertThat(after.getElementById("countdown").attr("data-target"))
			.isEqualTo(String.valueOf(OPENS.plus(Duration.ofDays(1)).toEpochMilli()));
	}

	/**
	 * Item 7: the contest's public pages (the list, the contest's page, the published
	 * results) may be kept by a proxy's cache and the browser for 5 s when they are the
	 * same for everyone, never past the next opening or close, never for a signed-in
	 * visitor or a change of language; a participant's pages never.
	 */
	@Test
	void theContestsPublicPagesMayBeKeptByACacheForAFewSecondsButNeverPastAChange() {
		String slug = contest(3, AttemptPolicy.BEST, Duration.ofHours(2), true);
		WebClient visitor = new WebClient(this.port);
		HttpResponse<String> page = visitor.page("/cuoc-thi/" + slug);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).contains("max-age=5, public");
		assertThat(page.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Cookie"));
		assertThat(page.headers().firstValue("Pragma")).isEmpty();
		assertThat(page.headers().firstValue("Expires")).isEmpty();
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(visitor.page("/cuoc-thi").headers().firstValue("Cache-Control").orElseThrow()).contains("public");
		// the round closes at OPENS + 2 h: 3.5 s before, kept 3 s; 0.5 s before, not kept
		this.clock.set(OPENS.plus(Duration.ofHours(2)).minusMillis(3_500));
		assertThat(visitor.page("/cuoc-thi/" + slug).headers().firstValue("Cache-Control"))
			.contains("max-age=3, public");
		this.clock.set(OPENS.plus(Duration.ofHours(2)).minusMillis(500));
		assertThat(visitor.page("/cuoc-thi/" + slug).headers().firstValue("Cache-Control").orElseThrow())
			.contains("no-store")
			.doesNotContain("public");
		this.clock.set(OPENS.plus(Duration.ofHours(1)));
		// a change of language sets a cookie: not kept; the English page after it is
		assertThat(visitor.page("/cuoc-thi/" + slug + "?lang=en").headers().firstValue("Cache-Control").orElseThrow())
			.contains("no-store");
		assertThat(visitor.page("/cuoc-thi/" + slug).headers().firstValue("Cache-Control"))
			.contains("max-age=5, public");
		// a signed-in visitor's page shows their menu: not kept
		WebClient committee = WebClient.signedIn(this.port, "cuocthi", "parindex-demo");
		assertThat(committee.page("/cuoc-thi/" + slug).headers().firstValue("Cache-Control").orElseThrow())
			.contains("no-store");
		assertThat(committee.page("/cuoc-thi").headers().firstValue("Cache-Control").orElseThrow())
			.contains("no-store");
		// the registration form carries the visitor's token: never kept
		assertThat(new WebClient(this.port).page("/cuoc-thi/" + slug + "/dang-ky")
			.headers()
			.firstValue("Cache-Control")
			.orElseThrow()).contains("no-store");
	}

	/**
	 * Item 4: between two weekly rounds the contest page counts to the next round's
	 * start, named; inside the next round it counts to that round's end.
	 */
	@Test
	void betweenRoundsTheContestPageCountsToTheNextRoundsStart() {
		String slug = "du-thi-" + SERIAL.incrementAndGet();
		this.contests.create(new DefineContest(slug, "Cuộc thi hai đợt " + slug, "Ban Tổ chức kiểm thử",
				"Thể lệ kiểm thử.", OPENS, OPENS.plus(Duration.ofDays(1)), GRACE, 16, null, null, null,
				List.of(TieBreak.SCORE, TieBreak.DURATION), CollectiveFormula.ENTRIES, true, this.bankId,
				List.of(new DefineContest.Group("ND", "Nhân dân", null)),
				List.of(new DefineContest.Round("Đợt 1", OPENS, OPENS.plus(Duration.ofHours(2)), 1, AttemptPolicy.BEST,
						TIME_LIMIT, 4),
						new DefineContest.Round("Đợt 2", OPENS.plus(Duration.ofHours(6)),
								OPENS.plus(Duration.ofHours(20)), 1, AttemptPolicy.BEST, TIME_LIMIT, 4)),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))), null, null));
		WebClient web = new WebClient(this.port);
		this.clock.set(OPENS.plus(Duration.ofHours(3)));
		org.jsoup.nodes.Document between = org.jsoup.Jsoup.parse(web.page("/cuoc-thi/" + slug).body());
		assertThat(between.getElementById("countdown-label").text()).isEqualTo("Đợt 2 bắt đầu sau");
		assertThat(between.getElementById("countdown").attr("data-target"))
			.isEqualTo(String.valueOf(OPENS.plus(Duration.ofHours(6)).toEpochMilli()));
		assertThat(between.getElementById("countdown").text()).isEqualTo("03 giờ 00 phút 00 giây");
		this.clock.set(OPENS.plus(Duration.ofHours(7)));
		org.jsoup.nodes.Document during = org.jsoup.Jsoup.parse(web.page("/cuoc-thi/" + slug).body());
		assertThat(during.getElementById("countdown-label").text()).isEqualTo("Đợt 2 kết thúc sau");
		assertThat(during.getElementById("countdown").attr("data-target"))
			.isEqualTo(String.valueOf(OPENS.plus(Duration.ofHours(20)).toEpochMilli()));
	}

	/**
	 * Walk #21: the public home page lists the contests open now and coming up, and the
	 * menu of every page leads to the list of contests; a closed contest leaves the home
	 * page.
	 */
	@Test
	void theHomePageAndTheMenuLeadToTheOpenContests() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(web.page("/").body());
		assertThat(home.select("#home-contests a[href=/cuoc-thi/" + slug + "]")).hasSize(1);
		assertThat(home.select("#home-contests").text()).contains("Cuộc thi đang diễn ra và sắp diễn ra",
				"Cuộc thi kiểm thử " + slug, "Đang diễn ra");
		assertThat(home.select("#nav-public-contests[href=/cuoc-thi]").text()).isEqualTo("Cuộc thi");
		assertThat(org.jsoup.Jsoup.parse(web.page("/cuoc-thi/" + slug + "/dang-ky").body())
			.select("#nav-public-contests[href=/cuoc-thi]")).hasSize(1);
		this.clock.set(OPENS.minus(Duration.ofDays(1)));
		assertThat(web.page("/").body()).contains("/cuoc-thi/" + slug + "\"", "Chưa mở");
		this.clock.set(OPENS.plus(Duration.ofDays(2)));
		assertThat(web.page("/").body()).doesNotContain("/cuoc-thi/" + slug + "\"");
	}

	/**
	 * Walk #19: a submission with questions unanswered while time is left asks first and
	 * costs nothing; the confirmed one, and one past the attempt's end, are taken at
	 * once.
	 */
	@Test
	void aSubmissionWithUnansweredQuestionsAndTimeLeftAsksFirst() {
		String slug = contest();
		String participant = register(slug);
		String attempt = this.entries.start(slug, participant);
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt;
		WebClient web = new WebClient(this.port);
		String csrf = web.csrf(path).orElseThrow();
		List<Map.Entry<String, String>> oneAnswer = List.of(Map.entry("q1", "1"), Map.entry("prediction", "5"),
				Map.entry("_csrf", csrf));
		HttpResponse<String> asked = web.postFields(path + "/nop", oneAnswer);
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
		assertThat(asked.body())
			.contains("Bạn còn 3 câu chưa trả lời, vẫn nộp bài?", "href=\"#question-2\"", "href=\"#question-4\"",
					"name=\"confirmed\"", "Vẫn nộp bài")
			.doesNotContain("href=\"#question-1\"")
			.containsPattern("name=\"q1\" value=\"1\" id=\"q1-1\"\\s+checked")
			.contains("value=\"5\"");
		assertThat(this.entries.result(slug, attempt)).isEmpty();
		assertThat(web.postFields(path + "/nop?lang=en", oneAnswer).body())
			.contains("You have 3 unanswered questions: submit anyway?");

		List<Map.Entry<String, String>> confirmed = new ArrayList<>(oneAnswer);
		confirmed.add(Map.entry("confirmed", "1"));
		HttpResponse<String> taken = web.postFields(path + "/nop", confirmed);
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
		assertThat(taken.body()).contains("id=\"result-score\"");
		assertThat(this.entries.result(slug, attempt)).isPresent();

		// at the time limit (in the grace period) the page submits itself: never asked
		String second = this.entries.start(slug, participant);
		String secondPath = "/cuoc-thi/" + slug + "/bai-thi/" + second;
		String secondCsrf = web.csrf(secondPath).orElseThrow();
		this.clock.set(this.entries.attempt(slug, second).attempt().endsAt().plusMillis(1));
		HttpResponse<String> atLimit = web.postFields(secondPath + "/nop",
				List.of(Map.entry("q2", "0"), Map.entry("_csrf", secondCsrf)));
		assertThat(atLimit.statusCode()).as(atLimit.body()).isEqualTo(200);
		assertThat(atLimit.body()).contains("id=\"result-score\"");
		assertThat(this.entries.result(slug, second)).isPresent();
	}

	/**
	 * Walk #20: a refused prediction comes back as typed, its message next to its field
	 * (and linked from the top), the answers sent kept; nothing is submitted.
	 */
	/**
	 * Walk of 2026-12-04: a saved prediction of a thousand or more is shown back in its
	 * field as digits (4242), in English too, where "4,242" would be read as a decimal
	 * and refused; the attempt submitted as the page shows it records 4242.
	 */
	@Test
	void aSavedPredictionComesBackAsDigitsInEveryLanguageAndIsSubmittedAsSaved() {
		String slug = contest();
		String attempt = this.entries.start(slug, register(slug));
		this.entries.savePrediction(slug, attempt, 4242L);
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt + "/trang";
		WebClient web = new WebClient(this.port);
		assertThat(web.page(path).body()).containsPattern("id=\"prediction\" name=\"prediction\"[^>]*value=\"4242\"");
		String english = web.page(path + "?lang=en").body();
		assertThat(english).containsPattern("id=\"prediction\" name=\"prediction\"[^>]*value=\"4242\"");
		WebClient.Form form = WebClient.form(english, "/cuoc-thi/" + slug + "/bai-thi/" + attempt + "/nop");
		// the prediction and the token as the page holds them; no question answered
		List<Map.Entry<String, String>> fields = new ArrayList<>(form.fields()
			.stream()
			.filter((field) -> field.getKey().equals("_csrf") || field.getKey().equals("prediction"))
			.toList());
		assertThat(fields).contains(Map.entry("prediction", "4242"));
		fields.add(Map.entry("confirmed", "1"));
		// typed with English grouping it is refused (a comma is a decimal mark to the
		// reader), saying how to write it, and nothing changes
		List<Map.Entry<String, String>> grouped = new ArrayList<>(fields);
		grouped.replaceAll((field) -> field.getKey().equals("prediction") ? Map.entry("prediction", "4,242") : field);
		HttpResponse<String> refused = web.postFields(form.action(), grouped);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("enter a whole number in digits only, from 0 to 999999999999 (e.g. 4242");
		assertThat(this.entries.result(slug, attempt)).isEmpty();
		HttpResponse<String> submitted = web.postFields(form.action(), fields);
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(prediction(attempt)).isEqualTo(4242L);
	}

	@Test
	void aRefusedPredictionIsKeptAsTypedWithItsMessageAtItsField() {
		String slug = contest();
		String attempt = this.entries.start(slug, register(slug));
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt;
		WebClient web = new WebClient(this.port);
		HttpResponse<String> refused = web.postFields(path + "/nop",
				List.of(Map.entry("q1", "2"), Map.entry("prediction", "abc"), Map.entry("confirmed", "1"),
						Map.entry("_csrf", web.csrf(path).orElseThrow())));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).containsPattern("id=\"prediction\" name=\"prediction\"[^>]*value=\"abc\"")
			.containsPattern("aria-invalid=\"true\"\\s+aria-describedby=\"prediction-problem\"")
			.containsPattern("id=\"prediction-problem\"[^>]*>Câu hỏi dự đoán: nhập một số nguyên")
			.containsPattern("<a [^>]*href=\"#prediction\">Câu hỏi dự đoán: nhập một số nguyên")
			.containsPattern("name=\"q1\" value=\"2\" id=\"q1-2\"\\s+checked");
		assertThat(this.entries.result(slug, attempt)).isEmpty();
	}

	@Test
	void aTakenCccdIsNotRevealedAndTheSamePersonRegisteringAgainLandsOnTheirOwnPage() {
		String slug = contest();
		String cccd = cccd();
		String token = this.entries.register(slug, registration(cccd, phone()));
		// the same person again (name typed in other case and spacing, another phone):
		// their registration, nothing stored
		assertThat(this.entries.register(slug, new Register("  nguyễn  VĂN an ", "1990-03-15", cccd, phone(), "ND",
				String.valueOf(unit()), "Nơi khác", true, false)))
			.isEqualTo(token);
		// anyone else: one neutral refusal, whatever differs
		for (Register other : List.of(
				new Register("Người Khác", "1990-03-15", cccd, phone(), "ND", String.valueOf(unit()), "Nơi khác", true,
						true),
				new Register("Nguyễn Văn An", "1990-01-01", cccd, phone(), "ND", String.valueOf(unit()), "Nơi khác",
						true, true))) {
			assertThatThrownBy(() -> this.entries.register(slug, other)).isInstanceOfSatisfying(
					EntryRefusedException.class,
					(ex) -> assertThat(ex.problems()).extracting(ContestProblem::messageKey)
						.containsExactly("contest.entry.problem.registration.not-accepted"));
		}
		WebClient web = new WebClient(this.port);
		Map<String, String> form = new LinkedHashMap<>(
				// typed with spaces between its groups, as copied from the card: the same
				// number
				Map.of("fullName", "Người Khác", "birthDate", "1990-01-01", "cccd",
						cccd.substring(0, 3) + " " + cccd.substring(3, 6) + " " + cccd.substring(6), "phone", phone(),
						"groupCode", "ND", "unitId", String.valueOf(unit()), "address", "Nơi khác", "consent", "true"));
		HttpResponse<String> again = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky", form);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Chưa đăng ký được với các thông tin này.", "/tiep-tuc")
			.doesNotContain("đã được đăng ký", "Nguyễn Văn An", "Đak Pơ\"", token)
			.doesNotContainPattern("is-invalid\"[^>]*id=\"cccd\"|id=\"cccd\"[^>]*is-invalid");
		HttpResponse<String> wrong = web.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
				Map.of("cccd", cccd, "birthDate", "1990-01-01"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("không khớp").doesNotContain(token, "Nguyễn Văn An");
		HttpResponse<String> right = web.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
				Map.of("cccd", cccd.substring(0, 6) + "." + cccd.substring(6), "birthDate", "1990-03-15"));
		assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/du-thi/" + token);
		assertThat(participants(slug)).isEqualTo(1);
	}

	/**
	 * "Đăng ký" clicked twice, or the form sent again: both answers lead to the same
	 * participant's page, one identity stored.
	 */
	@Test
	void aDoubleClickOnRegisterLandsTwiceOnTheSamePage() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("fullName", "Đỗ Thị Hoa", "birthDate", "1990-07-02", "cccd", cccd(), "phone", phone(),
						"groupCode", "ND", "unitId", String.valueOf(unit()), "address", "Thôn 2", "consent", "on"));
		HttpResponse<String> first = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky", form);
		HttpResponse<String> second = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky",
				form);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(participants(slug)).isEqualTo(1);
	}

	/**
	 * Registration would otherwise let anyone who knows a CCCD and the name guess the
	 * date of birth past the resume page's limit: its neutral refusals count as wrong
	 * tries there, and once five are used even the right date gets the neutral refusal.
	 */
	@Test
	void registrationCannotBeUsedToGuessADateOfBirth() {
		String slug = contest();
		String cccd = cccd();
		String token = this.entries.register(slug, registration(cccd, phone()));
		WebClient web = new WebClient(this.port);
		Map<String, String> form = new LinkedHashMap<>(Map.of("fullName", "Nguyễn Văn An", "cccd", cccd, "phone",
				phone(), "groupCode", "CB", "unitId", String.valueOf(unit()), "address", "Thôn 1", "consent", "on"));
		for (int day = 1; day <= 5; day++) {
			form.put("birthDate", "1990-03-0" + day);
			assertThat(web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky", form).statusCode())
				.isEqualTo(400);
		}
		form.put("birthDate", "1990-03-15");
		HttpResponse<String> right = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky", form);
		assertThat(right.statusCode()).isEqualTo(400);
		assertThat(right.body()).contains("Chưa đăng ký được với các thông tin này.").doesNotContain(token);
		assertThat(web
			.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
					Map.of("cccd", cccd, "birthDate", "1990-03-15"))
			.statusCode()).isEqualTo(429);
	}

	/**
	 * Ten registrations an hour per CCCD (the default): the eleventh answers 429 in
	 * Vietnamese with when to try again (one comes back every 6 minutes) and a
	 * {@code Retry-After} header.
	 */
	@Test
	void registrationsOfOneCccdAreLimitedWithWhenToRetry() {
		String slug = contest();
		String cccd = cccd();
		WebClient web = new WebClient(this.port);
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("fullName", "Phan Văn Lộc", "birthDate", "1990-05-05", "cccd", cccd, "phone", "", "groupCode",
						"CB", "unitId", String.valueOf(unit()), "address", "Thôn 1", "consent", "on"));
		for (int i = 0; i < 10; i++) {
			assertThat(web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky", form).statusCode())
				.isEqualTo(400);
		}
		form.put("phone", phone());
		HttpResponse<String> refused = web.post("/cuoc-thi/" + slug + "/dang-ky", "/cuoc-thi/" + slug + "/dang-ky",
				form);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Vui lòng thử lại sau 6 phút", "value=\"Phan Văn Lộc\"");
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(300L, 360L);
		assertThat(participants(slug)).isZero();
	}

	/**
	 * Thirty starts an hour per participant (the default; starting again while an attempt
	 * runs opens it again): the 31st answers 429 saying when to try again.
	 */
	@Test
	void startsOfOneParticipantAreLimitedWithWhenToRetry() {
		String slug = contest();
		String participant = register(slug);
		WebClient web = new WebClient(this.port);
		String page = "/cuoc-thi/" + slug + "/du-thi/" + participant;
		// the page shows no start button while the attempt runs: the session's token
		List<Map.Entry<String, String>> csrf = List
			.of(Map.entry("_csrf", web.csrf("/cuoc-thi/" + slug + "/dang-ky").orElseThrow()));
		String running = null;
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> started = web.postFields(page + "/bat-dau", csrf);
			assertThat(started.statusCode()).as("start %d", i + 1).isEqualTo(302);
			running = started.headers().firstValue("Location").orElseThrow();
		}
		HttpResponse<String> refused = web.postFields(page + "/bat-dau", csrf);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Vui lòng thử lại sau 2 phút; bài thi đang làm dở vẫn được giữ.");
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(attemptRows(participant)).isEqualTo(1);
		assertThat(web.page(path(running)).statusCode()).isEqualTo(200);
	}

	/** An empty field on the resume page is named; it is not a wrong try. */
	@Test
	void anEmptyResumeFieldIsNamed() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		HttpResponse<String> empty = web.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
				Map.of("cccd", "", "birthDate", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Số CCCD: bắt buộc.", "Ngày sinh: bắt buộc.").doesNotContain("không khớp");
		HttpResponse<String> noDate = web.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
				Map.of("cccd", cccd(), "birthDate", " "));
		assertThat(noDate.body()).contains("Ngày sinh: bắt buộc.").doesNotContain("Số CCCD: bắt buộc.", "không khớp");
		org.jsoup.nodes.Document noDatePage = org.jsoup.Jsoup.parse(noDate.body());
		assertThat(noDatePage.getElementById("birthDate").attr("aria-describedby")).isEqualTo("birthDate-problem");
		assertThat(noDatePage.getElementById("birthDate-problem").text()).isEqualTo("Ngày sinh: bắt buộc.");
		assertThat(noDatePage.select("#resume-missing a[href=#birthDate]")).hasSize(1);
		assertThat(noDatePage.getElementById("cccd").hasAttr("aria-describedby")).isFalse();
		assertThat(web
			.post("/cuoc-thi/" + slug + "/tiep-tuc?lang=en", "/cuoc-thi/" + slug + "/tiep-tuc?lang=en",
					Map.of("cccd", "", "birthDate", "1990-01-01"))
			.body()).contains("CCCD number: required.").doesNotContain("Date of birth: required.");
	}

	/**
	 * Once the retention job anonymised a contest (here: its mark set), nothing personal
	 * is taken into it again, even if its window were opened again.
	 */
	@Test
	void anAnonymisedContestTakesNoMoreRegistrations() {
		String slug = contest();
		this.jdbc.sql("update contest_contest set personal_data_erased_at = ? where slug = ?")
			.params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), slug)
			.update();
		assertThatThrownBy(() -> register(slug)).isInstanceOfSatisfying(EntryRefusedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.anonymised"));
		assertThat(participants(slug)).isZero();
	}

	/**
	 * The personal-data notice promises no retention period the contest has not set: the
	 * demo's open contest sets 90 days and the notice gives them with the day they end; a
	 * contest without one says the data is kept until the committee sets one.
	 */
	@Test
	void theNoticeSaysTheRetentionTheContestReallyHas() {
		ContestView demo = this.contests.findBySlug("cchc-thu-nghiem").orElseThrow();
		assertThat(demo.retentionDays()).isEqualTo(90);
		String until = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
			.format(demo.closesAt().plus(Duration.ofDays(90)).atZone(ZONE));
		WebClient web = new WebClient(this.port);
		// the form and its notice are shown while the contest is open
		this.clock.set(demo.opensAt().plus(Duration.ofHours(1)));
		assertThat(web.page("/cuoc-thi/cchc-thu-nghiem/dang-ky").body())
			.contains("Thời hạn lưu: 90 ngày sau khi cuộc thi kết thúc, tức đến " + until)
			.doesNotContain("chưa đặt thời hạn");
		this.clock.set(OPENS.plus(Duration.ofHours(1)));
		assertThat(web.page("/cuoc-thi/" + contest() + "/dang-ky").body())
			.contains("Ban Tổ chức chưa đặt thời hạn lưu giữ cho cuộc thi này")
			.doesNotContain("ngày sau khi cuộc thi kết thúc");
	}

	/**
	 * The closing job: attempts left unsubmitted past their end and grace period are
	 * closed as late and scored from their saved answers and prediction, once, whoever
	 * else runs it at the same time; an attempt still within its grace period is left
	 * open.
	 */
	@Test
	void expiredAttemptsAreClosedAndScoredFromTheirSavedAnswersOnce() throws Exception {
		String slug = contest();
		Instant start = OPENS.plus(Duration.ofHours(3)).plusMillis(7);
		this.clock.set(start);
		String expired = this.entries.start(slug, register(slug));
		answer(slug, expired, 3);
		this.entries.savePrediction(slug, expired, 77L);
		this.clock.set(start.plusSeconds(60));
		String inGrace = this.entries.start(slug, register(slug));
		Instant end = start.plusSeconds(TIME_LIMIT);
		this.clock.set(end.plusSeconds(GRACE).plusMillis(1));
		List<Callable<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(() -> this.entries.closeExpired(1000));
		}
		assertThat(race(runs).stream().mapToInt(Integer::intValue).sum()).isPositive();
		SubmissionResult closed = this.entries.result(slug, expired).orElseThrow();
		assertThat(closed.attempt().verdict()).contains(AttemptDeadline.Verdict.LATE);
		assertThat(closed.attempt().score()).isEqualTo(3);
		assertThat(closed.attempt().prediction()).hasValue(77L);
		assertThat(closed.attempt().submittedAt()).isEqualTo(end);
		assertThat(closed.attempt().duration()).contains(Duration.ofSeconds(TIME_LIMIT));
		assertThat(this.entries.result(slug, inGrace)).isEmpty();
		// again: nothing of it changes
		this.clock.advance(Duration.ofMinutes(1));
		this.entries.closeExpired(1000);
		assertThat(this.entries.result(slug, expired).orElseThrow().attempt()).isEqualTo(closed.attempt());
		assertThat(this.entries.result(slug, inGrace)).isPresent();
	}

	/**
	 * A CCCD's digits give the birth year, so the resume page would open anyone's
	 * attempts after about 366 dates: five wrong tries per CCCD an hour, then even the
	 * right pair is refused (429) until the allowance refills.
	 */
	@Test
	void wrongResumeTriesAreLimitedPerCccd() {
		String slug = contest();
		String cccd = cccd();
		this.entries.register(slug, registration(cccd, phone()));
		WebClient web = new WebClient(this.port);
		for (int day = 1; day <= 5; day++) {
			HttpResponse<String> wrong = web.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
					Map.of("cccd", cccd, "birthDate", "1990-03-0" + day));
			assertThat(wrong.statusCode()).isEqualTo(400);
		}
		HttpResponse<String> refused = web.post("/cuoc-thi/" + slug + "/tiep-tuc", "/cuoc-thi/" + slug + "/tiep-tuc",
				Map.of("cccd", cccd, "birthDate", "1990-03-15"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Đã nhập sai quá nhiều lần").doesNotContain("/du-thi/");
	}

	@Test
	void theSamePhoneRegistersOnceWhenTheContestSaysSoAndAgainWhenItDoesNot() {
		String strict = contest();
		String phone = phone();
		this.entries.register(strict, registration(cccd(), phone));
		assertThatThrownBy(() -> this.entries.register(strict, registration(cccd(), phone))).isInstanceOfSatisfying(
				EntryRefusedException.class, (ex) -> assertThat(ex.problems()).extracting(ContestProblem::messageKey)
					.containsExactly("contest.entry.problem.phone.taken"));
		String lenient = contest(1, AttemptPolicy.FIRST, Duration.ofDays(1), false);
		this.entries.register(lenient, registration(cccd(), phone));
		this.entries.register(lenient, registration(cccd(), phone));
		assertThat(participants(lenient)).isEqualTo(2);
	}

	/**
	 * Concurrent registrations with one CCCD store one identity: the same person's all
	 * lead to it (a double click racing itself), other people's get the neutral refusal.
	 */
	@Test
	void concurrentRegistrationsWithOneCccdStoreExactlyOneIdentity() throws Exception {
		String slug = contest();
		String cccd = cccd();
		List<Callable<String>> same = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			same.add(() -> this.entries.register(slug, registration(cccd, phone())));
		}
		assertThat(Set.copyOf(race(same))).hasSize(1);
		assertThat(participants(slug)).isEqualTo(1);

		String other = cccd();
		List<Callable<Boolean>> people = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String name = "Người Thứ " + (char) ('A' + i);
			people.add(() -> {
				try {
					this.entries.register(slug, new Register(name, "1990-03-15", other, phone(), "CB",
							String.valueOf(unit()), "Thôn 1", true, false));
					return true;
				}
				catch (EntryRefusedException ex) {
					assertThat(ex.problems().get(0).messageKey())
						.isEqualTo("contest.entry.problem.registration.not-accepted");
					return false;
				}
			});
		}
		assertThat(race(people)).containsOnlyOnce(true);
		assertThat(participants(slug)).isEqualTo(2);
	}

	@Test
	void registrationAndStartsAreRefusedOutsideTheWindow() {
		String slug = contest(1, AttemptPolicy.FIRST, Duration.ofHours(2), true);
		this.clock.set(OPENS.minusMillis(1));
		assertThatThrownBy(() -> register(slug)).isInstanceOfSatisfying(EntryRefusedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.closed"));
		this.clock.set(OPENS);
		String participant = register(slug);
		this.clock.set(OPENS.plus(Duration.ofHours(2)));
		// the only round is over (the contest's window is longer): said as over, not "not
		// yet"
		assertThatThrownBy(() -> this.entries.start(slug, participant)).isInstanceOfSatisfying(
				EntryRefusedException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.over"));
	}

	/**
	 * Walk of 2026-12-04: the registration page before the opening says the contest is
	 * not open yet, after its last round that its time is over (not "not yet"), in each
	 * language; the form only while a round is open.
	 */
	@Test
	void theRegistrationPageSaysNotYetBeforeTheOpeningAndOverAfterTheLastRound() {
		String slug = contest(1, AttemptPolicy.FIRST, Duration.ofHours(2), true);
		WebClient web = new WebClient(this.port);
		String page = "/cuoc-thi/" + slug + "/dang-ky";
		this.clock.set(OPENS.minusMillis(1));
		assertThat(web.page(page).body()).contains("chưa thể đăng ký hay làm bài")
			.doesNotContain("Đã hết thời gian")
			.doesNotContain("name=\"cccd\"");
		this.clock.set(OPENS);
		assertThat(web.page(page).body()).contains("name=\"cccd\"").doesNotContain("chưa thể đăng ký");
		this.clock.set(OPENS.plus(Duration.ofHours(2)));
		assertThat(web.page(page).body()).contains("Đã hết thời gian đăng ký và làm bài của cuộc thi.")
			.doesNotContain("chưa thể đăng ký")
			.doesNotContain("name=\"cccd\"");
		assertThat(web.page(page + "?lang=en").body()).contains("time for registering and taking attempts is over.")
			.doesNotContain("you cannot register or take an attempt yet");
		this.clock.set(OPENS.plus(Duration.ofDays(2)));
		assertThat(web.page(page + "?lang=vi").body()).contains("Đã hết thời gian đăng ký và làm bài của cuộc thi.");
	}

	@Test
	void questionsAndTheirKeyAreNeverInAPageBeforeTheStartAndTheKeyNeverInTheAttempt() {
		String slug = contest();
		WebClient web = new WebClient(this.port);
		String participant = register(slug);
		List<QuestionView> bank = this.banks.questions(this.bankId, QuestionFilter.all());
		for (String before : List.of(web.page("/cuoc-thi/" + slug).body(),
				web.page("/cuoc-thi/" + slug + "/dang-ky").body(),
				web.page("/cuoc-thi/" + slug + "/du-thi/" + participant).body())) {
			for (QuestionView question : bank) {
				assertThat(before).doesNotContain(question.text(), question.options().get(0).text());
			}
		}
		String attempt = this.entries.start(slug, participant);
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt;
		// the attempt's page comes without its questions; its script fetches them as
		// JSON; the whole page (for browsers without scripts) has them laid out
		String shell = web.page(path).body();
		String json = web.get(path + "/cau-hoi", "application/json").body();
		String page = web.page(path + "/trang").body();
		AttemptPage shown = this.entries.attempt(slug, attempt);
		assertThat(shown.questions()).hasSize(4);
		for (QuestionShown question : shown.questions()) {
			assertThat(shell).doesNotContain(question.text());
			assertThat(page).contains(question.text());
			assertThat(json).contains(question.text());
		}
		assertThat(shell).contains(path + "/cau-hoi", path + "/trang");
		for (String served : List.of(page, json)) {
			assertThat(served.toLowerCase(java.util.Locale.ROOT)).doesNotContain("correct", "đáp án đúng", "data-key");
		}
		// the attempt's option order and key are stored with it
		assertThat(this.jdbc
			.sql("select count(*) from contest_attempt_question q join contest_attempt a "
					+ "on a.id = q.attempt_id where a.token = ? and q.correct <> ''")
			.param(attempt)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	/**
	 * The attempt's questions as JSON (what the attempt page's script lays out): each
	 * question's number, text, kind and every option in the drawn order, and the answers
	 * saved; no field says which options are correct; only the attempt's own token within
	 * its own contest reaches it (a participant's token, which exists before the start,
	 * is not an attempt's); a submitted attempt answers 409 with its result's address.
	 */
	@Test
	void theAttemptsQuestionsAsJsonCarryNoKeyAndOnlyTheAttemptsOwnTokenReachesThem() {
		String slug = contest();
		String participant = register(slug);
		WebClient web = new WebClient(this.port);
		assertThat(
				web.get("/cuoc-thi/" + slug + "/bai-thi/" + participant + "/cau-hoi", "application/json").statusCode())
			.as("a participant's token before the start")
			.isEqualTo(404);
		String attempt = this.entries.start(slug, participant);
		AttemptPage page = this.entries.attempt(slug, attempt);
		QuestionShown second = page.questions().get(1);
		int chosen = second.options().get(2).position();
		this.entries.saveAnswer(slug, attempt, 2, Set.of(chosen));
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt + "/cau-hoi";
		HttpResponse<String> answer = web.get(path, "application/json");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(answer.body());
		assertThat(names(json)).containsExactly("questions", "chosen");
		assertThat(json.get("questions")).hasSize(page.questions().size());
		for (int i = 0; i < page.questions().size(); i++) {
			QuestionShown question = page.questions().get(i);
			tools.jackson.databind.JsonNode node = json.get("questions").get(i);
			assertThat(names(node)).containsExactly("number", "multiple", "text", "options");
			assertThat(node.get("number").asInt()).isEqualTo(question.number());
			assertThat(node.get("text").asString()).isEqualTo(question.text());
			assertThat(node.get("multiple").asBoolean()).isEqualTo(question.kind() == QuestionKind.MULTIPLE);
			// every option, correct or not, in the drawn order: nothing tells them apart
			assertThat(node.get("options")).hasSize(question.options().size());
			for (int o = 0; o < question.options().size(); o++) {
				tools.jackson.databind.JsonNode option = node.get("options").get(o);
				assertThat(names(option)).containsExactly("letter", "position", "text");
				assertThat(option.get("position").asInt()).isEqualTo(question.options().get(o).position());
				assertThat(option.get("text").asString()).isEqualTo(question.options().get(o).text());
			}
		}
		assertThat(names(json.get("chosen"))).containsExactly("2");
		assertThat(json.get("chosen").get("2").get(0).asInt()).isEqualTo(chosen);
		assertThat(answer.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("correct", "key", "score");

		// another contest's slug, an unknown token: not found
		String other = contest();
		assertThat(web.get("/cuoc-thi/" + other + "/bai-thi/" + attempt + "/cau-hoi", "application/json").statusCode())
			.isEqualTo(404);
		assertThat(web.get("/cuoc-thi/" + slug + "/bai-thi/not-a-token/cau-hoi", "application/json").statusCode())
			.isEqualTo(404);
		// another participant's attempt is reached only by its own token
		String otherAttempt = this.entries.start(slug, register(slug));
		assertThat(web.get("/cuoc-thi/" + slug + "/bai-thi/" + otherAttempt + "/cau-hoi", "application/json").body())
			.doesNotContain("\"2\":[" + chosen + "]");

		this.entries.submit(slug, attempt, Map.of(), null);
		HttpResponse<String> submitted = web.get(path, "application/json");
		assertThat(submitted.statusCode()).isEqualTo(409);
		assertThat(submitted.body()).contains("/bai-thi/" + attempt + "/ket-qua").doesNotContain(second.text());
		assertThat(web.page("/cuoc-thi/" + slug + "/bai-thi/" + attempt + "/trang").statusCode())
			.as("the whole page of a submitted attempt goes to its result")
			.isEqualTo(302);
	}

	private static List<String> names(tools.jackson.databind.JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void aStartedAttemptIsScoredByTheKeyStoredAtItsStartWhateverTheBankSaysLater() {
		String slug = contest();
		String participant = register(slug);
		String attempt = this.entries.start(slug, participant);
		answer(slug, attempt, 4);
		QuestionShown first = this.entries.attempt(slug, attempt).questions().get(0);
		QuestionView question = this.banks.find(first.questionId()).orElseThrow();
		QuestionDraft draft = question.draft();
		int other = java.util.stream.IntStream.range(0, 4)
			.filter((p) -> !question.correctPositions().contains(p))
			.findFirst()
			.getAsInt();
		this.banks.edit(question.id(), new QuestionDraft(draft.code(), draft.category(), draft.difficulty(),
				QuestionKind.SINGLE, draft.text(), draft.options(), Set.of(other), draft.source()));
		try {
			SubmissionResult result = this.entries.submit(slug, attempt, Map.of(), 7L);
			assertThat(result.attempt().score()).isEqualTo(4);
		}
		finally {
			this.banks.edit(question.id(), draft);
		}
	}

	/**
	 * Question snapshots: the text and options an attempt was shown are kept with it at
	 * the draw, so an edit of the bank's question afterwards changes neither the
	 * attempt's page nor its score nor the text the statistics show.
	 */
	@Test
	void anAttemptKeepsTheTextItWasShownWhenTheBankIsEditedLater() {
		String slug = contest();
		String attempt = this.entries.start(slug, register(slug));
		answer(slug, attempt, 4);
		QuestionShown first = this.entries.attempt(slug, attempt).questions().get(0);
		QuestionView question = this.banks.find(first.questionId()).orElseThrow();
		QuestionDraft draft = question.draft();
		List<String> edited = draft.options().stream().map((o) -> o + " (sửa)").toList();
		this.banks.edit(question.id(), new QuestionDraft(draft.code(), draft.category(), draft.difficulty(),
				draft.kind(), "Câu hỏi đã sửa sau khi thi?", edited, question.correctPositions(), draft.source()));
		try {
			QuestionShown after = this.entries.attempt(slug, attempt).questions().get(0);
			assertThat(after).isEqualTo(first);
			assertThat(after.text()).isEqualTo(draft.text());
			WebClient web = new WebClient(this.port);
			String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt;
			for (String page : List.of(web.page(path + "/trang").body(),
					web.get(path + "/cau-hoi", "application/json").body())) {
				assertThat(page).contains(draft.text()).doesNotContain("Câu hỏi đã sửa sau khi thi?", "(sửa)");
			}
			assertThat(this.entries.submit(slug, attempt, Map.of(), null).attempt().score()).isEqualTo(4);
			long contestId = this.contests.findBySlug(slug).orElseThrow().id();
			assertThat(this.results.statistics(contestId).orElseThrow().questions())
				.filteredOn((row) -> row.questionId() == question.id())
				.singleElement()
				.satisfies((row) -> assertThat(row.text()).isEqualTo(draft.text()));
		}
		finally {
			this.banks.edit(question.id(), draft);
		}
	}

	@Test
	void theDeadlineDecidesToTheMillisecondAndALateSubmissionScoresTheSavedAnswers() {
		String slug = contest(5, AttemptPolicy.BEST, Duration.ofDays(1), true);
		String participant = register(slug);
		Instant start = OPENS.plus(Duration.ofHours(1)).plusMillis(123);
		Instant end = start.plusSeconds(TIME_LIMIT);

		this.clock.set(start);
		String onTime = this.entries.start(slug, participant);
		answer(slug, onTime, 2);
		this.clock.set(end);
		SubmissionResult atEnd = this.entries.submit(slug, onTime, Map.of(), 10L);
		assertThat(atEnd.attempt().verdict()).contains(AttemptDeadline.Verdict.ON_TIME);
		assertThat(atEnd.attempt().duration()).contains(Duration.ofSeconds(TIME_LIMIT));
		assertThat(atEnd.attempt().score()).isEqualTo(2);
		assertThat(atEnd.attemptsLeft()).isEqualTo(4);

		this.clock.set(start);
		String inGrace = this.entries.start(slug, participant);
		this.clock.set(end.plusSeconds(GRACE));
		answer(slug, inGrace, 3);
		SubmissionResult atGraceEnd = this.entries.submit(slug, inGrace, Map.of(), null);
		assertThat(atGraceEnd.attempt().verdict()).contains(AttemptDeadline.Verdict.IN_GRACE);
		assertThat(atGraceEnd.attempt().score()).isEqualTo(3);

		this.clock.set(start);
		String late = this.entries.start(slug, participant);
		answer(slug, late, 1);
		this.entries.savePrediction(slug, late, 42L);
		this.clock.set(end.plusSeconds(GRACE).plusMillis(1));
		assertThatThrownBy(() -> answer(slug, late, 4)).isInstanceOfSatisfying(EntryRefusedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.late"));
		SubmissionResult tooLate = this.entries.submit(slug, late, Map.of(1, Set.of(0, 1)), 99L);
		assertThat(tooLate.attempt().verdict()).contains(AttemptDeadline.Verdict.LATE);
		assertThat(tooLate.attempt().late()).isTrue();
		assertThat(tooLate.attempt().score()).isEqualTo(1);
		assertThat(tooLate.attempt().prediction()).hasValue(42L);
		assertThat(tooLate.attempt().duration()).contains(Duration.ofSeconds(TIME_LIMIT));
		assertThat(tooLate.attempt().submittedAt()).isEqualTo(end);

		WebClient web = new WebClient(this.port);
		assertThat(web.page("/cuoc-thi/" + slug + "/bai-thi/" + late + "/ket-qua").body()).contains("không được nhận",
				"1/4 câu đúng", "42");
	}

	@Test
	void theRoundsEndCutsTheTimeLimitShort() {
		String slug = contest(1, AttemptPolicy.FIRST, Duration.ofHours(2), true);
		String participant = register(slug);
		Instant roundEnd = OPENS.plus(Duration.ofHours(2));
		this.clock.set(roundEnd.minusSeconds(100));
		String attempt = this.entries.start(slug, participant);
		assertThat(this.entries.attempt(slug, attempt).attempt().endsAt()).isEqualTo(roundEnd);
		this.clock.set(roundEnd.plusSeconds(GRACE).plusMillis(1));
		assertThat(this.entries.submit(slug, attempt, Map.of(), null).attempt().verdict())
			.contains(AttemptDeadline.Verdict.LATE);
	}

	@Test
	void theRoundsAttemptsAllowedAreEnforcedAndConcurrentStartsMakeOneAttempt() throws Exception {
		String slug = contest(2, AttemptPolicy.BEST, Duration.ofDays(1), true);
		String participant = register(slug);
		List<Callable<String>> starts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			starts.add(() -> this.entries.start(slug, participant));
		}
		List<String> tokens = race(starts);
		assertThat(Set.copyOf(tokens)).hasSize(1);
		String first = tokens.get(0);
		// starting again while it runs resumes it
		assertThat(this.entries.start(slug, participant)).isEqualTo(first);
		this.entries.submit(slug, first, Map.of(), null);
		String second = this.entries.start(slug, participant);
		assertThat(second).isNotEqualTo(first);
		this.entries.submit(slug, second, Map.of(), null);
		assertThatThrownBy(() -> this.entries.start(slug, participant)).isInstanceOfSatisfying(
				EntryRefusedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.no-attempts-left"));
		assertThat(attemptRows(participant)).isEqualTo(2);
	}

	@Test
	void eachPolicyCountsItsAttempt() {
		Map<AttemptPolicy, Integer> expected = Map.of(AttemptPolicy.BEST, 2, AttemptPolicy.FIRST, 1, AttemptPolicy.LAST,
				3);
		Map<AttemptPolicy, Integer> counted = new HashMap<>();
		for (AttemptPolicy policy : AttemptPolicy.values()) {
			String slug = contest(3, policy, Duration.ofDays(1), true);
			String participant = register(slug);
			int[] rightOnes = { 1, 4, 0 };
			for (int right : rightOnes) {
				String attempt = this.entries.start(slug, participant);
				answer(slug, attempt, right);
				this.clock.advance(Duration.ofSeconds(30));
				this.entries.submit(slug, attempt, Map.of(), null);
			}
			ParticipantView view = this.entries.participant(slug, participant);
			counted.put(policy, view.rounds().get(0).counted().orElseThrow().number());
			assertThat(view.rounds().get(0).attemptsLeft()).isZero();
		}
		assertThat(counted).isEqualTo(expected);
	}

	@Test
	void concurrentSubmissionsOfOneAttemptRecordItOnceAndAllGetTheSameResult() throws Exception {
		String slug = contest();
		String participant = register(slug);
		String attempt = this.entries.start(slug, participant);
		answer(slug, attempt, 3);
		this.clock.advance(Duration.ofSeconds(95).plusMillis(7));
		List<Callable<SubmissionResult>> submits = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			long prediction = i;
			submits.add(() -> this.entries.submit(slug, attempt, Map.of(), prediction));
		}
		List<SubmissionResult> results = race(submits);
		assertThat(results).filteredOn(SubmissionResult::recordedNow).hasSize(1);
		assertThat(results).extracting((r) -> r.attempt().score()).containsOnly(3);
		assertThat(results).extracting((r) -> r.attempt().duration())
			.containsOnly(java.util.Optional.of(Duration.ofSeconds(95).plusMillis(7)));
		assertThat(results).extracting((r) -> r.attempt().prediction())
			.hasSize(8)
			.containsOnly(results.stream()
				.filter(SubmissionResult::recordedNow)
				.findFirst()
				.orElseThrow()
				.attempt()
				.prediction());
		// a retry later gets the stored result; nothing changes
		this.clock.advance(Duration.ofHours(1));
		SubmissionResult retry = this.entries.submit(slug, attempt, Map.of(1, Set.of()), 5L);
		assertThat(retry.recordedNow()).isFalse();
		assertThat(retry.attempt().score()).isEqualTo(3);
		assertThat(retry.attempt().verdict()).contains(AttemptDeadline.Verdict.ON_TIME);
		assertThat(attemptRows(participant)).isEqualTo(1);
		assertThatThrownBy(() -> this.entries.saveAnswer(slug, attempt, 1, Set.of(0))).isInstanceOfSatisfying(
				EntryRefusedException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.submitted"));
	}

	@Test
	void answersAreSavedOneByOneIdempotentlyAndAForeignAnswerIsRefused() {
		String slug = contest();
		String participant = register(slug);
		String attempt = this.entries.start(slug, participant);
		AttemptPage page = this.entries.attempt(slug, attempt);
		QuestionShown first = page.questions().get(0);
		int position = first.options().get(1).position();
		this.entries.saveAnswer(slug, attempt, 1, Set.of(position));
		this.entries.saveAnswer(slug, attempt, 1, Set.of(position));
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(1, Set.of(position));
		assertThatThrownBy(() -> this.entries.saveAnswer(slug, attempt, 9, Set.of(0))).isInstanceOfSatisfying(
				EntryRefusedException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.answer"));
		assertThatThrownBy(() -> this.entries.saveAnswer(slug, attempt, 1, Set.of(7)))
			.isInstanceOf(EntryRefusedException.class);
		// through the page's endpoint, as the script sends it
		WebClient web = new WebClient(this.port);
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt;
		HttpResponse<String> saved = web.postWithoutToken(path + "/luu",
				Map.of("_csrf", web.csrf(path).orElseThrow(), "question", "2", "option",
						String.valueOf(page.questions().get(1).options().get(0).position())),
				Map.of("Accept", "application/json"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsKey(2);
		assertThat(web.page("/cuoc-thi/" + slug + "/bai-thi/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void answersAreSavedInBatchesAllOrNothingAndARetriedBatchIsHarmless() {
		String slug = contest();
		String participant = register(slug);
		String attempt = this.entries.start(slug, participant);
		AttemptPage page = this.entries.attempt(slug, attempt);
		int first = page.questions().get(0).options().get(1).position();
		int second = page.questions().get(1).options().get(2).position();
		WebClient web = new WebClient(this.port);
		String path = "/cuoc-thi/" + slug + "/bai-thi/" + attempt;
		String csrf = web.csrf(path).orElseThrow();
		// several answers and the prediction in one request, as contest-attempt.js
		// batches them
		List<Map.Entry<String, String>> batch = List.of(Map.entry("_csrf", csrf),
				Map.entry("q1", String.valueOf(first)), Map.entry("q2", String.valueOf(second)),
				Map.entry("prediction", "1.500"));
		HttpResponse<String> saved = save(web, path, batch);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).contains("\"saved\":true");
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(1, Set.of(first))
			.containsEntry(2, Set.of(second));
		assertThat(prediction(attempt)).isEqualTo(1500L);
		Object answeredAt = answeredAt(attempt, 1);
		// the same batch again (its answer lost on the way): nothing changes, nothing is
		// written again
		HttpResponse<String> retried = save(web, path, batch);
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(1, Set.of(first))
			.containsEntry(2, Set.of(second))
			.hasSize(2);
		assertThat(answeredAt(attempt, 1)).isEqualTo(answeredAt);
		assertThat(prediction(attempt)).isEqualTo(1500L);
		// a batch with one answer that is not the attempt's is refused whole: the good
		// answer in it is not saved either
		int other = page.questions().get(0).options().get(3).position();
		HttpResponse<String> refused = save(web, path, List.of(Map.entry("_csrf", csrf),
				Map.entry("q1", String.valueOf(other)), Map.entry("q9", "0"), Map.entry("prediction", "7")));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("\"saved\":false");
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(1, Set.of(first));
		assertThat(prediction(attempt)).isEqualTo(1500L);
		HttpResponse<String> badPrediction = save(web, path, List.of(Map.entry("_csrf", csrf),
				Map.entry("q1", String.valueOf(other)), Map.entry("prediction", "nhiều")));
		assertThat(badPrediction.statusCode()).isEqualTo(409);
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(1, Set.of(first));
		// an empty value clears an answer; the one-answer form of pages loaded earlier is
		// still taken
		assertThat(save(web, path, List.of(Map.entry("_csrf", csrf), Map.entry("q2", ""))).statusCode()).isEqualTo(200);
		assertThat(this.entries.attempt(slug, attempt).chosen()).doesNotContainKey(2);
		assertThat(save(web, path, List.of(Map.entry("_csrf", csrf), Map.entry("question", "2"),
				Map.entry("option", String.valueOf(second))))
			.statusCode()).isEqualTo(200);
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(2, Set.of(second));
		// after the submission a batch is refused and changes nothing
		this.entries.submit(slug, attempt, Map.of(), null);
		HttpResponse<String> late = save(web, path,
				List.of(Map.entry("_csrf", csrf), Map.entry("q1", String.valueOf(other))));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(this.entries.attempt(slug, attempt).chosen()).containsEntry(1, Set.of(first));
	}

	private static HttpResponse<String> save(WebClient web, String path, List<Map.Entry<String, String>> fields) {
		return web.postFields(path + "/luu", fields, Map.of("Accept", "application/json"));
	}

	private Long prediction(String attempt) {
		return this.jdbc.sql("select prediction from contest_attempt where token = ?")
			.param(attempt)
			.query(Long.class)
			.single();
	}

	private Object answeredAt(String attempt, int position) {
		return this.jdbc
			.sql("select q.answered_at from contest_attempt_question q join contest_attempt a on a.id = q.attempt_id "
					+ "where a.token = ? and q.position = ?")
			.params(attempt, position)
			.query()
			.singleValue();
	}

	@Test
	void aContestVisitorTakesPartWithoutASessionAndTheFormsStillNeedTheirToken() {
		String slug = contest();
		java.net.CookieManager cookies = new java.net.CookieManager();
		WebClient web = new WebClient(this.port, cookies);
		String registration = "/cuoc-thi/" + slug + "/dang-ky";
		assertThat(web.page("/cuoc-thi/" + slug).statusCode()).isEqualTo(200);
		assertThat(names(cookies)).as("the contest's page sets no cookie").isEmpty();
		String token = web.csrf(registration).orElseThrow();
		assertThat(names(cookies)).containsExactly("PARINDEX-CONTEST-CSRF");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", "Phạm Văn Bình");
		form.put("birthDate", "1990-07-20");
		form.put("cccd", cccd());
		form.put("phone", phone());
		form.put("groupCode", "ND");
		form.put("unitId", String.valueOf(unit()));
		form.put("address", "Thôn 2");
		form.put("consent", "on");
		// the token without its cookie (another browser, or a forged form) is refused
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", token);
		assertThat(new WebClient(this.port).postWithoutToken(registration, withToken).statusCode()).isEqualTo(403);
		// the cookie without the page's token too
		assertThat(web.postWithoutToken(registration, form).statusCode()).isEqualTo(403);
		assertThat(participants(slug)).isZero();
		HttpResponse<String> done = web.postWithoutToken(registration, withToken);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String own = path(done.headers().firstValue("Location").orElseThrow());
		HttpResponse<String> started = web.post(own, own + "/bat-dau", Map.of());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		String attempt = path(started.headers().firstValue("Location").orElseThrow());
		String attemptPage = web.page(attempt + "/trang").body();
		Matcher radio = Pattern.compile("name=\"q1\" value=\"([0-9])\"").matcher(attemptPage);
		assertThat(radio.find()).isTrue();
		assertThat(save(web, attempt,
				List.of(Map.entry("_csrf", web.csrf(attempt).orElseThrow()), Map.entry("q1", radio.group(1))))
			.statusCode()).isEqualTo(200);
		submitByForm(web, attempt, attemptPage);
		assertThat(names(cookies)).as("no session was created on the way").containsExactly("PARINDEX-CONTEST-CSRF");
		// a signed-in account keeps its session's token on the contest's pages (its
		// sign-out form there works)
		WebClient signedIn = new WebClient(this.port);
		signedIn.signIn("cuocthi", "parindex-demo");
		assertThat(signedIn.post(registration, "/logout", Map.of()).statusCode()).isEqualTo(302);
	}

	/**
	 * The blank registration page is rendered once and kept (RegistrationPages): two
	 * visitors get the same page but for the form's token, each their own, and each
	 * registers with it, never with the other's; the English page is kept apart from the
	 * Vietnamese one; the form disappears the moment the contest closes and comes back
	 * when it opens, whatever was kept.
	 */
	@Test
	void theKeptRegistrationPageCarriesEachVisitorsOwnTokenLanguageAndState() {
		String slug = contest();
		String registration = "/cuoc-thi/" + slug + "/dang-ky";
		WebClient first = new WebClient(this.port);
		WebClient second = new WebClient(this.port);
		String firstPage = first.page(registration).body();
		String secondPage = second.page(registration).body();
		String firstToken = first.csrf(registration).orElseThrow();
		String secondToken = second.csrf(registration).orElseThrow();
		assertThat(firstToken).isNotEqualTo(secondToken);
		Pattern token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
		Matcher inFirst = token.matcher(firstPage);
		Matcher inSecond = token.matcher(secondPage);
		assertThat(inFirst.find() && inSecond.find()).isTrue();
		assertThat(inFirst.group(1)).isNotEqualTo(inSecond.group(1));
		assertThat(firstPage.replace(inFirst.group(1), "")).isEqualTo(secondPage.replace(inSecond.group(1), ""));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", "Lê Thị Hoa");
		form.put("birthDate", "1990-03-04");
		form.put("cccd", cccd());
		form.put("phone", phone());
		form.put("groupCode", "ND");
		form.put("unitId", String.valueOf(unit()));
		form.put("address", "Thôn 3");
		form.put("consent", "on");
		Map<String, String> withOthersToken = new LinkedHashMap<>(form);
		withOthersToken.put("_csrf", secondToken);
		assertThat(first.postWithoutToken(registration, withOthersToken).statusCode()).isEqualTo(403);
		assertThat(participants(slug)).isZero();
		HttpResponse<String> done = first.post(registration, registration, form);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(participants(slug)).isOne();

		assertThat(second.page(registration + "?lang=en").body()).contains("lang=\"en\"", "Register to take part")
			.doesNotContain("Đăng ký dự thi");
		assertThat(second.page(registration + "?lang=vi").body()).contains("lang=\"vi\"", "Đăng ký dự thi");

		this.clock.set(OPENS.plus(Duration.ofDays(1)).plusSeconds(GRACE).plus(Duration.ofMinutes(1)));
		assertThat(new WebClient(this.port).page(registration).body()).doesNotContain("name=\"fullName\"")
			.contains("alert-warning");
		this.clock.set(OPENS.plus(Duration.ofHours(1)));
		assertThat(new WebClient(this.port).page(registration).body()).contains("name=\"fullName\"");
	}

	private static List<String> names(java.net.CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream().map(java.net.HttpCookie::getName).toList();
	}

	long participants(String slug) {
		return this.jdbc
			.sql("select count(*) from contest_participant p join contest_contest c on c.id = p.contest_id "
					+ "where c.slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
	}

	long attemptRows(String participantToken) {
		return this.jdbc
			.sql("select count(*) from contest_attempt a join contest_participant p on p.id = a.participant_id "
					+ "where p.token = ?")
			.param(participantToken)
			.query(Long.class)
			.single();
	}

	/** Runs the tasks at once from as many threads, and returns their results. */
	static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch ready = new CountDownLatch(tasks.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	/** The application's clock, set by each test to the millisecond. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZONE);
		}

	}

}
