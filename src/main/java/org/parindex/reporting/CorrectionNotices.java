package org.parindex.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.Actor;
import org.parindex.platform.Formats;
import org.parindex.platform.Reminder;
import org.parindex.platform.ReminderSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a unit on its home page, for {@value #SHOWN_DAYS} days, that its year's result
 * was published, with its total and rank ({@code reminder.published}, issue 9, #24), and
 * that the PAR office corrected its published result: when, what (a criterion, the bonus
 * or the deduction), old → new points and why, the unit's name and its total and rank
 * before and after (issue 9, appr9 F20), linking to its scorecard (issue 9, fix9e).
 * Message keys {@code reminder.corrected}, {@code reminder.corrected.bonus},
 * {@code reminder.corrected.deduction}.
 */
@Component
class CorrectionNotices implements ReminderSource {

	/** How long a correction is told on the unit's home page (days). */
	static final int SHOWN_DAYS = 30;

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final PublicationRepository publications;

	private final org.parindex.organization.OrganizationService organization;

	private final Formats formats;

	private final org.springframework.context.MessageSource messages;

	CorrectionNotices(CycleService cycles, MethodologyService methodology, PublicationRepository publications,
			org.parindex.organization.OrganizationService organization, Formats formats,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.cycles = cycles;
		this.methodology = methodology;
		this.publications = publications;
		this.organization = organization;
		this.formats = formats;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Actor actor, Instant now) {
		List<Reminder> notices = new ArrayList<>();
		if (actor.unitId().isEmpty() || !(actor.hasRole("UNIT_OFFICER") || actor.hasRole("UNIT_LEADER"))) {
			return notices;
		}
		long unitId = actor.unitId().get();
		for (CycleView cycle : this.cycles.cycles()) {
			if (!cycle.unitIds().contains(unitId)) {
				continue;
			}
			IndexSetView set = this.methodology.find(cycle.indexSetId()).orElse(null);
			if (set == null || !set.published()) {
				continue;
			}
			for (PublicationView revision : this.publications.publications(set.id())) {
				Instant at = revision.publishedAt();
				if (revision.revision() == 1 && !at.isBefore(now.minus(Duration.ofDays(SHOWN_DAYS)))) {
					// the year's publication: the unit's total and rank, linking to its
					// scorecard (issue 9, #24)
					this.publications.results(revision.id())
						.stream()
						.filter((result) -> result.unitId() == unitId)
						.findFirst()
						.ifPresent((result) -> notices.add(new Reminder("reminder.published",
								List.of(set.year(), this.formats.day(at), result.unitName(),
										this.formats.points(result.total(), set.publishedPlaces()),
										this.formats.rank(result.rank(), result.unitCount(), set.rankLabel())),
								scorecard(set, unitId), at)));
				}
				if (revision.correction().isEmpty() || revision.correction().get().unitId() != unitId
						|| at.isBefore(now.minus(Duration.ofDays(SHOWN_DAYS)))) {
					continue;
				}
				PublicationView.Correction correction = revision.correction().get();
				String key = correction.criterion() ? "reminder.corrected"
						: "reminder.corrected." + correction.part().name().toLowerCase(Locale.ROOT);
				String link = scorecard(set, unitId);
				// the unit's name, and its total and rank before and after (issue 9,
				// appr9
				// F20)
				String standing = correction.standings() ? " " + this.messages
					.getMessage("reminder.corrected.standing", new Object[] {
							this.formats.points(correction.before().get().total(), set.publishedPlaces()),
							this.formats.points(correction.after().get().total(), set.publishedPlaces()),
							this.formats.rank(correction.before().get().rank(), correction.before().get().unitCount()),
							this.formats.rank(correction.after().get().rank(), correction.after().get().unitCount()) },
							org.springframework.context.i18n.LocaleContextHolder.getLocale())
						: "";
				notices.add(new Reminder(key, List.of(set.year(), correction.leafCode(), this.formats.day(at),
						this.formats.points(correction.oldPoints(), set.publishedPlaces()),
						this.formats.points(correction.newPoints(), set.publishedPlaces()),
						org.parindex.platform.Text.sentence(revision.reason()), correction.unitName(), standing), link,
						at));
			}
		}
		return notices;
	}

	/** The path of the unit's public scorecard for the set's year. */
	private String scorecard(IndexSetView set, long unitId) {
		return this.organization.findGroup(set.unitGroupId())
			.flatMap((group) -> this.organization.findUnit(unitId)
				.map((unit) -> "/reporting/scorecards/" + set.year() + "/" + group.code() + "/" + unit.code()))
			.orElse("/reporting");
	}

}
