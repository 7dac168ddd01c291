package org.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parindex.contest.AttemptPolicy;
import org.parindex.contest.CollectiveFormula;
import org.parindex.contest.ContestPaperService;
import org.parindex.contest.ContestResultService;
import org.parindex.contest.ContestService;
import org.parindex.contest.ContestView;
import org.parindex.contest.DefineContest;
import org.parindex.contest.EntryService;
import org.parindex.contest.EntryUnit;
import org.parindex.contest.PaperEntry;
import org.parindex.contest.PaperForm;
import org.parindex.contest.QuestionShown;
import org.parindex.contest.QuestionBankService;
import org.parindex.contest.QuestionBankView;
import org.parindex.contest.TieBreak;
import org.parindex.platform.ImportSettings;
import org.parindex.platform.TabularFiles;

import org.springframework.stereotype.Component;

/**
 * The demo's knowledge contests (issue 11, "Done when"): the seed's contest of Đak Pơ
 * district, launched on 24/05/2022 (16h00 24/05/2022 to 16h00 09/06/2022, online on the
 * district's portal or on paper forms), and one contest open now, in weekly rounds, to
 * try, both drawing from the demo's question bank of 72 questions on administrative
 * reform ({@code demo/contest-questions.csv}, sources in {@code docs/contest.md}). Each
 * is created only if missing, so an existing demo database gets them on its next start.
 */
@Component
class DemoContest {

	/** The seed's contest's public address. */
	static final String SEED = "cchc-dak-po-2022";

	/** The contest open now. */
	static final String OPEN = "cchc-thu-nghiem";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<DefineContest.Group> GROUPS = List.of(
			new DefineContest.Group("CB", "Cán bộ, công chức, viên chức", null),
			new DefineContest.Group("ND", "Nhân dân, học sinh, sinh viên", null));

	private static final String RULES = """
			Cuộc thi tìm hiểu về công tác cải cách hành chính do Ủy ban nhân dân huyện Đak Pơ phát động nhằm \
			nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về cải cách hành chính.

			Đối tượng dự thi: cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị trên địa bàn \
			huyện và mọi người dân từ 16 tuổi trở lên. Thành viên Ban Tổ chức và Tổ giúp việc không dự thi.

			Hình thức thi: trực tuyến trên Cổng Thông tin điện tử của huyện, hoặc trả lời theo mẫu phiếu gửi Ban \
			Tổ chức Cuộc thi. Mỗi bài thi gồm 20 câu hỏi trắc nghiệm và một câu hỏi dự đoán số người dự thi có \
			bài đạt điểm tuyệt đối.

			Xếp giải: bài có điểm cao hơn xếp trên; bằng điểm thì xét dự đoán gần đáp số hơn, rồi thời gian làm \
			bài ngắn hơn, rồi nộp bài sớm hơn.""";

	/**
	 * The rules of the contest open now, as its settings have them: four weekly rounds,
	 * ten questions in fifteen minutes, three attempts a round with the best counted.
	 */
	private static final String OPEN_RULES = """
			Cuộc thi thử tìm hiểu về cải cách hành chính (dữ liệu minh họa) giúp người dùng trải nghiệm cách dự \
			thi trực tuyến trên ParIndex.

			Đối tượng dự thi: cán bộ, công chức, viên chức, người lao động và mọi người dân từ 16 tuổi trở lên.

			Thời gian: 4 tuần, mỗi tuần là một đợt thi. Trong mỗi đợt, mỗi người được làm tối đa 3 lượt; lượt \
			có kết quả cao nhất được tính. Mỗi lượt gồm 10 câu hỏi trắc nghiệm, làm trong 15 phút, và một câu \
			hỏi dự đoán số lượt thi đạt điểm tuyệt đối trong tuần.

			Xếp giải từng tuần: bài có điểm cao hơn xếp trên; bằng điểm thì xét dự đoán gần đáp số hơn, rồi thời \
			gian làm bài ngắn hơn, rồi nộp bài sớm hơn, rồi số lượt thi ít hơn.""";

	/** The demo's question bank. */
	static final String BANK = "Ngân hàng câu hỏi tìm hiểu cải cách hành chính (minh họa)";

	private final ContestService contests;

	private final QuestionBankService banks;

	private final ImportSettings imports;

	private final Clock clock;

	private final ContestPaperService paper;

	private final EntryService entries;

	private final ContestResultService results;

	DemoContest(ContestService contests, QuestionBankService banks, ImportSettings imports, Clock clock,
			ContestPaperService paper, EntryService entries, ContestResultService results) {
		this.contests = contests;
		this.banks = banks;
		this.imports = imports;
		this.clock = clock;
		this.paper = paper;
		this.entries = entries;
		this.results = results;
	}

