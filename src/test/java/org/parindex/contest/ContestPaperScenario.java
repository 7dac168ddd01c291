package org.parindex.contest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Paper entries (issue 11 item 4), against H2 and PostgreSQL, through the committee's
 * pages: a round's paper form fixed and printed without answers, forms keyed and scored
 * by the form's key, bad forms refused naming the field with nothing stored, the form
 * frozen once a paper entry exists, and a CCCD entered online and on paper kept as one
 * person with both entries, flagged on the results page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@Import(ContestPaperScenario.TestClock.class)
abstract class ContestPaperScenario {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** 08:00 on 1 June 2026, Vietnam time; the round runs one day. */
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
	ContestPaperService paper;

	@Autowired
	ContestResultService results;

	@Autowired
	JdbcClient jdbc;

	long bankId;

	@BeforeEach
	void bank() {
		this.clock.set(OPENS.plus(Duration.ofHours(1)));
		String name = "Ngân hàng kiểm thử phiếu giấy";
		this.bankId = this.banks.banks()
			.stream()
			.filter((b) -> b.name().equals(name))
			.findFirst()
			.map(QuestionBankView::id)
			.orElseGet(() -> {
				long id = this.banks.createBank(name).id();
				for (int i = 1; i <= 5; i++) {
					this.banks.add(id,
							new QuestionDraft("P" + i, "Chung", QuestionDifficulty.EASY, QuestionKind.SINGLE,
									"Câu hỏi phiếu giấy số " + i + "?", List.of("Lựa chọn một " + i,
											"Lựa chọn hai " + i, "Lựa chọn ba " + i, "Lựa chọn bốn " + i),
									Set.of(i % 4), "Nguồn kiểm thử " + i));
				}
				this.banks.add(id,
						new QuestionDraft("P6", "Chung", QuestionDifficulty.EASY, QuestionKind.MULTIPLE,
								"Câu hỏi phiếu giấy nhiều đáp án?",
								List.of("Đúng thứ nhất", "Sai thứ nhất", "Đúng thứ hai", "Sai thứ hai"), Set.of(0, 2),
								"Nguồn kiểm thử 6"));
				return id;
			});
	}

