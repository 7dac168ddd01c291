package org.parindex.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.parindex.assessment.AdjustmentDecided;
import org.parindex.assessment.CycleApproved;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.DossierReturned;
import org.parindex.assessment.DossierSubmitted;
import org.parindex.assessment.ExplanationAnswered;
import org.parindex.assessment.ExplanationRequested;
import org.parindex.assessment.StageClosed;
import org.parindex.identity.AccountContact;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.Formats;
import org.parindex.reporting.PublishedResultView;
import org.parindex.reporting.ResultsPublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails on each workflow event that asks someone to act (docs/workflow.md), queued in the
 * transaction of the change that published it:
 * <ul>
 * <li>explanation requested: the unit's officers and leaders, with the criteria and the
 * explanation deadline;</li>
 * <li>dossier returned: the unit's officers and leaders, with the reason;</li>
 * <li>dossier submitted: the appraisers with areas in the year's index set (round
 * 1);</li>
 * <li>self-assessment closed: those appraisers (round 1 on every unit); appraisal closed:
 * those appraisers (round 2); explanation closed: the council members (the council's
 * review and approval);</li>
 * <li>explanation answered: the appraisers whose areas hold the criteria answered (round
 * 2);</li>
 * <li>bonus or deduction decided by the council: the PAR office, which proposed it;</li>
 * <li>year approved: the PAR office (publication);</li>
 * <li>year published: each unit's officers and leaders, with its total and rank.</li>
 * </ul>
 */
@Component
class WorkflowMails {

	/**
	 * How long after a publication it is news (days): the unit's home page shows the
	 * notice as long ({@code reporting.CorrectionNotices}).
	 */
	static final int PUBLISHED_NOTICE_DAYS = 30;

	private final Outbox outbox;

	private final MailTexts texts;

	private final IdentityService identity;

	private final OrganizationService organization;

	private final CycleService cycles;

	private final Clock clock;

	WorkflowMails(Outbox outbox, MailTexts texts, IdentityService identity, OrganizationService organization,
			CycleService cycles, Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.texts = texts;
		this.identity = identity;
		this.organization = organization;
		this.cycles = cycles;
	}

	@EventListener
	void on(ExplanationRequested event) {
		String unit = unitName(event.unitId());
		send(unitAccounts(event.unitId()),
				occasion("explanation-requested", event.cycleId(), event.unitId(), event.at()),
				new MailTexts.Line("mail.explanation-requested.subject", event.year(), unit),
				List.of(new MailTexts.Line("mail.explanation-requested.body", event.year(), unit,
						event.leafCodes().size(), String.join(", ", event.leafCodes()),
						time(event.explanationUntil()))),
				"/assessment/cycles/" + event.cycleId() + "/unit/explanation");
	}

	@EventListener
	void on(DossierReturned event) {
		String unit = unitName(event.unitId());
		send(unitAccounts(event.unitId()), occasion("dossier-returned", event.cycleId(), event.unitId(), event.at()),
				new MailTexts.Line("mail.dossier-returned.subject", event.year(), unit),
				List.of(new MailTexts.Line("mail.dossier-returned.body", event.year(), unit,
						org.parindex.platform.Text.clause(event.reason()), time(event.selfAssessmentUntil()))),
				"/assessment/cycles/" + event.cycleId() + "/unit");
	}

	@EventListener
	void on(DossierSubmitted event) {
		String unit = unitName(event.unitId());
		send(appraisers(event.indexSetId()), occasion("dossier-submitted", event.cycleId(), event.unitId(), event.at()),
				new MailTexts.Line("mail.dossier-submitted.subject", event.year(), unit),
				List.of(new MailTexts.Line("mail.dossier-submitted.body", event.year(), unit,
						time(event.appraisalUntil()))),
				"/assessment/cycles/" + event.cycleId() + "/units/" + event.unitId());
	}