	/**
	 * Creates the demo's question bank and contests if missing, and the seed's paper
	 * entries and published results if it has no paper entry yet.
	 */
	void load() {
		long bank = bank();
		if (this.contests.findBySlug(SEED).isEmpty()) {
			this.contests.create(seed(bank));
		}
		if (this.contests.findBySlug(OPEN).isEmpty()) {
			this.contests.create(openNow(bank));
		}
		seedPaperEntries(this.contests.findBySlug(SEED).orElseThrow());
		seedOnlineEntries(this.contests.findBySlug(OPEN).orElseThrow());
	}

	/**
	 * People who took the open contest online: name, year of birth, female, wrong answers
	 * of the first attempt, of a second attempt ({@code -1}: none), prediction, whether
	 * they chose to publish their result.
	 */
	private static final Object[][] ONLINE = { { "Nguyễn Thị Minh Anh", 1994, true, 0, -1, 3L, true },
			{ "Trần Văn Bình", 1987, false, 2, 0, 4L, true }, { "Lê Thị Cúc", 1979, true, 1, -1, 2L, true },
			{ "Ksor Văn Dũng", 2002, false, 3, 1, 5L, false }, { "Phạm Thị Giang", 1990, true, 1, -1, 3L, true },
			{ "Hoàng Văn Hải", 1968, false, 4, -1, 1L, true }, { "Rơ Chăm H'Yên", 2005, true, 2, 2, 6L, true },
			{ "Đỗ Văn Khánh", 1983, false, 5, 3, 2L, false }, { "Vũ Thị Liên", 1997, true, 0, -1, 4L, true },
			{ "Bùi Văn Mạnh", 1975, false, 6, -1, 10L, true }, { "Ngô Thị Oanh", 2000, true, 3, -1, 3L, true },
			{ "Đinh Văn Phúc", 1992, false, 2, 1, 3L, true } };

	/**
	 * The open contest's online entries, taken through {@link EntryService} as the public
	 * pages do (registration, start, submission; some take a second attempt, the best
	 * counting), so that the committee's results and statistics show rows. Done only
	 * while the contest's current round is open and its first demo participant is not
	 * registered yet. The entries are taken at the demo's start, so their durations are
	 * short.
	 */
	private void seedOnlineEntries(ContestView contest) {
		Instant now = this.clock.instant();
		if (contest.openRound(now).isEmpty() || this.entries.resume(OPEN, onlineCccd(0), onlineBirth(0)).isPresent()) {
			return;
		}
		List<EntryUnit> units = this.entries.units();
		for (int i = 0; i < ONLINE.length; i++) {
			Object[] row = ONLINE[i];
			EntryUnit unit = units.get((i * 3 + 1) % units.size());
			String participant = this.entries.register(OPEN,
					new org.parindex.contest.Register((String) row[0], onlineBirth(i), onlineCccd(i),
							String.format("0977%06d", 120_000 + i * 131), (i % 2 == 0) ? "CB" : "ND",
							String.valueOf(unit.id()), "Tổ " + (1 + i % 5) + ", " + unit.name(), true,
							(Boolean) row[6]));
			attempt(participant, (Integer) row[3], (Long) row[5]);
			if ((Integer) row[4] >= 0) {
				attempt(participant, (Integer) row[4], (Long) row[5]);
			}
		}
	}

	/** Starts an attempt and submits it with the first {@code wrong} answers wrong. */
	private void attempt(String participant, int wrong, long prediction) {
		String token = this.entries.start(OPEN, participant);
		Map<Integer, java.util.Set<Integer>> answers = new java.util.LinkedHashMap<>();
		int n = 0;
		for (QuestionShown question : this.entries.attempt(OPEN, token).questions()) {
			java.util.Set<Integer> key = this.banks.find(question.questionId()).orElseThrow().correctPositions();
			java.util.Set<Integer> chosen = new java.util.TreeSet<>(key);
			if (n < wrong) {
				chosen = question.options()
					.stream()
					.map(QuestionShown.Option::position)
					.filter((position) -> !key.contains(position))
					.limit(1)
					.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
			}
			answers.put(question.number(), chosen);
			n++;
		}
		this.entries.submit(OPEN, token, answers, prediction);
	}

	private static String onlineBirth(int i) {
		Object[] row = ONLINE[i];
		return String.format("%d-%02d-%02d", (Integer) row[1], 1 + (i * 5) % 12, 1 + (i * 7) % 28);
	}

	private static String onlineCccd(int i) {
		Object[] row = ONLINE[i];
		int year = (Integer) row[1];
		int century = (year >= 2000 ? 2 : 0) + ((Boolean) row[2] ? 1 : 0);
		return String.format("064%d%02d%06d", century, year % 100, 330_000 + i * 41);
	}