	/** A one-day contest of one round, 6 questions, one attempt counted as the best. */
	ContestView contest() {
		String slug = "phieu-giay-" + SERIAL.incrementAndGet();
		return this.contests.create(new DefineContest(slug, "Cuộc thi phiếu giấy " + slug, "Ban Tổ chức kiểm thử",
				"Thể lệ kiểm thử.", OPENS, OPENS.plus(Duration.ofDays(1)), 60, 16, null, "Bao nhiêu người dự thi?",
				null, List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.SUBMISSION_TIME),
				CollectiveFormula.ENTRIES, false, this.bankId,
				List.of(new DefineContest.Group("CB", "Cán bộ", null), new DefineContest.Group("ND", "Nhân dân", null)),
				List.of(new DefineContest.Round("Đợt 1", OPENS, OPENS.plus(Duration.ofDays(1)), 1, AttemptPolicy.BEST,
						600, 6)),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1))), null, null));
	}

	static String cccd() {
		return String.format("064090%06d", SERIAL.incrementAndGet() % 1_000_000);
	}

	static String phone() {
		return String.format("09%08d", SERIAL.incrementAndGet() % 100_000_000);
	}

	/**
	 * The letters of the form's right answers ("A C AC …"), {@code wrong} of them wrong.
	 */
	String letters(PaperForm form, int wrong) {
		StringBuilder typed = new StringBuilder();
		int n = 0;
		for (QuestionShown question : form.questions()) {
			Set<Integer> key = this.banks.find(question.questionId()).orElseThrow().correctPositions();
			StringBuilder letters = new StringBuilder();
			for (QuestionShown.Option option : question.options()) {
				boolean right = key.contains(option.position());
				if (right != (n < wrong)) {
					letters.append(option.letter());
					if (n < wrong) {
						break;
					}
				}
			}
			n++;
			typed.append(letters).append(' ');
		}
		return typed.toString().strip();
	}

	Map<String, String> fields(String name, String cccd, String answers, String received) {
		Map<String, String> fields = new HashMap<>();
		fields.put("fullName", name);
		fields.put("birthDate", "15/03/1990");
		fields.put("cccd", cccd);
		fields.put("phone", phone());
		fields.put("groupCode", "ND");
		fields.put("unitId", String.valueOf(this.entries.units().get(0).id()));
		fields.put("address", "Thôn 4, xã Đak Pơ");
		fields.put("consent", "true");
		fields.put("publishResult", "true");
		fields.put("answers", answers);
		fields.put("prediction", "120");
		fields.put("receivedOn", received);
		return fields;
	}

	long paperAttempts(ContestView contest) {
		return this.jdbc.sql("""
				select count(*) from contest_attempt a join contest_participant p on p.id = a.participant_id
				where p.contest_id = ? and a.paper = true
				""").param(contest.id()).query(Long.class).single();
	}

	@Test
	void theCommitteeFixesPrintsAndKeysAPaperFormScoredByItsKey() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		String overview = "/admin/contest/" + contest.id() + "/paper";
		assertThat(committee.page(overview).body()).contains("id=\"paper-fix-1\"", "Chưa chốt đề");
		assertThat(committee.post(overview, overview + "/" + roundId + "/fix", Map.of()).statusCode()).isEqualTo(302);
		PaperForm form = this.paper.form(contest.id(), roundId);
		assertThat(form.questions()).hasSize(6);
		assertThat(this.jdbc.sql(
				"select count(*) from identity_audit_event where action = 'contest-paper-form-fixed' and entity_id = ?")
			.param(contest.slug())
			.query(Long.class)
			.single()).isEqualTo(1);

		String print = committee.page(overview + "/" + roundId + "/print").body();
		assertThat(print).contains(contest.title(), "Đợt 1", "Họ và tên", "Số căn cước công dân",
				"Bao nhiêu người dự thi?", "contest-paper.css", "Có thể chọn nhiều đáp án");
		for (QuestionShown question : form.questions()) {
			assertThat(print).contains(question.text());
			question.options().forEach((option) -> assertThat(print).contains(option.text()));
		}
		// no key, no source of the answers, no ticked box
		assertThat(print).doesNotContain("Nguồn kiểm thử").doesNotContain("checked").doesNotContain("correct");

		String entry = overview + "/" + roundId + "/entry";
		int multiple = form.questions()
			.stream()
			.filter((q) -> q.kind() == QuestionKind.MULTIPLE)
			.findFirst()
			.orElseThrow()
			.number();
		assertThat(committee.page(entry).body()).contains("id=\"answers-multiple\"",
				"Câu có thể chọn nhiều đáp án: " + multiple + ".");
		String cccd = cccd();
		var saved = committee.post(entry, entry, fields("Phan Thị Giấy", cccd, letters(form, 1), "01/06/2026"));
		assertThat(saved.statusCode()).isEqualTo(302);
		java.net.URI location = java.net.URI.create(saved.headers().firstValue("Location").orElseThrow());
		String next = committee.page(location.getRawPath() + "?" + location.getRawQuery()).body();
		assertThat(next).contains("Đã lưu phiếu của Phan Thị Giấy: đúng 5/6 câu.", "value=\"01/06/2026\"")
			.doesNotContain("value=\"Phan Thị Giấy\"");
		Map<String, Object> row = this.jdbc.sql("""
				select a.score, a.duration_ms, a.prediction, a.received_on, p.consent_version from contest_attempt a
				join contest_participant p on p.id = a.participant_id where p.cccd = ? and a.paper = true
				""").param(cccd).query().singleRow();
		assertThat(((Number) row.get("score")).intValue()).isEqualTo(5);
		assertThat(row.get("duration_ms")).isNull();
		assertThat(((Number) row.get("prediction")).longValue()).isEqualTo(120);
		assertThat(String.valueOf(row.get("received_on"))).isEqualTo("2026-06-01");
		assertThat(row.get("consent_version")).isEqualTo(ContestPaperService.PAPER_CONSENT_VERSION);

		// a form received after the round but postmarked in it counts
		assertThat(
				this.paper
					.enter(contest.id(), roundId,
							new PaperEntry("Võ Văn Bưu", "15/03/1990", cccd(), phone(), "CB",
									String.valueOf(this.entries.units().get(1).id()), "Thôn 5", true, false,
									letters(form, 0), "", "05/06/2026", "02/06/2026"))
					.score())
			.isEqualTo(6);

		// the form is frozen once a paper entry exists
		assertThatThrownBy(() -> this.paper.fix(contest.id(), roundId)).isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.fixed");
		assertThat(committee.page(overview).body()).doesNotContain("id=\"paper-fix-1\"")
			.contains("id=\"paper-entry-1\"");
		ContestResults.Standing round = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(round.placings()).extracting(ContestResults.Placing::fullName)
			.containsExactly("Võ Văn Bưu", "Phan Thị Giấy");
		assertThat(round.placings()).allSatisfy((p) -> assertThat(p.paper()).isTrue());
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results").body()).contains("Bài giấy")
			.doesNotContain(cccd);
	}

	/**
	 * Item 3 on paper: a participant under 18 on the day the form was received needs the
	 * parent's or guardian's name and consent box of the printed form, keyed like the
	 * rest; refused without them (nothing stored), stored with the guardian's name.
	 */
	@Test
	void aMinorsPaperFormNeedsTheGuardiansPartOfTheForm() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		String overview = "/admin/contest/" + contest.id() + "/paper";
		assertThat(committee.page(overview + "/" + roundId + "/print").body()).contains("id=\"paper-guardian\"",
				"Người dự thi chưa đủ 18 tuổi", "Chữ ký của cha, mẹ hoặc người giám hộ");
		String entry = overview + "/" + roundId + "/entry";
		assertThat(committee.page(entry).body()).contains("id=\"guardianName\"", "id=\"guardianConsent\"");

		// 16 on the day received (01/06/2026; the contest takes 16 and over), a CCCD of a
		// man born in 2009 (century and sex digit 2)
		String cccd = String.format("064209%06d", SERIAL.incrementAndGet() % 1_000_000);
		Map<String, String> child = fields("Lê Bé Giấy", cccd, letters(form, 0), "01/06/2026");
		child.put("birthDate", "02/06/2009");
		var refused = committee.post(entry, entry, child);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains(
				"Họ và tên cha, mẹ hoặc người giám hộ: bắt buộc khi người dự thi chưa đủ 18 tuổi.",
				"Đồng ý của cha, mẹ hoặc người giám hộ: cần đánh dấu khi người dự thi chưa đủ 18 tuổi.",
				"value=\"Lê Bé Giấy\"");
		assertThat(this.jdbc.sql("select count(*) from contest_participant where cccd = ?")
			.param(cccd)
			.query(Long.class)
			.single()).isZero();

		child.put("guardianName", "Lê Văn Cha");
		child.put("guardianConsent", "true");
		var kept = committee.post(entry, entry, child);
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("select guardian_name from contest_participant where cccd = ?")
			.param(cccd)
			.query(String.class)
			.single()).isEqualTo("Lê Văn Cha");

		// 18 on the day received: nothing asked, nothing stored
		String adult = String.format("064208%06d", SERIAL.incrementAndGet() % 1_000_000);
		Map<String, String> grown = fields("Lê Vừa Đủ", adult, letters(form, 0), "01/06/2026");
		grown.put("birthDate", "01/06/2008");
		grown.put("guardianName", "Ai đó");
		var adultKept = committee.post(entry, entry, grown);
		assertThat(adultKept.statusCode()).as(adultKept.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("select guardian_name from contest_participant where cccd = ?")
			.param(adult)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void aBadFormIsRefusedNamingTheFieldAndNothingIsStored() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		String entry = "/admin/contest/" + contest.id() + "/paper/" + roundId + "/entry";
		String right = letters(form, 0);

		var badCccd = committee.post(entry, entry, fields("Lỗi Căn Cước", "12345", right, "01/06/2026"));
		assertThat(badCccd.statusCode()).isEqualTo(400);
		assertThat(badCccd.body()).contains("Số CCCD: phải gồm đúng 12 chữ số.", "value=\"Lỗi Căn Cước\"");

		var late = committee.post(entry, entry, fields("Trễ Hạn", cccd(), right, "05/06/2026"));
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(late.body())
			.contains("Ngày nhận phiếu: 05/06/2026 nằm ngoài thời gian của đợt (từ 01/06/2026 đến 02/06/2026)");

		var postmarkLate = fields("Dấu Muộn", cccd(), right, "05/06/2026");
		postmarkLate.put("postmarkedOn", "04/06/2026");
		assertThat(committee.post(entry, entry, postmarkLate).body()).contains("Ngày dấu bưu điện: 04/06/2026");

		var tooFew = committee.post(entry, entry, fields("Thiếu Câu", cccd(), "ABC", "01/06/2026"));
		assertThat(tooFew.statusCode()).isEqualTo(400);
		assertThat(tooFew.body()).contains("Các câu trả lời: phiếu có 6 câu, đã nhập 3.");

		var badLetter = committee.post(entry, entry, fields("Sai Chữ", cccd(), "A B C D E A", "01/06/2026"));
		assertThat(badLetter.body()).contains("Các câu trả lời: câu 5 không có phương án “E”.");

		var noConsent = fields("Không Đồng Ý", cccd(), right, "01/06/2026");
		noConsent.remove("consent");
		assertThat(committee.post(entry, entry, noConsent).statusCode()).isEqualTo(400);

		var badBirth = fields("Sai Ngày Sinh", cccd(), right, "01/06/2026");
		badBirth.put("birthDate", "31/02/1990");
		assertThat(committee.post(entry, entry, badBirth).body()).contains("“31/02/1990”");

		assertThat(paperAttempts(contest)).isZero();
		assertThat(this.jdbc.sql("select count(*) from contest_participant where contest_id = ?")
			.param(contest.id())
			.query(Long.class)
			.single()).isZero();
	}

	PaperEntry paperEntry(String name, String cccd, String phone, String answers, String prediction) {
		return new PaperEntry(name, "15/03/1990", cccd, phone, "ND", String.valueOf(this.entries.units().get(0).id()),
				"Thôn 7, xã Đak Pơ", true, false, answers, prediction, "01/06/2026", "");
	}

	long audited(ContestView contest, String action) {
		return this.jdbc.sql("select count(*) from identity_audit_event where action = ? and entity_id = ?")
			.params(action, contest.slug())
			.query(Long.class)
			.single();
	}

	@Test
	void withDoubleEntryAFormCountsOnlyWhenASecondAccountAgreesOrTheCommitteeResolves() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		assertThat(this.paper.doubleEntry(contest.id())).isFalse();
		this.paper.setDoubleEntry(contest.id(), true);
		assertThat(this.paper.doubleEntry(contest.id())).isTrue();
		assertThat(audited(contest, "contest-paper-double-entry")).isEqualTo(1);

		String cccd = cccd();
		String phone = phone();
		PaperEntry first = paperEntry("Lê Thị  Hai Lần", cccd, phone, letters(form, 1), "120");
		// the sheet number is required with double entry
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, " ", first, "nhap.mot"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.required");
		PaperKeying held = this.paper.key(contest.id(), roundId, "a 001", first, "nhap.mot");
		assertThat(held.outcome()).isEqualTo(PaperKeying.Outcome.HELD);
		assertThat(held.sheetNumber()).isEqualTo("A001");
		// held: not scored, not ranked, and the form is frozen
		assertThat(paperAttempts(contest)).isZero();
		assertThat(this.results.results(contest.id()).orElseThrow().rounds().get(0).placings()).isEmpty();
		assertThatThrownBy(() -> this.paper.fix(contest.id(), roundId)).isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.fixed");
		assertThat(this.paper.pendingSheets(contest.id())).singleElement().satisfies((sheet) -> {
			assertThat(sheet.sheetNumber()).isEqualTo("A001");
			assertThat(sheet.firstBy()).isEqualTo("nhap.mot");
			assertThat(sheet.different()).isFalse();
		});
		// the same account cannot key it the second time
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "A001", first, "nhap.mot"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.same-account");
		// a bad second keying is refused as any form, and changes nothing
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "A001",
				paperEntry("Lê Thị Hai Lần", cccd, phone, "AB", "120"), "nhap.hai"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.answers.count");
		assertThat(this.paper.pendingSheet(contest.id(), "A001").secondBy()).isNull();

		// typed differently but reading the same: lower case answers, one space in the
		// name, separators in the CCCD
		PaperEntry same = paperEntry("Lê Thị Hai Lần", cccd.substring(0, 6) + " " + cccd.substring(6), phone,
				letters(form, 1).toLowerCase(java.util.Locale.ROOT), "0120");
		PaperKeying agreed = this.paper.key(contest.id(), roundId, "A001", same, "nhap.hai");
		assertThat(agreed.outcome()).isEqualTo(PaperKeying.Outcome.STORED);
		assertThat(agreed.saved().orElseThrow().score()).isEqualTo(5);
		assertThat(paperAttempts(contest)).isEqualTo(1);
		assertThat(this.paper.pendingSheets(contest.id())).isEmpty();
		// a form is never stored twice
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "A001", same, "nhap.ba"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.stored");
		assertThat(paperAttempts(contest)).isEqualTo(1);

		// two keyings that differ wait for the committee, field by field
		String cccd2 = cccd();
		String phone2 = phone();
		assertThat(this.paper
			.key(contest.id(), roundId, "A002", paperEntry("Trần Văn Khác", cccd2, phone2, letters(form, 0), "100"),
					"nhap.mot")
			.outcome()).isEqualTo(PaperKeying.Outcome.HELD);
		PaperKeying different = this.paper.key(contest.id(), roundId, "A002",
				paperEntry("Trần Văn Khác", cccd2, phone2, letters(form, 2), "101"), "nhap.hai");
		assertThat(different.outcome()).isEqualTo(PaperKeying.Outcome.DIFFERENT);
		assertThat(different.differences()).containsExactly("answers", "prediction");
		assertThat(paperAttempts(contest)).isEqualTo(1);
		PaperSheet pending = this.paper.pendingSheet(contest.id(), "a002");
		assertThat(pending.different()).isTrue();
		assertThat(pending.secondBy()).isEqualTo("nhap.hai");
		assertThat(pending.second().prediction()).isEqualTo("101");
		assertThat(pending.differences()).containsExactly("answers", "prediction");
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "A002",
				paperEntry("Trần Văn Khác", cccd2, phone2, letters(form, 0), "100"), "nhap.ba"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.different");
		// double entry stays on while forms wait
		assertThatThrownBy(() -> this.paper.setDoubleEntry(contest.id(), false))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.double.pending");

		// the committee chooses the first keying's answers and corrects the prediction
		PaperEntrySaved resolved = this.paper.resolve(contest.id(), "A002",
				paperEntry("Trần Văn Khác", cccd2, phone2, letters(form, 0), "99"), "cuocthi");
		assertThat(resolved.score()).isEqualTo(6);
		Map<String, Object> row = this.jdbc.sql("""
				select a.score, a.prediction from contest_attempt a
				join contest_participant p on p.id = a.participant_id where p.cccd = ? and a.paper = true
				""").param(cccd2).query().singleRow();
		assertThat(((Number) row.get("score")).intValue()).isEqualTo(6);
		assertThat(((Number) row.get("prediction")).longValue()).isEqualTo(99);
		assertThat(paperAttempts(contest)).isEqualTo(2);
		assertThat(this.paper.pendingSheets(contest.id())).isEmpty();
		assertThatThrownBy(() -> this.paper.resolve(contest.id(), "A002",
				paperEntry("Trần Văn Khác", cccd2, phone2, letters(form, 0), "99"), "cuocthi"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.not-different");
		assertThat(this.results.results(contest.id()).orElseThrow().rounds().get(0).placings())
			.extracting(ContestResults.Placing::fullName)
			.containsExactly("Trần Văn Khác", "Lê Thị Hai Lần");
		assertThat(audited(contest, "contest-paper-sheet-held")).isEqualTo(2);
		assertThat(audited(contest, "contest-paper-sheet-agreed")).isEqualTo(1);
		assertThat(audited(contest, "contest-paper-sheet-differs")).isEqualTo(1);
		assertThat(audited(contest, "contest-paper-sheet-resolved")).isEqualTo(1);
		assertThat(audited(contest, "contest-paper-entry-saved")).isEqualTo(2);

		// without double entry a form counts at once, and its sheet number only once
		this.paper.setDoubleEntry(contest.id(), false);
		PaperKeying single = this.paper.key(contest.id(), roundId, "B1",
				paperEntry("Ngô Văn Một Lần", cccd(), phone(), letters(form, 3), ""), "nhap.mot");
		assertThat(single.outcome()).isEqualTo(PaperKeying.Outcome.STORED);
		assertThat(single.saved().orElseThrow().score()).isEqualTo(3);
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "b 1",
				paperEntry("Ngô Văn Khác", cccd(), phone(), letters(form, 3), ""), "nhap.hai"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.stored");
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "A001", same, "nhap.hai"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.stored");
		assertThat(paperAttempts(contest)).isEqualTo(3);

		// a number is one sheet however it is written, as in the survey's paper entry:
		// 07 keyed, "Số 7" is the same sheet; digits whose separators leave the number
		// unclear, or a number below 1, are refused with the form and store nothing
		PaperKeying seven = this.paper.key(contest.id(), roundId, "07",
				paperEntry("Đinh Văn Bảy", cccd(), phone(), letters(form, 3), ""), "nhap.mot");
		assertThat(seven.sheetNumber()).isEqualTo("7");
		assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, "Số 7",
				paperEntry("Đinh Văn Khác", cccd(), phone(), letters(form, 3), ""), "nhap.hai"))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.sheetNumber.stored");
		for (Map.Entry<String, String> refused : Map
			.of("1,5", "unclear", "1.5", "unclear", "0", "positive", "7 * 8", "character", "-", "characters",
					"12345678901234567890", "large")
			.entrySet()) {
			assertThatThrownBy(() -> this.paper.key(contest.id(), roundId, refused.getKey(),
					paperEntry("Đinh Văn Sai", cccd(), phone(), letters(form, 3), ""), "nhap.mot"))
				.isInstanceOf(EntryRefusedException.class)
				.hasMessageContaining("contest.paper.problem.sheetNumber." + refused.getValue());
		}
		assertThat(paperAttempts(contest)).isEqualTo(4);
	}

	@Test
	void theCommitteeKeysTwiceOnThePagesAndResolvesTheDifferencesFieldByField() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		WebClient first = new WebClient(this.port);
		first.signIn("cuocthi", "parindex-demo");
		WebClient second = new WebClient(this.port);
		second.signIn("sonoivu", "parindex-demo");
		String overview = "/admin/contest/" + contest.id() + "/paper";
		assertThat(first.page(overview).body()).contains("id=\"paper-double-toggle\"", "Bật nhập hai lần");
		assertThat(first.post(overview, overview + "/double-entry", Map.of("on", "true")).statusCode()).isEqualTo(302);
		assertThat(first.page(overview).body()).contains("Tắt nhập hai lần");
		String entry = overview + "/" + roundId + "/entry";
		assertThat(first.page(entry).body()).contains("id=\"sheetNumber\"", "Số phiếu (bắt buộc)");

		String cccd = cccd();
		Map<String, String> fields = fields("Đinh Thị Trang", cccd, letters(form, 0), "01/06/2026");
		fields.put("sheetNumber", "P-7");
		// no sheet number: refused naming the field, nothing held
		Map<String, String> without = new HashMap<>(fields);
		without.remove("sheetNumber");
		var refused = first.post(entry, entry, without);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Số phiếu: bắt buộc khi cuộc thi nhập mỗi phiếu hai lần.",
				"value=\"Đinh Thị Trang\"");
		assertThat(this.paper.pendingSheets(contest.id())).isEmpty();

		var held = first.post(entry, entry, fields);
		assertThat(held.statusCode()).isEqualTo(302);
		assertThat(follow(first, held)).contains("Đã giữ phiếu số P-7 (chưa chấm, chưa xếp hạng)");
		Map<String, String> differing = new HashMap<>(fields);
		differing.put("prediction", "121");
		var differs = second.post(entry, entry, differing);
		assertThat(differs.statusCode()).isEqualTo(302);
		assertThat(follow(second, differs)).contains("Phiếu số P-7: hai lần nhập khác nhau ở 1 trường (Dự đoán)");
		assertThat(paperAttempts(contest)).isZero();

		assertThat(first.page(overview).body()).contains("id=\"paper-resolve-P-7\"", "Đối chiếu 1 trường khác nhau",
				"Võ Văn Hải", "Nguyễn Thị Thu Hằng");
		String sheet = overview + "/sheet/P-7";
		String page = first.page(sheet).body();
		assertThat(page)
			.contains("id=\"paper-diff-prediction\"", "Lần 1 (Võ Văn Hải)", "Lần 2 (Nguyễn Thị Thu Hằng)", ">120<",
					">121<", "id=\"own-prediction\"", "Đinh Thị Trang")
			.doesNotContain("id=\"own-fullName\"");
		// a differing field left unchosen is named, nothing stored
		var unchosen = first.post(sheet, sheet, Map.of());
		assertThat(unchosen.statusCode()).isEqualTo(400);
		assertThat(unchosen.body()).contains("Dự đoán: hãy chọn một trong hai lần nhập hoặc nhập giá trị sửa.");
		assertThat(paperAttempts(contest)).isZero();
		var resolved = first.post(sheet, sheet, Map.of("choice.prediction", "own", "own.prediction", "122"));
		assertThat(resolved.statusCode()).isEqualTo(302);
		assertThat(follow(first, resolved))
			.contains("Đã đối chiếu phiếu số P-7 và lưu phiếu của Đinh Thị Trang: đúng 6/6 câu.")
			.doesNotContain("id=\"paper-resolve-P-7\"");
		assertThat(this.jdbc.sql("""
				select a.prediction from contest_attempt a
				join contest_participant p on p.id = a.participant_id where p.cccd = ? and a.paper = true
				""").param(cccd).query(Long.class).single()).isEqualTo(122);
	}

	private static String follow(WebClient client, java.net.http.HttpResponse<String> redirect) {
		java.net.URI location = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return client
			.page(location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : ""))
			.body();
	}

	@Test
	void aCccdEnteredOnlineAndOnPaperKeepsBothAndIsFlagged() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		String cccd = cccd();
		this.clock.set(OPENS.plus(Duration.ofHours(2)));
		String participant = this.entries.register(contest.slug(), new Register("Đặng Văn Hai Kênh", "1990-03-15", cccd,
				phone(), "CB", String.valueOf(this.entries.units().get(0).id()), "Thôn 6", true, true));
		String attempt = this.entries.start(contest.slug(), participant);
		this.clock.set(OPENS.plus(Duration.ofHours(2)).plusSeconds(90));
		this.entries.submit(contest.slug(), attempt, Map.of(), 10L);

		// another date of birth for the same CCCD is refused
		assertThatThrownBy(() -> this.paper.enter(contest.id(), roundId,
				new PaperEntry("Đặng Văn Hai Kênh", "16/03/1990", cccd, phone(), "CB",
						String.valueOf(this.entries.units().get(0).id()), "Thôn 6", true, true, letters(form, 0), "",
						"01/06/2026", "")))
			.isInstanceOf(EntryRefusedException.class)
			.hasMessageContaining("contest.paper.problem.cccd.other-birth");
		PaperEntrySaved saved = this.paper.enter(contest.id(), roundId,
				new PaperEntry("Đặng Văn Hai Kênh", "15/03/1990", cccd, phone(), "CB",
						String.valueOf(this.entries.units().get(0).id()), "Thôn 6", true, true, letters(form, 0), "100",
						"01/06/2026", ""));
		assertThat(saved.alsoOnline()).isTrue();
		assertThat(saved.score()).isEqualTo(6);

		ContestResults.Standing round = this.results.results(contest.id()).orElseThrow().rounds().get(0);
		assertThat(round.placings()).hasSize(1);
		ContestResults.Placing placing = round.placings().get(0);
		assertThat(placing.attempts()).isEqualTo(2);
		// the best of the two counts: the paper form, all right
		assertThat(placing.score()).isEqualByComparingTo("6");
		assertThat(placing.paper()).isTrue();
		assertThat(placing.paperAndOnline()).isTrue();
		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		assertThat(committee.page("/admin/contest/" + contest.id() + "/results").body()).contains("Giấy và trực tuyến",
				"results-both-channels");

		// paper first, then online: the form does not use up the online attempt
		String first = cccd();
		this.paper.enter(contest.id(), roundId,
				new PaperEntry("Phiếu Trước", "15/03/1990", first, phone(), "ND",
						String.valueOf(this.entries.units().get(1).id()), "Thôn 7", true, true, letters(form, 2), "",
						"01/06/2026", ""));
		this.clock.set(OPENS.plus(Duration.ofHours(3)));
		String token = this.entries.resume(contest.slug(), first, "1990-03-15").orElseThrow();
		assertThat(this.entries.participant(contest.slug(), token).rounds().get(0).attemptsLeft()).isEqualTo(1);
		assertThat(this.entries.start(contest.slug(), token)).isNotBlank();
	}

	long audited(String action, String slug) {
		return this.jdbc.sql("select count(*) from identity_audit_event where action = ? and entity_id = ?")
			.params(action, slug)
			.query(Long.class)
			.single();
	}

	/**
	 * Two operators keying forms of the same person at once: neither is told the CCCD is
	 * taken; both forms are kept as paper entries of one participant, each audited.
	 */
	@Test
	void operatorsKeyingTheSameCccdAtOnceMakeEntriesOfOnePersonEachAudited() throws Exception {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		String cccd = cccd();
		String unit = String.valueOf(this.entries.units().get(0).id());
		List<java.util.concurrent.Callable<PaperEntrySaved>> operators = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String answers = letters(form, i);
			operators.add(() -> this.paper.enter(contest.id(), roundId, new PaperEntry("Vũ Thị Song", "15/03/1990",
					cccd, phone(), "ND", unit, "Thôn 8", true, false, answers, "", "01/06/2026", "")));
		}
		List<PaperEntrySaved> saved = ContestEntryScenario.race(operators);
		assertThat(saved).extracting(PaperEntrySaved::score).containsExactlyInAnyOrder(6, 5, 4, 3);
		assertThat(this.jdbc.sql("select count(*) from contest_participant where contest_id = ? and cccd = ?")
			.params(contest.id(), cccd)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(paperAttempts(contest)).isEqualTo(4);
		assertThat(audited("contest-paper-entry-saved", contest.slug())).isEqualTo(4);
		// the audit trail keeps no personal data: it outlives the retention period
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where entity_id = ? and "
					+ "(new_value like ? or new_value like ?)")
			.params(contest.slug(), "%" + cccd + "%", "%Vũ Thị Song%")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * "Chốt đề" clicked twice (or by two people at once) before the form exists: one
	 * draw, every click answers with it; drawing again takes a click on the fixed form.
	 */
	@Test
	void fixingAFormClickedTwiceAnswersAsTheFirst() throws Exception {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		List<java.util.concurrent.Callable<PaperForm>> clicks = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			clicks.add(() -> this.paper.fix(contest.id(), roundId, java.util.Optional.empty()));
		}
		List<PaperForm> forms = ContestEntryScenario.race(clicks);
		assertThat(forms.get(0).fixedAt()).isPresent();
		assertThat(forms).extracting(PaperForm::fixedAt).containsOnly(forms.get(0).fixedAt());
		assertThat(forms).extracting((f) -> f.questions().stream().map(QuestionShown::questionId).toList())
			.containsOnly(forms.get(0).questions().stream().map(QuestionShown::questionId).toList());
		assertThat(audited("contest-paper-form-fixed", contest.slug())).isEqualTo(1);

		WebClient committee = new WebClient(this.port);
		committee.signIn("cuocthi", "parindex-demo");
		String overview = "/admin/contest/" + contest.id() + "/paper";
		long seen = forms.get(0).fixedAt().orElseThrow().toEpochMilli();
		assertThat(committee.page(overview).body()).contains("name=\"seen\" value=\"" + seen + "\"");
		// a click sent from the page that showed no form yet: answered with the form
		assertThat(committee.post(overview, overview + "/" + roundId + "/fix", Map.of("seen", "")).statusCode())
			.isEqualTo(302);
		assertThat(committee.page(overview).body()).contains("name=\"seen\" value=\"" + seen + "\"");
		assertThat(audited("contest-paper-form-fixed", contest.slug())).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(committee.post(overview, overview + "/" + roundId + "/fix", Map.of("seen", String.valueOf(seen)))
			.statusCode()).isEqualTo(302);
		assertThat(audited("contest-paper-form-fixed", contest.slug())).isEqualTo(2);
		assertThat(this.paper.form(contest.id(), roundId).fixedAt().orElseThrow().toEpochMilli()).isNotEqualTo(seen);
	}

	/**
	 * Once the retention job anonymised a contest (its mark set here), a paper form with
	 * personal data is refused.
	 */
	@Test
	void anAnonymisedContestTakesNoPaperEntries() {
		ContestView contest = contest();
		long roundId = contest.rounds().get(0).id();
		PaperForm form = this.paper.fix(contest.id(), roundId);
		this.jdbc.sql("update contest_contest set personal_data_erased_at = ? where id = ?")
			.params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), contest.id())
			.update();
		assertThatThrownBy(() -> this.paper.enter(contest.id(), roundId,
				new PaperEntry("Hồ Văn Muộn", "15/03/1990", cccd(), phone(), "ND",
						String.valueOf(this.entries.units().get(0).id()), "Thôn 9", true, false, letters(form, 0), "",
						"01/06/2026", "")))
			.isInstanceOfSatisfying(EntryRefusedException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.entry.anonymised"));
		assertThat(paperAttempts(contest)).isZero();
	}

	@Test
	void theDemoSeedContestHasPaperEntriesAndPublishedResultsWithPrizes() {
		ContestView seed = this.contests.findBySlug("cchc-dak-po-2022").orElseThrow();
		PaperForm form = this.paper.form(seed.id(), seed.rounds().get(0).id());
		assertThat(form.paperEntries()).isEqualTo(30);
		assertThat(form.questions()).hasSize(20);
		// four perfect forms: the prediction's true value
		assertThat(seed.predictionTrueValue()).isEqualTo(4L);
		ContestResults results = this.results.results(seed.id()).orElseThrow();
		assertThat(results.publishedAt()).isNotNull();
		ContestResults.Standing round = results.rounds().get(0);
		assertThat(round.placings()).hasSize(30).allSatisfy((p) -> assertThat(p.paper()).isTrue());
		// equal scores decided by the prediction's distance to 4
		assertThat(round.placings().subList(0, 4)).extracting(ContestResults.Placing::fullName)
			.containsExactly("Trần Thị Lan", "Nguyễn Văn Hùng", "Châu Thị Diễm", "Lê Văn Thành");
		assertThat(round.placings().get(0).prize()).isEqualTo("Giải Nhất");
		String page = new WebClient(this.port).page("/cuoc-thi/cchc-dak-po-2022/ket-qua-chung-cuoc").body();
		assertThat(page).contains("Trần Thị Lan", "Giải Nhất", "Giải Khuyến khích")
			.doesNotContain("064078210000")
			.doesNotContain("0961400000");
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