	@EventListener
	void on(StageClosed event) {
		if (!this.outbox.enabled()) {
			return;
		}
		CycleView cycle = this.cycles.find(event.cycleId()).orElseThrow();
		String occasion = "stage-closed/" + event.cycleId() + "/" + event.stage().name() + "/"
				+ event.deadline().toEpochMilli();
		String base = "/assessment/cycles/" + event.cycleId();
		switch (event.stage()) {
			case SELF_ASSESSMENT -> send(appraisers(event.indexSetId()), occasion,
					new MailTexts.Line("mail.round1-open.subject", event.year()),
					List.of(new MailTexts.Line("mail.round1-open.body", event.year(), time(cycle.appraisalUntil()))),
					base + "/appraisal");
			case APPRAISAL -> send(appraisers(event.indexSetId()), occasion,
					new MailTexts.Line("mail.round2-open.subject", event.year()),
					List.of(new MailTexts.Line("mail.round2-open.body", event.year(), time(cycle.explanationUntil()),
							time(cycle.councilUntil()))),
					base + "/appraisal");
			case EXPLANATION -> send(withRole(Role.COUNCIL_MEMBER), occasion,
					new MailTexts.Line("mail.council-ready.subject", event.year()),
					List.of(new MailTexts.Line("mail.council-ready.body", event.year(), time(cycle.councilUntil()))),
					base + "/council");
			default -> {
				// the council's deadline asks nobody to act: approval is then refused
			}
		}
	}

	@EventListener
	void on(ExplanationAnswered event) {
		String unit = unitName(event.unitId());
		send(appraisersOf(event.indexSetId(), event.leafCodes()),
				occasion("explanation-answered", event.cycleId(), event.unitId(), event.at()),
				new MailTexts.Line("mail.explanation-answered.subject", event.year(), unit),
				List.of(new MailTexts.Line("mail.explanation-answered.body", event.year(), unit,
						event.leafCodes().size(), String.join(", ", event.leafCodes()))),
				"/assessment/cycles/" + event.cycleId() + "/units/" + event.unitId());
	}

	@EventListener
	void on(AdjustmentDecided event) {
		String unit = unitName(event.unitId());
		String kind = "mail.adjustment." + event.kind().name().toLowerCase(java.util.Locale.ROOT);
		MailTexts.Line subject = new MailTexts.Line(
				event.approved() ? "mail.adjustment-approved.subject" : "mail.adjustment-rejected.subject",
				event.year(), unit);
		// the council's reason goes with its decision, to the PAR office and the unit
		// (issue 9, appr9 F7)
		List<MailTexts.Line> body = List.of(
				new MailTexts.Line(event.approved() ? "mail.adjustment-approved.body" : "mail.adjustment-rejected.body",
						event.year(), unit,
						new org.springframework.context.support.DefaultMessageSourceResolvable(kind), event.points()),
				new MailTexts.Line("mail.adjustment-decided.reason", event.reason()));
		send(withRole(Role.PAR_OFFICE), occasion("adjustment-decided", event.cycleId(), event.unitId(), event.at()),
				subject, body, "/assessment/cycles/" + event.cycleId() + "/council");
		send(unitAccounts(event.unitId()),
				occasion("adjustment-decided-unit", event.cycleId(), event.unitId(), event.at()), subject, body,
				"/assessment/cycles/" + event.cycleId() + "/unit");
	}

	@EventListener
	void on(CycleApproved event) {
		send(withRole(Role.PAR_OFFICE), "cycle-approved/" + event.cycleId() + "/" + event.at().toEpochMilli(),
				new MailTexts.Line("mail.cycle-approved.subject", event.year()),
				List.of(new MailTexts.Line("mail.cycle-approved.body", event.year())),
				"/admin/reporting/cycles/" + event.cycleId() + "/publication");
	}

