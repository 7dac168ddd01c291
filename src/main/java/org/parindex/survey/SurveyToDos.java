package org.parindex.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.parindex.assessment.CycleService;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.MethodologyService;
import org.parindex.survey.SurveyMonitoringView.FormProgress;
import org.parindex.survey.SurveyMonitoringView.UnitProgress;
import org.parindex.survey.SurveyMonitoringView.Window;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey staff's to-dos (issue 10): for each year whose survey is open (its set not
 * published, its year not approved by the council), what its monitoring
 * ({@link SurveyMonitoringService#monitor}) shows is waiting for someone:
 * <ul>
 * <li>per form, paper sheets waiting for their second entry or for their differences to
 * be resolved ({@link SurveyToDo.Kind#PAPER_WAITING}, to the paper entry);</li>
 * <li>per form taking answers or opening within {@value #CODES_DAYS} days, the units it
 * rates that have no working invitation code (no batch issued, or every batch withdrawn,
 * whether or not some of its codes were used), unless surveyed on paper only (sheets
 * keyed and no code ever counted) ({@link SurveyToDo.Kind#NO_CODES}, to the
 * invitations);</li>
 * <li>per form taking answers, its deadline {@value #CLOSING_DAYS} days away or less
 * ({@link SurveyToDo.Kind#CLOSING}, to the monitoring);</li>
 * <li>per year, the cases of a unit below its minimum sample and the patterns flagged
 * ({@link SurveyToDo.Kind#BELOW_MINIMUM}, {@link SurveyToDo.Kind#FLAGS}, to the
 * monitoring).</li>
 * </ul>
 * The home page's reminders ({@code SurveyReminders}) and the survey hub read the same
 * list, so the two never disagree.
 */
@Service
public class SurveyToDos {

	/** How many days before a form's deadline the staff is told it is closing. */
	public static final int CLOSING_DAYS = 7;

	/**
	 * How many days before a form opens the staff is told which units have no invitation
	 * code yet (time to issue, print and hand them out).
	 */
	public static final int CODES_DAYS = 14;

	private final SurveyMonitoringService monitoring;

	private final SurveyMonitoringRepository monitoringRepository;

	private final SurveyFormRepository forms;

	private final MethodologyService methodology;

	private final CycleService cycles;

	SurveyToDos(SurveyMonitoringService monitoring, SurveyMonitoringRepository monitoringRepository,
			SurveyFormRepository forms, MethodologyService methodology, CycleService cycles) {
		this.monitoring = monitoring;
		this.monitoringRepository = monitoringRepository;
		this.forms = forms;
		this.methodology = methodology;
		this.cycles = cycles;
	}

	/** The to-dos of every year whose survey is open, newest year first. */
	@Transactional(readOnly = true)
	public List<SurveyToDo> open() {
		List<SurveyToDo> toDos = new ArrayList<>();
		this.methodology.list()
			.stream()
			.filter((set) -> !set.published())
			.sorted(Comparator.comparingInt(IndexSetSummary::year).reversed())
			.forEach((set) -> toDos.addAll(of(set.id(), set.year())));
		return toDos;
	}

	/**
	 * The to-dos of one index set's survey: none when it has no form, or its year is
	 * approved or published.
	 * @throws org.parindex.platform.NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public List<SurveyToDo> of(long indexSetId, int year) {
		if (this.forms.forms(indexSetId).isEmpty()) {
			return List.of();
		}
		SurveyMonitoringView monitor = this.monitoring.monitor(indexSetId);
		if (monitor.forms()
			.stream()
			.anyMatch((form) -> form.window() == Window.APPROVED || form.window() == Window.PUBLISHED)) {
			return List.of();
		}
		Instant now = monitor.asOf();
		Optional<Instant> council = this.cycles.findForSet(indexSetId).map((c) -> c.councilUntil().toInstant());
		List<SurveyToDo> toDos = new ArrayList<>();
		java.util.Set<SurveyMonitoringRepository.FormUnit> inForce = this.monitoringRepository
			.batchesInForce(indexSetId);
		for (FormProgress form : monitor.forms()) {
			Instant due = form.window().over() ? council.orElse(form.closesAt()) : form.closesAt();
			long waiting = form.units().stream().mapToLong(UnitProgress::paperWaiting).sum();
			if (waiting > 0) {
				toDos.add(new SurveyToDo(SurveyToDo.Kind.PAPER_WAITING, indexSetId, year, form.formId(), form.code(),
						waiting, due));
			}
			// per unit: one unit with codes does not cover the others (walk of issue 10,
			// #8); a unit whose every batch was withdrawn has no codes, even when some
			// were
			// used before (walk of issue 10, second round, #4)
			// a unit surveyed on paper only (sheets keyed, no code ever counted) needs no
			// code, and a form opening more than CODES_DAYS days away (one being
			// prepared) is not due yet (walk of issue 10, third round, #7)
			long withoutCodes = form.units()
				.stream()
				.filter((unit) -> unit.issued() > 0 || (unit.paper() == 0 && unit.paperWaiting() == 0))
				.filter((unit) -> !inForce
					.contains(new SurveyMonitoringRepository.FormUnit(form.formId(), unit.unitId())))
				.count();
			boolean codesDue = form.window() == Window.OPEN || (form.window() == Window.NOT_OPEN
					&& !form.opensAt().isAfter(now.plus(Duration.ofDays(CODES_DAYS))));
			if (codesDue && withoutCodes > 0) {
				toDos.add(new SurveyToDo(SurveyToDo.Kind.NO_CODES, indexSetId, year, form.formId(), form.code(),
						withoutCodes, form.closesAt()));
			}
			if (form.window() == Window.OPEN && !form.closesAt().isAfter(now.plus(Duration.ofDays(CLOSING_DAYS)))) {
				toDos.add(new SurveyToDo(SurveyToDo.Kind.CLOSING, indexSetId, year, form.formId(), form.code(),
						form.responses(), form.closesAt()));
			}
		}
		// the year's own work is due when its first form still answering closes, or
		// with the council once all are closed
		Instant yearDue = monitor.forms()
			.stream()
			.filter((form) -> !form.window().over())
			.map(FormProgress::closesAt)
			.min(Comparator.naturalOrder())
			.or(() -> council)
			.orElse(now);
		if (monitor.unitsBelowMinimum() > 0) {
			toDos.add(new SurveyToDo(SurveyToDo.Kind.BELOW_MINIMUM, indexSetId, year, null, null,
					monitor.unitsBelowMinimum(), yearDue));
		}
		if (!monitor.flags().isEmpty()) {
			toDos.add(new SurveyToDo(SurveyToDo.Kind.FLAGS, indexSetId, year, null, null, monitor.flags().size(),
					yearDue));
		}
		return toDos;
	}

}
