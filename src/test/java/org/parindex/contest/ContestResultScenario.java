package org.parindex.contest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contest's results (issue 11 item 5), against H2 and PostgreSQL, with entries made
 * through the public entry service on the test's clock: equal scores decided by the
 * prediction, then the time taken, then the submission time; prizes by the plan; a shared
 * rank that passes a quota flagged for the committee; the collective ranking of units;
 * the committee's page without any CCCD or phone number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@Import(ContestResultScenario.TestClock.class)
abstract class ContestResultScenario {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The contests' start in the tests: 08:00 on 1 June 2026, Vietnam time. */
	static final Instant OPENS = Instant.parse("2026-06-01T01:00:00Z");

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
	ContestResultService results;

	@Autowired
	ContestRetention retention;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long bankId;

	@BeforeEach
	void bank() {
		this.clock.set(OPENS.plus(Duration.ofHours(1)));
		String name = "Ngân hàng kiểm thử kết quả";
		this.bankId = this.banks.banks()
			.stream()
			.filter((b) -> b.name().equals(name))
			.findFirst()
			.map(QuestionBankView::id)
			.orElseGet(() -> {
				long id = this.banks.createBank(name).id();
				for (int i = 1; i <= 6; i++) {
					this.banks.add(id,
							new QuestionDraft("R" + i, "Chung", QuestionDifficulty.EASY, QuestionKind.SINGLE,
									"Câu hỏi kiểm thử kết quả số " + i + "?", List.of("Phương án một " + i,
											"Phương án hai " + i, "Phương án ba " + i, "Phương án bốn " + i),
									Set.of(i % 4), ""));
				}
				return id;
			});
	}

	/** A one-day contest with one round of one attempt and 4 questions. */
	ContestView contest(List<TieBreak> chain, List<DefineContest.PrizeLevel> prizes, CollectiveFormula formula) {
		String slug = "ket-qua-" + SERIAL.incrementAndGet();
		return this.contests.create(new DefineContest(slug, "Cuộc thi kết quả " + slug, "Ban Tổ chức kiểm thử",
				"Thể lệ kiểm thử.", OPENS, OPENS.plus(Duration.ofDays(1)), 60, 16, null,
				"Bao nhiêu bài đạt điểm tuyệt đối?", 11L, chain, formula, false, this.bankId,
				List.of(new DefineContest.Group("CB", "Cán bộ", null), new DefineContest.Group("ND", "Nhân dân", null)),
				List.of(new DefineContest.Round("Đợt 1", OPENS, OPENS.plus(Duration.ofDays(1)), 1, AttemptPolicy.BEST,
						600, 4)),
				prizes, null, null));
	}

	static String cccd() {
		return String.format("064090%06d", SERIAL.incrementAndGet() % 1_000_000);
	}

	static String phone() {
		return String.format("09%08d", SERIAL.incrementAndGet() % 100_000_000);
	}

	/**
	 * Registers a participant and starts an attempt at {@code startAt}.
	 * @return the attempt's token
	 */
	String start(String slug, String name, String cccd, String phone, int unitIndex, Instant startAt) {
		return start(slug, name, cccd, phone, unitIndex, startAt, true);
	}

	/**
	 * Registers a participant who chose to publish the result or not, and starts an
	 * attempt at {@code startAt}.
	 * @return the attempt's token
	 */
	String start(String slug, String name, String cccd, String phone, int unitIndex, Instant startAt, boolean publish) {
		this.clock.set(startAt);
		String participant = this.entries.register(slug, new Register(name, "1990-03-15", cccd, phone, "CB",
				String.valueOf(this.entries.units().get(unitIndex).id()), "Thôn 1, xã Đak Pơ", true, publish));
		return this.entries.start(slug, participant);
	}