	/**
	 * The year's results published: each participating unit's officers and leaders are
	 * told its total and rank, linking to its scorecard, as their home page tells them
	 * for {@value #PUBLISHED_NOTICE_DAYS} days (issue 9, #15). A publication dated
	 * further back than that (a year taken over from the province's decisions as of its
	 * day, as the demo's 2020 and 2021 are at every start, or a past year imported from a
	 * file) is news to nobody and mails nobody. Once per unit and year: the occasion
	 * names the index set and the unit.
	 */
	@EventListener
	void on(ResultsPublished event) {
		if (!this.outbox.enabled()
				|| event.at().isBefore(Instant.now(this.clock).minus(Duration.ofDays(PUBLISHED_NOTICE_DAYS)))) {
			return;
		}
		Optional<String> group = this.organization.findGroup(event.unitGroupId()).map(UnitGroupView::code);
		List<AccountContact> unitAccounts = reachable((to) -> to.role().actsForUnit() && to.unitId().isPresent());
		String day = Formats.DAY.format(event.at().atZone(DeadlineReminders.ZONE));
		for (PublishedResultView result : event.results()) {
			List<AccountContact> recipients = unitAccounts.stream()
				.filter((to) -> to.unitId().filter((id) -> id == result.unitId()).isPresent())
				.toList();
			if (recipients.isEmpty()) {
				continue;
			}
			String link = group
				.flatMap((code) -> this.organization.findUnit(result.unitId())
					.map((unit) -> "/reporting/scorecards/" + event.year() + "/" + code + "/" + unit.code()))
				.orElse("/reporting");
			send(recipients, "published/" + event.indexSetId() + "/" + result.unitId(),
					new MailTexts.Line("mail.published.subject", event.year(), result.unitName()),
					List.of(new MailTexts.Line("mail.published.body", event.year(), day, result.unitName(),
							new MailTexts.Points(result.total(), event.places()),
							event.rankLabel().label(result.rank(), result.unitCount()))),
					link);
		}
	}

	private void send(List<AccountContact> recipients, String occasion, MailTexts.Line subject,
			List<MailTexts.Line> lines, String link) {
		if (!this.outbox.enabled()) {
			return;
		}
		for (AccountContact to : recipients) {
			this.outbox.queue(to, occasion, this.texts.render(to, subject, lines, link));
		}
	}

	private List<AccountContact> unitAccounts(long unitId) {
		return reachable((to) -> to.role().actsForUnit() && to.unitId().filter((id) -> id == unitId).isPresent());
	}

	private List<AccountContact> withRole(Role role) {
		return reachable((to) -> to.role() == role);
	}

	private List<AccountContact> appraisers(long indexSetId) {
		return reachable((to) -> to.role() == Role.APPRAISER
				&& this.identity.areas(to.accountId()).stream().anyMatch((area) -> area.indexSetId() == indexSetId));
	}

	/** The appraisers with an area of the index set that holds one of the criteria. */
	private List<AccountContact> appraisersOf(long indexSetId, List<String> leafCodes) {
		return reachable((to) -> to.role() == Role.APPRAISER && this.identity.areas(to.accountId())
			.stream()
			.filter((area) -> area.indexSetId() == indexSetId)
			.anyMatch((area) -> leafCodes.stream()
				.anyMatch((code) -> code.equals(area.areaCode()) || code.startsWith(area.areaCode() + "."))));
	}

	private List<AccountContact> reachable(Predicate<AccountContact> who) {
		if (!this.outbox.enabled()) {
			return List.of();
		}
		return this.identity.reachableAccounts().stream().filter(who).toList();
	}

	private String unitName(long unitId) {
		return this.organization.findUnit(unitId).map(UnitView::name).orElse(Long.toString(unitId));
	}

	private static String occasion(String kind, long cycleId, long unitId, Instant at) {
		return kind + "/" + cycleId + "/" + unitId + "/" + at.toEpochMilli();
	}

	/** A time in each recipient's language (17h00 / 17:00). */
	private static MailTexts.Time time(Instant instant) {
		return new MailTexts.Time(instant);
	}

	private static MailTexts.Time time(java.time.ZonedDateTime time) {
		return time(time.toInstant());
	}

}