	/**
	 * People who sent paper forms to the seed's contest: name, year of birth, female, day
	 * of June or May received ({@code 524} is 24/05), wrong answers, prediction. Several
	 * share a score, and some also a prediction, so that the tie-break chain shows
	 * (prediction distance, then the day received: a paper form has no duration).
	 */
	private static final Object[][] PAPER = { { "Nguyễn Văn Hùng", 1978, false, 525, 0, 12L },
			{ "Trần Thị Lan", 1985, true, 526, 0, 9L }, { "Lê Văn Thành", 1990, false, 527, 0, 15L },
			{ "Phạm Thị Hoa", 1982, true, 528, 1, 11L }, { "Hoàng Văn Nam", 1975, false, 529, 1, 11L },
			{ "Đinh Thị Mai", 1995, true, 530, 1, 20L }, { "Rơ Mah H'Linh", 1998, true, 531, 2, 8L },
			{ "Siu Văn Đức", 1988, false, 601, 2, 10L }, { "Võ Thị Thu", 1993, true, 601, 2, 10L },
			{ "Bùi Văn Tài", 1970, false, 602, 3, 30L }, { "Ngô Thị Hạnh", 2001, true, 602, 3, 14L },
			{ "Đặng Văn Phong", 1966, false, 603, 4, 5L }, { "Kpă Thị Nhung", 2004, true, 603, 4, 12L },
			{ "Huỳnh Văn Lợi", 1980, false, 604, 5, 13L }, { "Dương Thị Kim", 1987, true, 604, 5, 7L },
			{ "Lý Văn Tâm", 1972, false, 605, 6, 16L }, { "Mai Thị Hương", 1999, true, 605, 6, 12L },
			{ "Trương Văn Quý", 1984, false, 606, 7, 25L }, { "Phan Thị Ngọc", 1991, true, 606, 7, 10L },
			{ "Vũ Văn Khoa", 1979, false, 607, 8, 11L }, { "Cao Thị Yến", 2003, true, 607, 8, 18L },
			{ "Đỗ Văn Hiếu", 1968, false, 607, 9, 9L }, { "Hồ Thị Trang", 1996, true, 608, 10, 12L },
			{ "Lâm Văn Bảo", 1983, false, 608, 10, 12L }, { "Tạ Thị Loan", 1976, true, 608, 11, 40L },
			{ "Nay Văn Blúp", 1992, false, 609, 12, 6L }, { "Châu Thị Diễm", 2000, true, 609, 0, 13L },
			{ "Kiều Văn Sang", 1986, false, 609, 1, 12L }, { "Lục Thị Xuân", 1974, true, 530, 3, 12L },
			{ "Quách Văn Toàn", 1981, false, 531, 2, 11L } };

	/**
	 * The seed's paper forms keyed through {@link ContestPaperService} (its round's form
	 * fixed first), the prediction's true value (the number of perfect forms) entered and
	 * the results published, so that the public results page of the demo shows the
	 * prizes. Done only while the seed's round has no paper entry.
	 */
	private void seedPaperEntries(ContestView contest) {
		ContestView.RoundView round = contest.rounds().get(0);
		PaperForm form = this.paper.form(contest.id(), round.id());
		if (form.paperEntries() > 0) {
			return;
		}
		if (form.fixedAt().isEmpty()) {
			form = this.paper.fix(contest.id(), round.id());
		}
		List<EntryUnit> units = this.entries.units();
		int perfect = 0;
		for (int i = 0; i < PAPER.length; i++) {
			Object[] row = PAPER[i];
			int year = (Integer) row[1];
			boolean female = (Boolean) row[2];
			int day = (Integer) row[3];
			int wrong = (Integer) row[4];
			String birth = String.format("%02d/%02d/%d", 1 + (i * 7) % 28, 1 + (i * 5) % 12, year);
			int century = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
			String cccd = String.format("064%d%02d%06d", century, year % 100, 210_000 + i * 37);
			String phone = String.format("0%d%08d", (i % 2 == 0) ? 9 : 3, 61_400_000 + i * 113);
			String received = String.format("%02d/%02d/2022", day % 100, day / 100);
			EntryUnit unit = units.get((i * 5) % units.size());
			this.paper.enter(contest.id(), round.id(),
					new PaperEntry((String) row[0], birth, cccd, phone, (i % 3 == 0) ? "CB" : "ND",
							String.valueOf(unit.id()), "Thôn " + (1 + i % 7) + ", " + unit.name(), true, i % 9 != 4,
							answers(form, wrong), String.valueOf(row[5]), received, ""));
			if (wrong == 0) {
				perfect++;
			}
		}
		DefineContest definition = contest.definition();
		this.contests.change(contest.id(), contest.version(),
				new DefineContest(definition.slug(), definition.title(), definition.organiser(), definition.rules(),
						definition.opensAt(), definition.closesAt(), definition.graceSeconds(), definition.minAge(),
						definition.maxAge(), definition.predictionQuestion(), (long) perfect, definition.tieBreaks(),
						definition.collective(), definition.onePerPhone(), definition.questionBankId(),
						definition.groups(), definition.rounds(), definition.prizes(), definition.prizeMinScore(),
						definition.prizeCapPercent(), definition.retentionDays()));
		this.results.publish(contest.id());
	}

