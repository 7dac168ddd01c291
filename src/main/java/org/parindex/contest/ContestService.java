package org.parindex.contest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parindex.platform.AuditableChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge contests' definitions (issue 11 item 1): what the contest committee sets
 * (window, rules, groups, rounds, attempts, tie-break chain, prizes, collective ranking).
 * Every change is audited ({@code contest-created}, {@code contest-changed},
 * {@code contest-deleted}) under the contest's number, with its title before and after.
 */
@Service
public class ContestService {

	private final ContestRepository contests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContestService(ContestRepository contests, ApplicationEventPublisher events, Clock clock) {
		this.contests = contests;
		this.events = events;
		this.clock = clock;
	}

	/** Every contest, the latest first. */
	@Transactional(readOnly = true)
	public List<ContestView> contests() {
		List<ContestView> all = new ArrayList<>();
		for (long id : this.contests.ids()) {
			this.contests.find(id).ifPresent(all::add);
		}
		return all;
	}

	@Transactional(readOnly = true)
	public Optional<ContestView> find(long id) {
		return this.contests.find(id);
	}

	/** The contest at the public address {@code /cuoc-thi/{slug}}. */
	@Transactional(readOnly = true)
	public Optional<ContestView> findBySlug(String slug) {
		return this.contests.idOf(slug).flatMap(this.contests::find);
	}

	/**
	 * Creates a contest.
	 * @throws InvalidContestException with every problem of the definition (see
	 * {@link ContestRules}), or when another contest has the address
	 */
	@Transactional
	public ContestView create(DefineContest contest) {
		check(contest, Optional.empty());
		long id = this.contests.insert(contest, now());
		this.events.publishEvent(
				AuditableChange.of("contest", String.valueOf(id), "contest-created", "", contest.title(), ""));
		return this.contests.find(id).orElseThrow();
	}

	/**
	 * Changes a contest as the committee saw it.
	 * @param expectedVersion the version the committee's page showed
	 * @throws InvalidContestException with every problem of the definition, or
	 * {@code contest.problem.stale} when someone saved the contest since the page was
	 * opened (nothing changes: the committee reloads and sees the other change)
	 * @throws java.util.NoSuchElementException for an unknown contest
	 */
	@Transactional
	public ContestView change(long id, int expectedVersion, DefineContest contest) {
		int version = this.contests.lock(id).orElseThrow();
		if (version != expectedVersion) {
			throw new InvalidContestException(List.of(ContestProblem.of("version", "stale")));
		}
		ContestView before = this.contests.find(id).orElseThrow();
		check(contest, Optional.of(id));
		this.contests.update(id, contest, now());
		this.events.publishEvent(
				AuditableChange.of("contest", contest.slug(), "contest-changed", before.title(), contest.title(), ""));
		return this.contests.find(id).orElseThrow();
	}

	/**
	 * Deletes a contest with its rounds, groups and prizes.
	 * @throws java.util.NoSuchElementException for an unknown contest
	 */
	@Transactional
	public void delete(long id) {
		this.contests.lock(id).orElseThrow();
		ContestView contest = this.contests.find(id).orElseThrow();
		this.contests.delete(id);
		this.events
			.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-deleted", contest.title(), "", ""));
	}

	private void check(DefineContest contest, Optional<Long> self) {
		List<ContestProblem> problems = new ArrayList<>(ContestRules.check(contest));
		this.contests.idOf(contest.slug())
			.filter((other) -> self.map((id) -> !id.equals(other)).orElse(true))
			.ifPresent((other) -> problems.add(0, ContestProblem.of("slug", "slug.taken", contest.slug())));
		if (!problems.isEmpty()) {
			throw new InvalidContestException(problems);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
