package org.parindex.contest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The attempt's end and the grace period, to the millisecond, on the seed's contest
 * (16h00 24/05/2022 to 16h00 09/06/2022, Vietnam's time).
 */
class AttemptDeadlineTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Instant WINDOW_END = LocalDateTime.of(2022, 6, 9, 16, 0).atZone(VIETNAM).toInstant();

	private final AttemptDeadline deadline = new AttemptDeadline(WINDOW_END, Duration.ofMinutes(20),
			Duration.ofSeconds(30));

	@Test
	void anAttemptEndsAtItsTimeLimitOrTheWindowsEndWhicheverComesFirst() {
		Instant morning = LocalDateTime.of(2022, 6, 9, 9, 0).atZone(VIETNAM).toInstant();
		assertThat(this.deadline.endOf(morning)).isEqualTo(morning.plus(Duration.ofMinutes(20)));
		Instant late = WINDOW_END.minus(Duration.ofMinutes(5));
		assertThat(this.deadline.endOf(late)).isEqualTo(WINDOW_END);
	}

	@Test
	void theTimeLimitsEdgesToTheMillisecond() {
		Instant start = LocalDateTime.of(2022, 6, 1, 8, 0).atZone(VIETNAM).toInstant();
		Instant end = start.plus(Duration.ofMinutes(20));
		assertThat(this.deadline.judge(start, end)).isEqualTo(AttemptDeadline.Verdict.ON_TIME);
		// within the deadline's own millisecond: still on time
		assertThat(this.deadline.judge(start, end.plusNanos(999_999))).isEqualTo(AttemptDeadline.Verdict.ON_TIME);
		assertThat(this.deadline.judge(start, end.plusMillis(1))).isEqualTo(AttemptDeadline.Verdict.IN_GRACE);
		assertThat(this.deadline.judge(start, end.plusSeconds(30))).isEqualTo(AttemptDeadline.Verdict.IN_GRACE);
		assertThat(this.deadline.judge(start, end.plusSeconds(30).plusMillis(1)))
			.isEqualTo(AttemptDeadline.Verdict.LATE);
	}

	@Test
	void theWindowsEndAndItsGraceToTheMillisecond() {
		Instant start = WINDOW_END.minus(Duration.ofMinutes(3));
		assertThat(this.deadline.judge(start, WINDOW_END.minusMillis(1))).isEqualTo(AttemptDeadline.Verdict.ON_TIME);
		assertThat(this.deadline.judge(start, WINDOW_END)).isEqualTo(AttemptDeadline.Verdict.ON_TIME);
		assertThat(this.deadline.judge(start, WINDOW_END.plusMillis(1))).isEqualTo(AttemptDeadline.Verdict.IN_GRACE);
		assertThat(this.deadline.judge(start, WINDOW_END.plusMillis(30_000)).counts()).isTrue();
		assertThat(this.deadline.judge(start, WINDOW_END.plusMillis(30_001)).counts()).isFalse();
	}

	@Test
	void withoutGraceTheFirstMillisecondLateIsRefused() {
		AttemptDeadline strict = new AttemptDeadline(WINDOW_END, Duration.ofMinutes(20), Duration.ZERO);
		Instant start = WINDOW_END.minus(Duration.ofMinutes(1));
		assertThat(strict.judge(start, WINDOW_END)).isEqualTo(AttemptDeadline.Verdict.ON_TIME);
		assertThat(strict.judge(start, WINDOW_END.plusMillis(1))).isEqualTo(AttemptDeadline.Verdict.LATE);
	}

	@Test
	void refusesATimeLimitOfZeroAndANegativeGrace() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AttemptDeadline(WINDOW_END, Duration.ZERO, Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AttemptDeadline(WINDOW_END, Duration.ofMinutes(1), Duration.ofMillis(-1)));
	}

}
