package org.parindex.contest.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.parindex.contest.ContestStatus;
import org.parindex.contest.ContestView;
import org.parindex.contest.EntryService;

import org.springframework.stereotype.Component;

/**
 * The contests the public home page points to (walk #21: the open contest could not be
 * found from it): those open now and those not yet open, by the server's clock, the one
 * closing (or opening) soonest first. Read from the in-memory catalog
 * ({@link EntryService#contests()}), so the home page costs no query for it. Used by the
 * home page's template as {@code @publicContests}.
 */
@Component("publicContests")
public class PublicContests {

	private final EntryService entries;

	private final Clock clock;

	PublicContests(EntryService entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * The contests open now, then those not yet open; each group by its end (open) or its
	 * opening (not yet open), the soonest first. Closed contests are left out (the list
	 * {@code /cuoc-thi} has them all).
	 * @return the running and upcoming contests, possibly none
	 */
	public List<Listed> runningAndUpcoming() {
		Instant now = this.clock.instant();
		return this.entries.contests()
			.stream()
			.map((contest) -> new Listed(contest, contest.status(now)))
			.filter((listed) -> listed.status() != ContestStatus.CLOSED)
			.sorted(Comparator.comparing((Listed listed) -> listed.status() != ContestStatus.OPEN)
				.thenComparing((listed) -> (listed.status() == ContestStatus.OPEN) ? listed.contest().closesAt()
						: listed.contest().opensAt()))
			.toList();
	}

	/**
	 * A contest on the home page with its status now.
	 *
	 * @param contest the contest
	 * @param status open or not yet open
	 */
	public record Listed(ContestView contest, ContestStatus status) {
	}

}
