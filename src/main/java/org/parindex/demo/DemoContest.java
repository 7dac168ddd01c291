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
import org.parindex.contest.ContestService;
import org.parindex.contest.DefineContest;
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

	DemoContest(ContestService contests, QuestionBankService banks, ImportSettings imports, Clock clock) {
		this.contests = contests;
		this.banks = banks;
		this.imports = imports;
		this.clock = clock;
	}

	/** Creates the demo's question bank and contests if missing. */
	void load() {
		long bank = bank();
		if (this.contests.findBySlug(SEED).isEmpty()) {
			this.contests.create(seed(bank));
		}
		if (this.contests.findBySlug(OPEN).isEmpty()) {
			this.contests.create(openNow(bank));
		}
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
				CollectiveFormula.ENTRIES, true, bank, GROUPS, rounds, prizes(), new BigDecimal("5"), null);
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