	/**
	 * The letters of a form's answers, the first {@code wrong} questions answered wrongly
	 * (the first wrong option), spaces between questions.
	 */
	private String answers(PaperForm form, int wrong) {
		StringBuilder typed = new StringBuilder();
		int n = 0;
		for (QuestionShown question : form.questions()) {
			java.util.Set<Integer> key = this.banks.find(question.questionId()).orElseThrow().correctPositions();
			StringBuilder letters = new StringBuilder();
			for (QuestionShown.Option option : question.options()) {
				boolean right = key.contains(option.position());
				if (n < wrong && !right) {
					letters.append(option.letter());
					break;
				}
				if (n >= wrong && right) {
					letters.append(option.letter());
				}
			}
			typed.append(letters).append(' ');
			n++;
		}
		return typed.toString().strip();
	}

	private long bank() {
		return this.banks.banks()
			.stream()
			.filter((bank) -> bank.name().equals(BANK))
			.findFirst()
			.map(QuestionBankView::id)
			.orElseGet(() -> {
				long id = this.banks.createBank(BANK).id();
				try (InputStream in = DemoContest.class.getResourceAsStream("/demo/contest-questions.csv")) {
					this.banks.importRows(id, TabularFiles.read("contest-questions.csv", in, this.imports.limits()),
							false);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return id;
			});
	}

	/**
	 * Days the open contest keeps its participants' personal data after it closes, as its
	 * registration page's notice says (the seed contest of 2022 sets none, so that its
	 * published winners keep their names in the demo; its notice says so).
	 */
	static final int OPEN_RETENTION_DAYS = 90;

	private static DefineContest seed(long bank) {
		Instant opens = vietnam(LocalDateTime.of(2022, 5, 24, 16, 0));
		Instant closes = vietnam(LocalDateTime.of(2022, 6, 9, 16, 0));
		return new DefineContest(SEED, "Cuộc thi tìm hiểu về công tác cải cách hành chính huyện Đak Pơ năm 2022",
				"Ban Tổ chức Cuộc thi, Ủy ban nhân dân huyện Đak Pơ", RULES, opens, closes, 60, 16, null,
				"Có bao nhiêu người dự thi có bài đạt điểm tuyệt đối?", null,
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME),
				CollectiveFormula.ENTRIES, false, bank, GROUPS,
				List.of(new DefineContest.Round("Toàn cuộc thi", opens, closes, 1, AttemptPolicy.FIRST, 1800, 20)),
				prizes(), null, null);
	}

	/**
	 * A contest open since yesterday for four weeks, a round a week (three attempts, the
	 * best counts), so that every page can be tried in the demo.
	 */
	private DefineContest openNow(long bank) {
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		Instant opens = vietnam(today.minusDays(1).atTime(16, 0));
		List<DefineContest.Round> rounds = new ArrayList<>();
		for (int week = 0; week < 4; week++) {
			Instant start = opens.plus(Duration.ofDays(7L * week));
			rounds.add(new DefineContest.Round("Tuần " + (week + 1), start, start.plus(Duration.ofDays(7)), 3,
					AttemptPolicy.BEST, 900, 10));
		}
		return new DefineContest(OPEN, "Cuộc thi thử: tìm hiểu về cải cách hành chính (dữ liệu minh họa)",
				"Ban Tổ chức Cuộc thi, Sở Nội vụ (minh họa)", OPEN_RULES, opens, opens.plus(Duration.ofDays(28)), 60,
				16, null, "Có bao nhiêu lượt thi đạt điểm tuyệt đối trong tuần?", null,
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME,
						TieBreak.FEWER_ATTEMPTS),
				CollectiveFormula.ENTRIES, true, bank, GROUPS, rounds, prizes(), new BigDecimal("5"), null,
				OPEN_RETENTION_DAYS);
	}

	private static List<DefineContest.PrizeLevel> prizes() {
		return List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1)),
				new DefineContest.PrizeLevel("Giải Nhì", Map.of("*", 2)),
				new DefineContest.PrizeLevel("Giải Ba", Map.of("*", 3)),
				new DefineContest.PrizeLevel("Giải Khuyến khích", Map.of("CB", 5, "ND", 5)));
	}

	private static Instant vietnam(LocalDateTime time) {
		return time.atZone(VIETNAM).toInstant();
	}

}
