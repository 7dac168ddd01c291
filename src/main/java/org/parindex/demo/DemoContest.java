package org.parindex.demo;

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
import org.parindex.contest.TieBreak;

import org.springframework.stereotype.Component;

/**
 * The demo's knowledge contests (issue 11, "Done when"): the seed's contest of Đak Pơ
 * district, launched on 24/05/2022 (16h00 24/05/2022 to 16h00 09/06/2022, online on the
 * district's portal or on paper forms), and one contest open now, in weekly rounds, to
 * try. Each is created only if its address is free, so an existing demo database gets
 * them on its next start.
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

	private final ContestService contests;

	private final Clock clock;

	DemoContest(ContestService contests, Clock clock) {
		this.contests = contests;
		this.clock = clock;
	}

	/** Creates the demo's contests whose addresses are free. */
	void load() {
		if (this.contests.findBySlug(SEED).isEmpty()) {
			this.contests.create(seed());
		}
		if (this.contests.findBySlug(OPEN).isEmpty()) {
			this.contests.create(openNow());
		}
	}

	private static DefineContest seed() {
		Instant opens = vietnam(LocalDateTime.of(2022, 5, 24, 16, 0));
		Instant closes = vietnam(LocalDateTime.of(2022, 6, 9, 16, 0));
		return new DefineContest(SEED, "Cuộc thi tìm hiểu về công tác cải cách hành chính huyện Đak Pơ năm 2022",
				"Ban Tổ chức Cuộc thi, Ủy ban nhân dân huyện Đak Pơ", RULES, opens, closes, 60, 16, null,
				"Có bao nhiêu người dự thi có bài đạt điểm tuyệt đối?", null,
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME),
				CollectiveFormula.ENTRIES, false, null, GROUPS,
				List.of(new DefineContest.Round("Toàn cuộc thi", opens, closes, 1, AttemptPolicy.FIRST, 1800, 20)),
				prizes(), null, null);
	}

	/**
	 * A contest open since yesterday for four weeks, a round a week (three attempts, the
	 * best counts), so that every page can be tried in the demo.
	 */
	private DefineContest openNow() {
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		Instant opens = vietnam(today.minusDays(1).atTime(16, 0));
		List<DefineContest.Round> rounds = new ArrayList<>();
		for (int week = 0; week < 4; week++) {
			Instant start = opens.plus(Duration.ofDays(7L * week));
			rounds.add(new DefineContest.Round("Tuần " + (week + 1), start, start.plus(Duration.ofDays(7)), 3,
					AttemptPolicy.BEST, 900, 10));
		}
		return new DefineContest(OPEN, "Cuộc thi thử: tìm hiểu về cải cách hành chính (dữ liệu minh họa)",
				"Ban Tổ chức Cuộc thi, Sở Nội vụ (minh họa)", RULES, opens, opens.plus(Duration.ofDays(28)), 60, 16,
				null, "Có bao nhiêu lượt thi đạt điểm tuyệt đối trong tuần?", null,
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME,
						TieBreak.FEWER_ATTEMPTS),
				CollectiveFormula.ENTRIES, true, null, GROUPS, rounds, prizes(), new BigDecimal("5"), null);
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
