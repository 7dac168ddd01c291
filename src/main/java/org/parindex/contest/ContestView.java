package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A stored knowledge contest as pages show it (issue 11 item 1). Fields as in
 * {@link DefineContest}; groups, rounds and prize levels in their order.
 *
 * @param id the contest's key
 * @param version changes with every save (for edits made from a stale page)
 * @param retentionDays days after the close that personal data is kept, if set
 */
public record ContestView(long id, String slug, String title, String organiser, String rules, Instant opensAt,
		Instant closesAt, int graceSeconds, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable String predictionQuestion, @Nullable Long predictionTrueValue, List<TieBreak> tieBreaks,
		CollectiveFormula collective, boolean onePerPhone, @Nullable Long questionBankId, List<GroupView> groups,
		List<RoundView> rounds, List<PrizeLevelView> prizes, @Nullable BigDecimal prizeMinScore,
		@Nullable Integer prizeCapPercent, int version, @Nullable Integer retentionDays) {

	public ContestView {
		tieBreaks = List.copyOf(tieBreaks);
		groups = List.copyOf(groups);
		rounds = List.copyOf(rounds);
		prizes = List.copyOf(prizes);
	}

	/** Where the contest stands at {@code now}: not yet open, open or closed. */
	public ContestStatus status(Instant now) {
		if (now.isBefore(this.opensAt)) {
			return ContestStatus.NOT_YET_OPEN;
		}
		return now.isBefore(this.closesAt) ? ContestStatus.OPEN : ContestStatus.CLOSED;
	}

	/**
	 * The first moment its results may be published: once the contest and every round
	 * have closed and the grace period after the last close is over, so that no
	 * submission that still counts can change them.
	 */
	public Instant resultsFrom() {
		Instant last = this.rounds.stream()
			.map(RoundView::closesAt)
			.reduce(this.closesAt, (a, b) -> a.isAfter(b) ? a : b);
		return last.plus(grace());
	}

	/**
	 * When the participants' personal data becomes due for anonymisation
	 * ({@link ContestRetention}): the close plus the retention period; {@code null} while
	 * the committee has set no period (the data is then kept until it sets one).
	 */
	public @Nullable Instant retentionEndsAt() {
		return (this.retentionDays != null) ? this.closesAt.plus(Duration.ofDays(this.retentionDays)) : null;
	}

	/**
	 * The first moment after {@code now} at which the contest's public page changes what
	 * it says: the contest's or a round's opening or close, whichever comes first; empty
	 * when none is left. A page shown at {@code now} may be kept by a cache until then at
	 * most (issue 11 item 7).
	 */
	public Optional<Instant> nextChangeAfter(Instant now) {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(this.opensAt, this.closesAt),
					this.rounds.stream()
						.flatMap((round) -> java.util.stream.Stream.of(round.opensAt(), round.closesAt())))
			.filter((moment) -> moment.isAfter(now))
			.min(java.util.Comparator.naturalOrder());
	}

	/**
	 * Whether the time for registering and taking attempts is over at {@code now}: the
	 * contest has closed, or no round is open or still to open (its last round has
	 * closed). Before the opening and between rounds it is not over.
	 */
	public boolean over(Instant now) {
		return status(now) == ContestStatus.CLOSED
				|| this.rounds.stream().noneMatch((round) -> round.closesAt().isAfter(now));
	}

	/**
	 * The round that takes registrations and attempts at {@code now}: the round open
	 * then, while the contest itself is open; empty before the opening, between rounds
	 * and after the close.
	 */
	public Optional<RoundView> openRound(Instant now) {
		return (status(now) == ContestStatus.OPEN) ? roundAt(now) : Optional.empty();
	}

	/** The round open at {@code now}, if any. */
	public Optional<RoundView> roundAt(Instant now) {
		return this.rounds.stream()
			.filter((round) -> !now.isBefore(round.opensAt()) && now.isBefore(round.closesAt()))
			.findFirst();
	}

	/** The grace period after an attempt's end ({@link AttemptDeadline}). */
	public Duration grace() {
		return Duration.ofSeconds(this.graceSeconds);
	}

	/** The prizes each round awards, as {@link PrizeAllocation} reads them. */
	public PrizePlan prizePlan() {
		return ContestRules.prizePlan(this.prizes.stream()
			.map((level) -> new DefineContest.PrizeLevel(level.name(), level.quotas()))
			.toList(), this.prizeMinScore, this.prizeCapPercent);
	}

	/** This contest as a definition to change. */
	public DefineContest definition() {
		return new DefineContest(this.slug, this.title, this.organiser, this.rules, this.opensAt, this.closesAt,
				this.graceSeconds, this.minAge, this.maxAge, this.predictionQuestion, this.predictionTrueValue,
				this.tieBreaks, this.collective, this.onePerPhone, this.questionBankId,
				this.groups.stream()
					.map((g) -> new DefineContest.Group(g.code(), g.name(), g.questionBankId()))
					.toList(),
				this.rounds.stream()
					.map((r) -> new DefineContest.Round(r.name(), r.opensAt(), r.closesAt(), r.attemptsAllowed(),
							r.policy(), r.timeLimitSeconds(), r.questionCount()))
					.toList(),
				this.prizes.stream().map((p) -> new DefineContest.PrizeLevel(p.name(), p.quotas())).toList(),
				this.prizeMinScore, this.prizeCapPercent, this.retentionDays);
	}

	/** A participant group ({@link DefineContest.Group}). */
	public record GroupView(long id, String code, String name, @Nullable Long questionBankId) {
	}

	/** A round ({@link DefineContest.Round}); {@code number} counts from 1. */
	public record RoundView(long id, int number, String name, Instant opensAt, Instant closesAt, int attemptsAllowed,
			AttemptPolicy policy, int timeLimitSeconds, int questionCount) {

		/**
		 * The attempt's deadline rules of this round under the contest's grace period.
		 */
		public AttemptDeadline deadline(Duration grace) {
			return new AttemptDeadline(this.closesAt, Duration.ofSeconds(this.timeLimitSeconds), grace);
		}

	}

	/**
	 * A prize level; quotas by group code, {@link DefineContest.PrizeLevel#ANY_GROUP} for
	 * any group.
	 */
	public record PrizeLevelView(String name, java.util.Map<String, Integer> quotas) {

		public PrizeLevelView {
			quotas = java.util.Map.copyOf(quotas);
		}

		/** The number of prizes at this level over every group. */
		public int total() {
			return this.quotas.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