	/**
	 * Answers {@code right} questions rightly, the others wrongly, and submits at
	 * {@code at}.
	 */
	void submit(String slug, String attempt, int right, @Nullable Long prediction, Instant at) {
		AttemptPage page = this.entries.attempt(slug, attempt);
		int n = 0;
		for (QuestionShown question : page.questions()) {
			Set<Integer> key = this.banks.find(question.questionId()).orElseThrow().correctPositions();
			Set<Integer> wrong = Set.of(IntStream.range(0, 4).filter((p) -> !key.contains(p)).findFirst().getAsInt());
			this.entries.saveAnswer(slug, attempt, question.number(), (n++ < right) ? key : wrong);
		}
		this.clock.set(at);
		this.entries.submit(slug, attempt, Map.of(), prediction);
	}

	@Test
	void equalScoresAreDecidedByPredictionThenDurationThenTimeAndPrizesFollowTheRanking() {
		ContestView contest = contest(
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1)),
						new DefineContest.PrizeLevel("Giải Nhì", Map.of("*", 1)),
						new DefineContest.PrizeLevel("Giải Ba", Map.of("*", 1))),
				CollectiveFormula.ENTRIES);
		String slug = contest.slug();
		Instant t = OPENS.plus(Duration.ofHours(2));
		String[] cccds = { cccd(), cccd(), cccd(), cccd(), cccd() };
		String[] phones = { phone(), phone(), phone(), phone(), phone() };
		// exact prediction, slowest of the perfect ones but for Dũng
		String an = start(slug, "Nguyễn Văn An", cccds[0], phones[0], 0, t);
		// predictions one off: Bình and Cường equally fast, Bình first; Dũng slower
		String binh = start(slug, "Trần Thị Bình", cccds[1], phones[1], 1, t.plusSeconds(1));
		// Cường chose not to publish his result
		String cuong = start(slug, "Lê Văn Cường", cccds[2], phones[2], 1, t.plusSeconds(2), false);
		String dung = start(slug, "Phạm Văn Dũng", cccds[3], phones[3], 0, t.plusSeconds(3));
		String em = start(slug, "Hoàng Thị Em", cccds[4], phones[4], 0, t.plusSeconds(4));
		submit(slug, binh, 4, 10L, t.plusSeconds(1).plusMillis(100_000));
		submit(slug, cuong, 4, 12L, t.plusSeconds(2).plusMillis(100_000));
		submit(slug, an, 4, 11L, t.plusMillis(200_000));
		submit(slug, dung, 4, 10L, t.plusSeconds(3).plusMillis(300_000));
		submit(slug, em, 3, 11L, t.plusSeconds(4).plusMillis(50_000));

		ContestResults.Standing round = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(round.placings()).extracting(ContestResults.Placing::fullName)
			.containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Thị Em");
		assertThat(round.placings()).extracting(ContestResults.Placing::rank).containsExactly(1, 2, 3, 4, 5);
		assertThat(round.placings()).extracting(ContestResults.Placing::prize)
			.containsExactly("Giải Nhất", "Giải Nhì", "Giải Ba", null, null);
		assertThat(round.placings().get(1).duration()).isEqualTo(Duration.ofSeconds(100));
		assertThat(round.tiesToDecide()).isZero();
		assertThat(round.predictionKnown()).isTrue();
		assertThat(round.units()).hasSize(2);
		assertThat(round.units().get(0).entries()).isEqualTo(3);
		assertThat(round.units().get(0).totalScore()).isEqualByComparingTo("11");
		assertThat(round.units().get(1).entries()).isEqualTo(2);

		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		String page = committee.page("/admin/contest/" + contest.id() + "/results").body();
		assertThat(page).contains("Nguyễn Văn An", "Giải Nhất", "Giải Nhì", "Giải Ba", "1:40,000", "1990",
				"Xếp hạng tập thể");
		for (int i = 0; i < 5; i++) {
			assertThat(page).doesNotContain(cccds[i]).doesNotContain(phones[i]);
		}
		assertThat(new WebClient(this.port).page("/admin/contest/" + contest.id() + "/results").statusCode())
			.isNotEqualTo(200);

		String workbook = cells(committee.bytes("/admin/contest/" + contest.id() + "/results.xlsx?round=1"));
		assertThat(workbook).contains("Nguyễn Văn An", "Giải Nhất", "[n]100", "[n]4", "Xếp hạng tập thể");
		for (int i = 0; i < 5; i++) {
			assertThat(workbook).doesNotContain(cccds[i]).doesNotContain(phones[i]);
		}
		// submission times are date-time cells, shown as the export's language writes
		// times
		String xlsx = "/admin/contest/" + contest.id() + "/results.xlsx?round=1";
		assertThat(submissionTimes(committee.bytes(xlsx))).isNotEmpty()
			.allSatisfy((format) -> assertThat(format).isEqualTo("hh\"h\"mm dd/mm/yyyy"));
		WebClient english = new WebClient(this.port);
		english.signIn("cuocthi", "parindex-demo");
		assertThat(submissionTimes(english.bytes(xlsx + "&lang=en"))).isNotEmpty()
			.allSatisfy((format) -> assertThat(format).isEqualTo("hh:mm dd/mm/yyyy"));
		// each attempt draws 4 of the bank's 6 questions: one of them may be drawn by
		// none of the 5 attempts (about once in 250 runs for a given one), so the
		// statistics are checked for the questions drawn, not for R1 (seen in CI)
		String statisticsCells = cells(committee.bytes("/admin/contest/" + contest.id() + "/statistics.xlsx"));
		assertThat(statisticsCells).contains("01/06/2026", "[n]5");
		assertThat(
				java.util.stream.IntStream.rangeClosed(1, 6).filter((i) -> statisticsCells.contains("\nR" + i + "\n")))
			.hasSizeGreaterThanOrEqualTo(4);

		// published by the committee: the public page shows the winners, Cường without
		// his name
		WebClient visitor = new WebClient(this.port);
		String publicPath = "/cuoc-thi/" + slug + "/ket-qua-chung-cuoc";
		assertThat(visitor.page(publicPath).body()).contains("id=\"public-results-pending\"")
			.doesNotContain("Nguyễn Văn An");
		// while the contest is open, and until the grace period after its close is over,
		// results are not final: the page says from when, publishing is refused
		String openPage = committee.page("/admin/contest/" + contest.id() + "/results").body();
		assertThat(openPage).contains("id=\"results-publish-later\"", "Công bố được từ 08h01 02/06/2026")
			.doesNotContain("id=\"results-publish\"");
		assertThat(committee
			.post("/admin/contest/" + contest.id() + "/results", "/admin/contest/" + contest.id() + "/results/publish",
					Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results").body())
			.contains("Chưa thể công bố kết quả khi cuộc thi còn mở");
		assertThat(visitor.page(publicPath).body()).contains("id=\"public-results-pending\"");
		this.clock.set(contest.closesAt().plusSeconds(60).minusMillis(1));
		assertThatThrownBy(() -> this.results.publish(contest.id())).isInstanceOf(EntryRefusedException.class);
		this.clock.set(contest.closesAt().plusSeconds(60));
		String resultsPage = committee.page("/admin/contest/" + contest.id() + "/results").body();
		assertThat(committee
			.post("/admin/contest/" + contest.id() + "/results", "/admin/contest/" + contest.id() + "/results/publish",
					Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql(
				"select count(*) from identity_audit_event where action = 'contest-results-published' and entity_id = ?")
			.param(slug)
			.query(Long.class)
			.single()).isEqualTo(1);
		String published = visitor.page(publicPath).body();
		assertThat(published)
			.contains("Nguyễn Văn An", "Trần Thị Bình", "Giải Nhất", "Giải Ba", "Người dự thi không công bố tên",
					"1990", "1:40,000", "Xếp hạng tập thể")
			.doesNotContain("Lê Văn Cường")
			// not winners
			.doesNotContain("Phạm Văn Dũng")
			.doesNotContain("1990-03-15")
			.doesNotContain("15/03/1990")
			.doesNotContain("Thôn 1");
		for (int i = 0; i < 5; i++) {
			assertThat(published).doesNotContain(cccds[i]).doesNotContain(phones[i]);
		}
		assertThat(resultsPage).contains("id=\"results-publish\"");
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results").body())
			.contains("id=\"results-withdraw\"");

		ContestStatistics statistics = this.results.statistics(contest.id()).orElseThrow();
		assertThat(statistics.attempts()).isEqualTo(5);
		assertThat(statistics.questions()).allSatisfy((q) -> assertThat(q.attempts()).isPositive());
		assertThat(statistics.questions().stream().mapToInt(ContestStatistics.QuestionRow::attempts).sum())
			.isEqualTo(20);
		assertThat(statistics.questions().stream().mapToInt(ContestStatistics.QuestionRow::correct).sum())
			.isEqualTo(19);
		assertThat(statistics.dayTotals()).containsExactly(5);
		assertThat(statistics.units()).extracting(ContestStatistics.UnitDays::total).containsExactlyInAnyOrder(3, 2);
		assertThat(committee.page("/admin/contest/" + contest.id() + "/statistics").body())
			.contains("id=\"statistics-questions\"", "R1", "id=\"statistics-days\"", "01/06");
	}

	@Test
	void aSharedRankThatPassesAQuotaIsFlaggedForTheCommittee() {
		ContestView contest = contest(List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1)),
						new DefineContest.PrizeLevel("Giải Nhì", Map.of("*", 1))),
				CollectiveFormula.TOTAL_SCORE);
		String slug = contest.slug();
		Instant t = OPENS.plus(Duration.ofHours(3));
		String a = start(slug, "Đỗ Văn Giang", cccd(), phone(), 0, t);
		String b = start(slug, "Vũ Thị Hà", cccd(), phone(), 1, t.plusSeconds(1));
		String c = start(slug, "Bùi Văn Khánh", cccd(), phone(), 1, t.plusSeconds(2));
		submit(slug, a, 4, 10L, t.plusSeconds(100));
		submit(slug, b, 4, 12L, t.plusSeconds(50));
		submit(slug, c, 2, 11L, t.plusSeconds(60));

		ContestResults.Standing round = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(round.placings()).extracting(ContestResults.Placing::rank).containsExactly(1, 1, 3);
		assertThat(round.placings()).extracting(ContestResults.Placing::prize)
			.containsExactly("Giải Nhất", "Giải Nhất", "Giải Nhì");
		assertThat(round.placings()).extracting(ContestResults.Placing::decides).containsExactly(true, true, false);
		assertThat(round.tiesToDecide()).isEqualTo(1);
		// by total score the second unit (4 + 2) passes the first (4)
		assertThat(round.units().get(0).totalScore()).isEqualByComparingTo("6");

		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results").body()).contains("id=\"results-ties\"",
				"Ban Tổ chức quyết định");
	}

	@Test
	void unitsAreRankedByEntriesPerThousandInhabitantsOnceTheCommitteeEnteredThePopulations() {
		ContestView contest = contest(List.of(TieBreak.SCORE, TieBreak.SUBMISSION_TIME),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))),
				CollectiveFormula.ENTRIES_PER_POPULATION);
		String slug = contest.slug();
		Instant t = OPENS.plus(Duration.ofHours(5));
		String a = start(slug, "Trịnh Văn Nam", cccd(), phone(), 0, t);
		String b = start(slug, "Cao Thị Oanh", cccd(), phone(), 0, t.plusSeconds(1));
		String c = start(slug, "Lâm Văn Phúc", cccd(), phone(), 1, t.plusSeconds(2));
		submit(slug, a, 4, null, t.plusSeconds(50));
		submit(slug, b, 4, null, t.plusSeconds(51));
		submit(slug, c, 1, null, t.plusSeconds(52));
		ContestResults.Standing before = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(before.populationMissing()).isTrue();
		assertThat(before.units()).extracting(ContestResults.UnitPlacing::rank).containsOnly(0);

		long first = this.entries.units().get(0).id();
		long second = this.entries.units().get(1).id();
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		String path = "/admin/contest/" + contest.id() + "/results";
		var refused = committee.post(path, path + "/populations", Map.of("p" + first, "4000", "p" + second, "nhiều"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Số dân của " + this.entries.units().get(1).name()
				+ ": phải là số nguyên từ 1 đến 100.000.000; đã nhập “nhiều”.", "value=\"nhiều\"");
		assertThat(this.results.populations(contest.id())).isEmpty();
		// "12,5" was read as 125 before the shared parser: a decimal is refused, and so
		// is a comma (a Vietnamese reader takes "4,000" for four); "4.000" is four
		// thousand, as in every count (docs/scoring.md)
		String firstName = this.entries.units().get(0).name();
		for (String decimalOrComma : List.of("12,5", "4,000")) {
			var decimal = committee.post(path, path + "/populations",
					Map.of("p" + first, decimalOrComma, "p" + second, "1000"));
			assertThat(decimal.statusCode()).isEqualTo(400);
			assertThat(decimal.body()).contains("Số dân của " + firstName
					+ ": phải là số nguyên từ 1 đến 100.000.000; đã nhập “" + decimalOrComma + "”.",
					"value=\"" + decimalOrComma + "\"");
		}
		assertThat(this.results.populations(contest.id())).isEmpty();
		assertThat(committee.post(path, path + "/populations", Map.of("p" + first, "4.000", "p" + second, "1000"))
			.statusCode()).isEqualTo(302);
		assertThat(this.results.populations(contest.id())).containsEntry(first, 4000).containsEntry(second, 1000);
		assertThat(committee.post(path, path + "/populations", Map.of("p" + first, "4 000", "p" + second, "1000"))
			.statusCode()).isEqualTo(302);
		assertThat(this.results.populations(contest.id())).containsEntry(first, 4000).containsEntry(second, 1000);
		// 2 entries per 4,000 = 0,50 per 1,000; 1 per 1,000 = 1,00: the second unit first
		ContestResults.Standing after = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(after.populationMissing()).isFalse();
		assertThat(after.units()).extracting(ContestResults.UnitPlacing::unitId).containsExactly(second, first);
		assertThat(after.units().get(0).value()).isEqualByComparingTo("1.00");
		assertThat(after.units().get(1).value()).isEqualByComparingTo("0.50");
		assertThat(committee.page(path).body()).contains("0,50", "1,00");
	}

	@Test
	void twoRoundsAreRankedEachWithItsPrizesAndOverallByEachParticipantsBestCountedRound() {
		String slug = "ket-qua-" + SERIAL.incrementAndGet();
		Instant half = OPENS.plus(Duration.ofHours(12));
		ContestView contest = this.contests.create(new DefineContest(slug, "Cuộc thi hai đợt " + slug,
				"Ban Tổ chức kiểm thử", "Thể lệ kiểm thử.", OPENS, OPENS.plus(Duration.ofDays(1)), 60, 16, null, null,
				null, List.of(TieBreak.SCORE, TieBreak.SUBMISSION_TIME), CollectiveFormula.ENTRIES, false, this.bankId,
				List.of(new DefineContest.Group("CB", "Cán bộ", null), new DefineContest.Group("ND", "Nhân dân", null)),
				List.of(new DefineContest.Round("Đợt 1", OPENS, half, 2, AttemptPolicy.LAST, 600, 4),
						new DefineContest.Round("Đợt 2", half, OPENS.plus(Duration.ofDays(1)), 1, AttemptPolicy.FIRST,
								600, 4)),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))), null, null));
		Instant t = OPENS.plus(Duration.ofHours(1));
		this.clock.set(t);
		String quang = this.entries.register(slug, new Register("Lý Văn Quang", "1990-03-15", cccd(), phone(), "CB",
				String.valueOf(this.entries.units().get(0).id()), "Thôn 2", true, true));
		String sen = this.entries.register(slug, new Register("Mai Thị Sen", "1990-03-15", cccd(), phone(), "ND",
				String.valueOf(this.entries.units().get(1).id()), "Thôn 3", true, true));
		// round 1, last attempt counts: Quang 4 then 2 (counted 2); Sen 3
		submit(slug, this.entries.start(slug, quang), 4, null, t.plusSeconds(60));
		this.clock.set(t.plusSeconds(120));
		submit(slug, this.entries.start(slug, quang), 2, null, t.plusSeconds(180));
		this.clock.set(t.plusSeconds(200));
		submit(slug, this.entries.start(slug, sen), 3, null, t.plusSeconds(260));
		// round 2: Quang 4, Sen 1
		Instant u = half.plus(Duration.ofHours(1));
		this.clock.set(u);
		submit(slug, this.entries.start(slug, quang), 4, null, u.plusSeconds(60));
		this.clock.set(u.plusSeconds(70));
		submit(slug, this.entries.start(slug, sen), 1, null, u.plusSeconds(130));

		ContestResults results = this.results.results(contest.id()).orElseThrow();
		ContestResults.Standing first = results.rounds().get(0);
		assertThat(first.placings()).extracting(ContestResults.Placing::fullName)
			.containsExactly("Mai Thị Sen", "Lý Văn Quang");
		assertThat(first.placings()).extracting(ContestResults.Placing::attempts).containsExactly(1, 2);
		assertThat(first.placings()).extracting(ContestResults.Placing::prize).containsExactly("Giải Nhất", null);
		ContestResults.Standing second = results.rounds().get(1);
		assertThat(second.placings()).extracting(ContestResults.Placing::fullName)
			.containsExactly("Lý Văn Quang", "Mai Thị Sen");
		assertThat(second.placings()).extracting(ContestResults.Placing::prize).containsExactly("Giải Nhất", null);
		ContestResults.Standing overall = results.overall();
		assertThat(overall).isNotNull();
		// best counted round: Quang 4 (round 2), Sen 3 (round 1); no prizes overall
		assertThat(overall.placings()).extracting(ContestResults.Placing::fullName)
			.containsExactly("Lý Văn Quang", "Mai Thị Sen");
		assertThat(overall.placings().get(0).score()).isEqualByComparingTo("4");
		assertThat(overall.placings()).extracting(ContestResults.Placing::prize).containsOnlyNulls();
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results?round=0").body())
			.contains("id=\"results-overall\"", "Toàn cuộc thi", "Lý Văn Quang");
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results?round=2").body())
			.contains("id=\"results-round-2\"");
	}

	@Test
	void personalDataIsAnonymisedOnceTheRetentionPeriodAfterTheCloseHasPassedAndScoresAreKept() {
		ContestView base = contest(List.of(TieBreak.SCORE, TieBreak.SUBMISSION_TIME),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))), CollectiveFormula.ENTRIES);
		DefineContest definition = base.definition();
		DefineContest withRetention = new DefineContest(definition.slug(), definition.title(), definition.organiser(),
				definition.rules(), definition.opensAt(), definition.closesAt(), definition.graceSeconds(),
				definition.minAge(), definition.maxAge(), definition.predictionQuestion(),
				definition.predictionTrueValue(), definition.tieBreaks(), definition.collective(),
				definition.onePerPhone(), definition.questionBankId(), definition.groups(), definition.rounds(),
				definition.prizes(), definition.prizeMinScore(), definition.prizeCapPercent(), 30);
		DefineContest tooLong = new DefineContest(definition.slug(), definition.title(), definition.organiser(),
				definition.rules(), definition.opensAt(), definition.closesAt(), definition.graceSeconds(),
				definition.minAge(), definition.maxAge(), definition.predictionQuestion(),
				definition.predictionTrueValue(), definition.tieBreaks(), definition.collective(),
				definition.onePerPhone(), definition.questionBankId(), definition.groups(), definition.rounds(),
				definition.prizes(), definition.prizeMinScore(), definition.prizeCapPercent(), 3651);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.contests.change(base.id(), base.version(), tooLong))
			.isInstanceOf(InvalidContestException.class)
			.satisfies((ex) -> assertThat(((InvalidContestException) ex).problems()).extracting(ContestProblem::field)
				.containsExactly("retentionDays"));
		ContestView contest = this.contests.change(base.id(), base.version(), withRetention);
		assertThat(contest.retentionDays()).isEqualTo(30);
		String slug = contest.slug();
		Instant t = OPENS.plus(Duration.ofHours(4));
		String first = cccd();
		String firstPhone = phone();
		String a = start(slug, "Ngô Văn Long", first, firstPhone, 0, t);
		String b = start(slug, "Đinh Thị Mai", cccd(), phone(), 1, t.plusSeconds(1));
		submit(slug, a, 3, null, t.plusSeconds(90));
		submit(slug, b, 4, null, t.plusSeconds(95));

		Instant due = contest.closesAt().plus(Duration.ofDays(30));
		this.clock.set(due.minusMillis(1));
		assertThat(this.retention.anonymiseDue()).isZero();
		assertThat(this.jdbc.sql("select count(*) from contest_participant where cccd = ?")
			.param(first)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.clock.set(due);
		assertThat(this.retention.anonymiseDue()).isEqualTo(2);
		assertThat(this.retention.anonymiseDue()).isZero();
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select p.full_name, p.cccd, p.phone, p.phone_key, p.address, p.birth_date from contest_participant p
				join contest_contest c on c.id = p.contest_id where c.slug = ? order by p.id
				""").param(slug).query().listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).values().stream().map(String::valueOf).map(String::toLowerCase).toList())
			.containsExactly("người dự thi #1", "null", "null", "null", "null", "null");
		assertThat(rows.get(1).values().iterator().next()).isEqualTo("Người dự thi #2");
		ContestResults.Standing round = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(round.placings()).extracting(ContestResults.Placing::fullName)
			.containsExactly("Người dự thi #2", "Người dự thi #1");
		assertThat(round.placings()).extracting(ContestResults.Placing::prize).containsExactly("Giải Nhất", null);
		assertThat(round.placings().get(0).score()).isEqualByComparingTo("4");
		assertThat(round.placings().get(0).birthYear()).isNull();
		assertThat(this.jdbc.sql(
				"select count(*) from identity_audit_event where action = 'contest-personal-data-anonymised' and entity_id = ?")
			.param(slug)
			.query(Long.class)
			.single()).isEqualTo(1);
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results").body()).contains("Người dự thi #2")
			.doesNotContain("Đinh Thị Mai");
		assertThat(cells(committee.bytes("/admin/contest/" + contest.id() + "/results.xlsx")))
			.contains("Người dự thi #1");
	}

	/**
	 * Every cell of a workbook, one per line: text as it is, numbers as {@code [n]value}
	 * (a whole value without decimals), so a test can tell number cells from text.
	 */
	/**
	 * The display formats of the submission times of a results workbook's ranking (column
	 * 9); each must be a date-time cell within the test's year, never text.
	 */
	static List<String> submissionTimes(byte[] xlsx) {
		List<String> shown = new java.util.ArrayList<>();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			for (int r = 5; r <= sheet.getLastRowNum(); r++) {
				var cell = sheet.getRow(r).getCell(8);
				assertThat(cell.getCellType()).as("row %d", r).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
				assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)).isTrue();
				assertThat(cell.getLocalDateTimeCellValue().getYear()).isBetween(2020, 2100);
				shown.add(cell.getCellStyle().getDataFormatString());
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return shown;
	}

	static String cells(byte[] xlsx) {
		StringBuilder all = new StringBuilder();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			for (var sheet : workbook) {
				all.append(sheet.getSheetName()).append('\n');
				for (var row : sheet) {
					for (var cell : row) {
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
							double value = cell.getNumericCellValue();
							all.append("[n]")
								.append((value == Math.rint(value)) ? String.valueOf((long) value)
										: String.valueOf(value));
						}
						else {
							all.append(cell.getStringCellValue());
						}
						all.append('\n');
					}
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return all.toString();
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZONE);
		}

	}

}
