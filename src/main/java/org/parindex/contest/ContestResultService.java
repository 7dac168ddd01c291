package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import org.parindex.organization.OrganizationService;
import org.parindex.platform.AuditableChange;
import org.parindex.organization.UnitView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contest's results (issue 11 item 5), read-only: per round, the individual ranking of
 * the participants' counted entries under the round's {@link AttemptPolicy} and the
 * contest's tie-break chain ({@link ContestRanking}, with the prediction's true value
 * once the committee entered it), the prizes of the contest's plan
 * ({@link PrizeAllocation}), and the collective ranking of units by the contest's
 * {@link CollectiveFormula}. A contest of two rounds or more also gets an overall
 * standing: each participant's best counted round entry under the same chain (prizes stay
 * per round, as the plan says). Sources: {@code shared/domain/contest.md},
 * {@code docs/contest.md} (Results).
 */
@Service
public class ContestResultService {

	/** The largest population a unit may be given. */
	public static final int MAX_POPULATION = 100_000_000;

	/** Days of participation are counted in Vietnam time. */
	private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final ContestRepository contests;

	private final ResultRepository results;

	private final OrganizationService organization;

	private final QuestionBankService banks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContestResultService(ContestRepository contests, ResultRepository results, OrganizationService organization,
			QuestionBankService banks, ApplicationEventPublisher events, Clock clock) {
		this.contests = contests;
		this.results = results;
		this.organization = organization;
		this.banks = banks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes the contest's results on its public page
	 * ({@code /cuoc-thi/{slug}/ket-qua-chung-cuoc}) as they stand now and from then on,
	 * audited ({@code contest-results-published}). Publishing again keeps the first
	 * moment. Results are published only from {@link ContestView#resultsFrom()}: while a
	 * round or the contest is open, or a submission within the grace period may still
	 * come, they are not final.
	 * @throws java.util.NoSuchElementException for an unknown contest
	 * @throws EntryRefusedException {@code contest.results.publish.too-early} (argument:
	 * the moment it becomes possible) before then; nothing changes
	 */
	@Transactional
	public void publish(long contestId) {
		this.contests.lock(contestId).orElseThrow();
		ContestView contest = this.contests.find(contestId).orElseThrow();
		if (this.results.publishedAt(contestId).isPresent()) {
			return;
		}
		if (this.clock.instant().isBefore(contest.resultsFrom())) {
			throw new EntryRefusedException(List
				.of(new ContestProblem("", "contest.results.publish.too-early", List.of(contest.resultsFrom()))));
		}
		this.results.publish(contestId, this.clock.instant());
		this.events.publishEvent(
				AuditableChange.of("contest", contest.slug(), "contest-results-published", "", contest.title(), ""));
	}

	/**
	 * Withdraws the contest's results from its public page, audited
	 * ({@code contest-results-withdrawn}); nothing happens when they are not published.
	 * @throws java.util.NoSuchElementException for an unknown contest
	 */
	@Transactional
	public void withdraw(long contestId) {
		this.contests.lock(contestId).orElseThrow();
		ContestView contest = this.contests.find(contestId).orElseThrow();
		if (this.results.publishedAt(contestId).isEmpty()) {
			return;
		}
		this.results.publish(contestId, null);
		this.events.publishEvent(
				AuditableChange.of("contest", contest.slug(), "contest-results-withdrawn", contest.title(), "", ""));
	}

	/**
	 * The results of the contest at the public address {@code slug} as its public page
	 * shows them: nothing while they are not published; once published, per round the
	 * prize winners (name, year of birth, unit, score and time only for those who chose
	 * to publish their result, the prize alone for the others) and the collective
	 * ranking.
	 * @return empty for an unknown contest
	 */
	@Transactional(readOnly = true)
	public Optional<PublicResults> publicResults(String slug) {
		return this.contests.idOf(slug).flatMap(this::results).map((results) -> {
			if (results.publishedAt() == null) {
				return new PublicResults(results.contest(), null, List.of());
			}
			List<PublicResults.Round> rounds = new ArrayList<>();
			for (ContestResults.Standing standing : results.rounds()) {
				List<PublicResults.Winner> winners = new ArrayList<>();
				standing.placings()
					.stream()
					.filter((placing) -> placing.prize() != null)
					.sorted(Comparator.comparingInt((ContestResults.Placing p) -> prizeLevel(results.contest(), p))
						.thenComparingInt(ContestResults.Placing::rank))
					.forEach(
							(p) -> winners.add(p.publish()
									? new PublicResults.Winner(p.prize(), p.fullName(), p.birthYear(), p.unit(),
											p.score(), p.duration())
									: new PublicResults.Winner(p.prize(), null, null, null, null, null)));
				rounds.add(new PublicResults.Round(standing.round().name(), winners, standing.units()));
			}
			return new PublicResults(results.contest(), results.publishedAt(), rounds);
		});
	}

	private static int prizeLevel(ContestView contest, ContestResults.Placing placing) {
		for (int i = 0; i < contest.prizes().size(); i++) {
			if (contest.prizes().get(i).name().equals(placing.prize())) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/**
	 * The contest's results as they stand now (a contest still open gets its standing so
	 * far).
	 * @param contestId the contest's key
	 * @return empty for an unknown contest
	 */
	@Transactional(readOnly = true)
	public Optional<ContestResults> results(long contestId) {
		return this.contests.find(contestId).map((contest) -> compute(contest, this.results.scored(contestId)));
	}

	/**
	 * The contest's per-question statistics (attempts that got each question, share
	 * correct, discrimination: {@link QuestionStatistics}) over every scored attempt of
	 * every round, and the scored attempts per day (Vietnam time) by unit.
	 * @param contestId the contest's key
	 * @return empty for an unknown contest
	 */
	@Transactional(readOnly = true)
	public Optional<ContestStatistics> statistics(long contestId) {
		return this.contests.find(contestId).map((contest) -> {
			List<QuestionStatistics.Attempt> attempts = this.results.answers(contestId);
			List<ContestStatistics.QuestionRow> questions = new ArrayList<>();
			// the text the participants were shown, not the bank's as edited since
			Map<Long, String> shown = this.results.shownTexts(contestId);
			QuestionStatistics.of(attempts).forEach((id, stat) -> {
				QuestionView question = this.banks.find(id).orElseThrow();
				questions.add(new ContestStatistics.QuestionRow(id, question.code(), question.category(),
						question.difficulty(), shown.getOrDefault(id, question.text()), stat.attempts(), stat.correct(),
						stat.share(), stat.discrimination().orElse(null)));
			});
			questions.sort(Comparator.comparing(ContestStatistics.QuestionRow::code));
			List<ResultRepository.Submission> submissions = this.results.submissions(contestId);
			java.util.TreeMap<java.time.LocalDate, Integer> days = new java.util.TreeMap<>();
			Map<Long, Map<java.time.LocalDate, Integer>> units = new HashMap<>();
			for (ResultRepository.Submission submission : submissions) {
				java.time.LocalDate day = submission.submittedAt().atZone(VIETNAM).toLocalDate();
				days.merge(day, 1, Integer::sum);
				units.computeIfAbsent(submission.unitId(), (k) -> new HashMap<>()).merge(day, 1, Integer::sum);
			}
			List<java.time.LocalDate> dayList = new ArrayList<>(days.keySet());
			Names names = new Names(contest);
			List<ContestStatistics.UnitDays> perUnit = new ArrayList<>();
			units.forEach((unit,
					counts) -> perUnit.add(new ContestStatistics.UnitDays(unit, names.unit(unit),
							dayList.stream().map((day) -> counts.getOrDefault(day, 0)).toList(),
							counts.values().stream().mapToInt(Integer::intValue).sum())));
			perUnit.sort(Comparator.comparing(ContestStatistics.UnitDays::unit));
			return new ContestStatistics(contest, attempts.size(), questions, dayList, perUnit,
					new ArrayList<>(days.values()));
		});
	}

	private ContestResults compute(ContestView contest, List<ResultRepository.Row> rows) {
		Map<Long, ResultRepository.Row> people = new LinkedHashMap<>();
		rows.forEach((row) -> people.putIfAbsent(row.participantId(), row));
		// participants with both a paper and an online entry, and each attempt's channel
		Map<Long, Integer> channels = new HashMap<>();
		rows.forEach((row) -> channels.merge(row.participantId(), row.paper() ? 1 : 2, (a, b) -> a | b));
		java.util.Set<String> paperAttempts = new java.util.HashSet<>();
		rows.stream()
			.filter(ResultRepository.Row::paper)
			.forEach((row) -> paperAttempts.add(row.roundId() + "/" + row.participantId() + "/" + row.number()));
		Names names = new Names(contest);
		Map<Long, Integer> populations = this.results.populations(contest.id());
		OptionalLong truth = (contest.predictionTrueValue() != null) ? OptionalLong.of(contest.predictionTrueValue())
				: OptionalLong.empty();
		PrizePlan plan = contest.prizePlan();
		List<ContestResults.Standing> rounds = new ArrayList<>();
		List<ScoredAttempt> overall = new ArrayList<>();
		Map<String, Integer> overallAttempts = new HashMap<>();
		for (ContestView.RoundView round : contest.rounds()) {
			List<ScoredAttempt> attempts = rows.stream()
				.filter((row) -> row.roundId() == round.id())
				.map(ContestResultService::attempt)
				.toList();
			List<ContestRanking.Placed> ranking = ContestRanking.rank(attempts, round.policy(), contest.tieBreaks(),
					truth);
			PrizeAllocation.Award award = PrizeAllocation.allocate(ranking, plan);
			rounds.add(standing(contest, round, ranking, award, people, names, populations, truth.isPresent(), channels,
					(participant, number) -> paperAttempts.contains(round.id() + "/" + participant + "/" + number)));
			for (ContestRanking.Placed placed : ranking) {
				ScoredAttempt counted = placed.contender().counted();
				int number = overallAttempts.merge(counted.participant(), 1, Integer::sum);
				overall.add(new ScoredAttempt(counted.participant(), counted.group(), number, counted.score(),
						counted.prediction(), counted.duration(), counted.submittedAt()));
			}
		}
		ContestResults.Standing whole = null;
		if (contest.rounds().size() > 1) {
			List<ContestRanking.Placed> ranking = ContestRanking.rank(overall, AttemptPolicy.BEST, contest.tieBreaks(),
					truth);
			whole = standing(contest, null, ranking, new PrizeAllocation.Award(List.of(), List.of()), people, names,
					populations, truth.isPresent(), channels, (participant, number) -> false);
		}
		return new ContestResults(contest, rounds, whole, this.results.publishedAt(contest.id()).orElse(null));
	}

	private ContestResults.Standing standing(ContestView contest, ContestView.@Nullable RoundView round,
			List<ContestRanking.Placed> ranking, PrizeAllocation.Award award, Map<Long, ResultRepository.Row> people,
			Names names, Map<Long, Integer> populations, boolean predictionKnown, Map<Long, Integer> channels,
			java.util.function.BiPredicate<Long, Integer> paper) {
		Map<String, String> prizeOf = new HashMap<>();
		award.prizes().forEach((prize) -> prizeOf.put(prize.winner().contender().participant(), prize.level()));
		Map<String, Long> perLevel = new HashMap<>();
		award.prizes().forEach((prize) -> perLevel.merge(prize.level(), 1L, Long::sum));
		Map<String, Integer> levelTotals = new HashMap<>();
		contest.prizes().forEach((level) -> levelTotals.put(level.name(), level.total()));
		Map<Integer, List<ContestRanking.Placed>> byRank = new LinkedHashMap<>();
		ranking.forEach((placed) -> byRank.computeIfAbsent(placed.rank(), (k) -> new ArrayList<>()).add(placed));
		List<ContestResults.Placing> placings = new ArrayList<>(ranking.size());
		int tiesToDecide = 0;
		for (List<ContestRanking.Placed> shared : byRank.values()) {
			boolean tied = shared.size() > 1;
			boolean decides = tied && decides(shared, prizeOf, perLevel, levelTotals);
			if (decides) {
				tiesToDecide++;
			}
			for (ContestRanking.Placed placed : shared) {
				Contender contender = placed.contender();
				ScoredAttempt counted = contender.counted();
				ResultRepository.Row person = people.get(Long.parseLong(contender.participant()));
				placings.add(new ContestResults.Placing(placed.rank(), person.participantId(), person.fullName(),
						person.birthYear(), names.group(person.groupCode()), names.unit(person.unitId()),
						counted.score(), counted.prediction().isPresent() ? counted.prediction().getAsLong() : null,
						counted.duration().orElse(null), counted.submittedAt(), contender.attempts(),
						prizeOf.get(contender.participant()), tied, decides, person.publish(),
						paper.test(person.participantId(), counted.number()),
						channels.getOrDefault(person.participantId(), 0) == 3, person.guardianName()));
			}
		}
		List<ContestResults.UnitPlacing> units = units(contest.collective(), placings, people, names, populations);
		boolean populationMissing = units.stream().anyMatch((unit) -> unit.value() == null);
		return new ContestResults.Standing(round, placings, award.prizes().size(), units, predictionKnown, tiesToDecide,
				populationMissing);
	}

	/**
	 * Whether a shared rank decides a prize: its contenders got different prizes (or some
	 * none), or all got one level and that level passed its number of prizes.
	 */
	private static boolean decides(List<ContestRanking.Placed> shared, Map<String, String> prizeOf,
			Map<String, Long> perLevel, Map<String, Integer> levelTotals) {
		String first = prizeOf.get(shared.get(0).contender().participant());
		for (ContestRanking.Placed placed : shared) {
			if (!java.util.Objects.equals(first, prizeOf.get(placed.contender().participant()))) {
				return true;
			}
		}
		return first != null && perLevel.getOrDefault(first, 0L) > levelTotals.getOrDefault(first, 0);
	}

	/**
	 * The collective ranking: per unit, the participants whose counted entry names it and
	 * the sum of those scores, ranked by the formula, the highest first (equal values
	 * share a rank, then by name). Entries per 1,000 inhabitants are
	 * {@code entries × 1000 ÷ population} to 2 places (half up); a unit without a
	 * population entered gets no value and rank 0, after the others.
	 */
	private static List<ContestResults.UnitPlacing> units(CollectiveFormula formula,
			List<ContestResults.Placing> placings, Map<Long, ResultRepository.Row> people, Names names,
			Map<Long, Integer> populations) {
		Map<Long, int[]> entries = new LinkedHashMap<>();
		Map<Long, BigDecimal> totals = new HashMap<>();
		for (ContestResults.Placing placing : placings) {
			long unit = people.get(placing.participantId()).unitId();
			entries.computeIfAbsent(unit, (k) -> new int[1])[0]++;
			totals.merge(unit, placing.score(), BigDecimal::add);
		}
		List<ContestResults.UnitPlacing> unranked = new ArrayList<>();
		entries.forEach((unit, count) -> {
			BigDecimal total = totals.get(unit);
			Integer population = populations.get(unit);
			BigDecimal value = switch (formula) {
				case ENTRIES -> BigDecimal.valueOf(count[0]);
				case TOTAL_SCORE -> total;
				case ENTRIES_PER_POPULATION -> (population != null) ? BigDecimal.valueOf(count[0] * 1000L)
					.divide(BigDecimal.valueOf(population), 2, java.math.RoundingMode.HALF_UP) : null;
			};
			unranked.add(new ContestResults.UnitPlacing(0, unit, names.unit(unit), count[0], total, population, value));
		});
		unranked.sort(Comparator
			.comparing(ContestResults.UnitPlacing::value, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(ContestResults.UnitPlacing::unit));
		List<ContestResults.UnitPlacing> ranked = new ArrayList<>(unranked.size());
		for (int i = 0; i < unranked.size(); i++) {
			ContestResults.UnitPlacing unit = unranked.get(i);
			int rank;
			if (unit.value() == null) {
				rank = 0;
			}
			else if (i > 0 && unranked.get(i - 1).value() != null
					&& unranked.get(i - 1).value().compareTo(unit.value()) == 0) {
				rank = ranked.get(i - 1).rank();
			}
			else {
				rank = i + 1;
			}
			ranked.add(new ContestResults.UnitPlacing(rank, unit.unitId(), unit.unit(), unit.entries(),
					unit.totalScore(), unit.population(), unit.value()));
		}
		return ranked;
	}

	/**
	 * The units' populations the committee entered for the collective ranking by entries
	 * per 1,000 inhabitants, by unit id.
	 * @param contestId the contest's key
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> populations(long contestId) {
		return this.results.populations(contestId);
	}

	/**
	 * Replaces the units' populations of a contest (a unit left out has none), audited
	 * ({@code contest-populations-changed}, with the number of units).
	 * @param populations inhabitants by unit id, each 1–100,000,000
	 * @throws IllegalArgumentException for a population out of range (nothing changes)
	 * @throws java.util.NoSuchElementException for an unknown contest
	 */
	@Transactional
	public void setPopulations(long contestId, Map<Long, Integer> populations) {
		populations.forEach((unit, population) -> {
			if (population < 1 || population > MAX_POPULATION) {
				throw new IllegalArgumentException("A population is 1 to " + MAX_POPULATION + ": " + population);
			}
		});
		this.contests.lock(contestId).orElseThrow();
		ContestView contest = this.contests.find(contestId).orElseThrow();
		int before = this.results.populations(contestId).size();
		this.results.replacePopulations(contestId, populations);
		this.events.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-populations-changed",
				String.valueOf(before), String.valueOf(populations.size()), ""));
	}

	private static ScoredAttempt attempt(ResultRepository.Row row) {
		return new ScoredAttempt(String.valueOf(row.participantId()), row.groupCode(), row.number(),
				BigDecimal.valueOf(row.score()),
				(row.prediction() != null) ? OptionalLong.of(row.prediction()) : OptionalLong.empty(),
				Optional.ofNullable(row.durationMs()).map(Duration::ofMillis), row.submittedAt());
	}

	/** Group and unit names, each unit looked up once. */
	private final class Names {

		private final Map<String, String> groups = new HashMap<>();

		private final Map<Long, String> units = new HashMap<>();

		Names(ContestView contest) {
			contest.groups().forEach((group) -> this.groups.put(group.code(), group.name()));
		}

		String group(String code) {
			return this.groups.getOrDefault(code, code);
		}

		String unit(long id) {
			return this.units.computeIfAbsent(id,
					(key) -> ContestResultService.this.organization.findUnit(key)
						.map(UnitView::name)
						.orElse(String.valueOf(key)));
		}

	}

}
