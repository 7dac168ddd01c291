package org.parindex.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.assessment.AnswerQuestions;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.AppraiseLeaves;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.DossierService;
import org.parindex.assessment.DossierStatus;
import org.parindex.assessment.LeafRecordView;
import org.parindex.assessment.SaveSelfAssessment;
import org.parindex.assessment.UnitDossierView;
import org.parindex.engine.Component;
import org.parindex.engine.Rule;
import org.parindex.identity.AccountView;
import org.parindex.identity.IdentityService;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.PersonNames;
import org.parindex.reporting.PublicationService;
import org.parindex.survey.SurveyPointsService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's year in progress (2022): where each of its 17 units stands when the demo is
 * loaded ({@code demo/district-2022-states.tsv}), and, for the PAR office trying the
 * workflow, a move of the whole cycle to a chosen {@link DemoStage}. A move sets the
 * cycle's deadlines around now and does, through the same services and as the demo's
 * accounts, what the users would have done in the stages it skips: the appraiser scores
 * round 1, the units answer, the appraiser finalises what was asked about, the survey
 * staff record the survey points from the responses, the council approves and the PAR
 * office publishes. Exists only when {@code parindex.demo.enabled=true}; every move is
 * audited as a demo step.
 */
@Service
@ConditionalOnBooleanProperty("parindex.demo.enabled")
public class DemoCycle {

	/** The year in progress in the demo. */
	public static final int YEAR = 2022;

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String APPRAISER = "thamdinh";

	/** The team's second appraiser, on the areas {@link #APPRAISER} is not assigned. */
	private static final String SECOND_APPRAISER = "thamdinh.b";

	private static final String COUNCIL = "hoidong";

	/** What the units write where a criterion asks for evidence (illustrative). */
	private static final String EXPLANATION = "Số liệu theo Báo cáo kết quả cải cách hành chính năm 2022 của đơn vị, "
			+ "gửi kèm hồ sơ giấy.";

	private static final List<String> QUESTIONS = List.of("Đề nghị cung cấp văn bản chứng minh số liệu đã kê khai.",
			"Số liệu chưa khớp với báo cáo của đơn vị; đề nghị giải trình.",
			"Đề nghị bổ sung tài liệu kiểm chứng có số, ngày ban hành.");

	private static final List<String> ANSWERS = List.of("Đơn vị gửi bổ sung văn bản, số liệu theo báo cáo quý IV.",
			"Số liệu kê khai là số liệu đến hết ngày 15/12/2022, đơn vị gửi kèm báo cáo.",
			"Đơn vị bổ sung quyết định ban hành kèm theo hồ sơ.");

	private final OrganizationService organization;

	private final MethodologyService methodology;

	private final CycleService cycles;

	private final DossierService dossiers;

	private final AppraisalService appraisal;

	private final PublicationService publications;

	private final IdentityService identity;

	private final SurveyPointsService surveyPoints;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoCycle(OrganizationService organization, MethodologyService methodology, CycleService cycles,
			DossierService dossiers, AppraisalService appraisal, PublicationService publications,
			IdentityService identity, SurveyPointsService surveyPoints, ApplicationEventPublisher events, Clock clock) {
		this.surveyPoints = surveyPoints;
		this.organization = organization;
		this.methodology = methodology;
		this.cycles = cycles;
		this.dossiers = dossiers;
		this.appraisal = appraisal;
		this.publications = publications;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** The demo's cycle in progress, if the demo is loaded. */
	@Transactional(readOnly = true)
	public Optional<CycleView> cycle() {
		return this.organization.findGroup(DemoDataLoader.GROUP)
			.flatMap((group) -> this.methodology.find(YEAR, group.id()))
			.flatMap((set) -> this.cycles.findForSet(set.id()));
	}

	/**
	 * The deadlines of a cycle in self-assessment, as the demo opens it: counted from
	 * today, so the self-assessment is open for three weeks (17h00).
	 */
	CycleDeadlines openingDeadlines(Set<Long> units) {
		LocalDateTime today = LocalDate.now(this.clock.withZone(ZONE)).atTime(17, 0);
		return new CycleDeadlines(today.plusDays(21), today.plusDays(35), today.plusDays(45), today.plusDays(60),
				today.plusDays(75).withHour(8), units);
	}

	/**
	 * Puts each unit where {@code demo/district-2022-states.tsv} says, right after the
	 * cycle is opened: drafts, submissions, round 1 with a question, answers.
	 */
	void loadStates(CycleView cycle, IndexSetView set, Map<String, UnitView> units) {
		Map<String, Map<String, Map<String, BigDecimal>>> inputs = new LinkedHashMap<>();
		for (Map<String, String> row : DemoData.read("district-2021-entries.tsv")) {
			inputs.computeIfAbsent(row.get("unit"), (unit) -> new LinkedHashMap<>())
				.put(row.get("leaf"), DemoData.inputs(row.get("inputs")));
		}
		Set<String> appraisalLeaves = new java.util.HashSet<>();
		set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.APPRAISAL)
			.forEach((leaf) -> appraisalLeaves.add(leaf.code()));
		int index = 0;
		for (Map<String, String> row : DemoData.read("district-2022-states.tsv")) {
			UnitView unit = units.get(row.get("unit"));
			if (unit == null) {
				throw new IllegalStateException("Demo data names an unknown unit: " + row.get("unit"));
			}
			UnitState state = UnitState.valueOf(row.get("state"));
			if (state == UnitState.NOT_STARTED) {
				continue;
			}
			List<String> areas = List.of(row.get("areas").split("\\s+"));
			List<SaveSelfAssessment.LeafDraft> drafts = new ArrayList<>();
			inputs.getOrDefault(unit.code(), Map.of()).forEach((leaf, values) -> {
				boolean wanted = state != UnitState.DRAFT
						|| areas.stream().anyMatch((area) -> leaf.startsWith(area + "."));
				if (wanted && appraisalLeaves.contains(leaf)) {
					drafts.add(new SaveSelfAssessment.LeafDraft(leaf, values,
							(state == UnitState.DRAFT) ? "" : EXPLANATION, -1, List.of(), Optional.empty()));
				}
			});
			this.dossiers.saveSelfAssessment(new SaveSelfAssessment(cycle.id(), unit.id(), drafts),
					unitActor(unit, "canbo", false));
			if (state.ordinal() >= UnitState.SUBMITTED.ordinal()) {
				this.dossiers.submit(cycle.id(), unit.id(), unitActor(unit, "lanhdao", false));
			}
			if (state.ordinal() >= UnitState.FLAGGED.ordinal()) {
				roundOne(cycle.id(), unit.id(), Optional.of(QUESTIONS.get(index % QUESTIONS.size())), false);
			}
			if (state == UnitState.ANSWERED) {
				answer(cycle.id(), unit, index, false);
			}
			index++;
		}
	}

	/**
	 * Moves the demo's cycle to a stage (see {@link DemoStage}), all or nothing.
	 * @param by the PAR office officer who asked for it (publishes, when the stage is
	 * publication)
	 * @throws DemoStageException {@code demo.stage.par-office-only} for anyone else,
	 * {@code demo.stage.none} without the demo's cycle, {@code demo.stage.closed} once
	 * the year is approved or published
	 * @throws RuntimeException a refusal of the workflow's services, e.g. the council
	 * cannot approve while a bonus proposed by hand is undecided
	 */
	@Transactional
	public CycleView moveTo(DemoStage stage, Actor by) {
		if (!by.hasRole("PAR_OFFICE")) {
			throw new DemoStageException("demo.stage.par-office-only");
		}
		CycleView cycle = cycle().orElseThrow(() -> new DemoStageException("demo.stage.none"));
		if (this.appraisal.approvedBy(cycle.id()).isPresent() || this.cycles.closed(cycle.id())) {
			throw new DemoStageException("demo.stage.closed", YEAR);
		}
		String before = cycle.stageAt(Instant.now(this.clock)).name();
		long id = cycle.id();
		// every step of the move is the demo's, and the audit trail says so after the
		// person's name, as the histories do (issue 9, #15): deadlines moved, rounds,
		// answers, the council's approval and the publication
		Actor mover = new DemoActor(by.accountId(), PersonNames.demoStep(by.username()), "PAR_OFFICE",
				Optional.empty());
		Actors.as(mover, () -> {
			walk(cycle, stage);
			return null;
		});
		this.events.publishEvent(
				AuditableChange.of("cycle", Long.toString(id), "demo-stage-moved", before, stage.name(), "demo"));
		if (stage == DemoStage.PUBLICATION) {
			Actors.as(mover, () -> {
				Actor council = appraiser(COUNCIL, "COUNCIL_MEMBER", true);
				Actors.as(council, () -> {
					this.appraisal.approve(id, council);
					return null;
				});
				this.publications.publish(id, mover);
				return null;
			});
		}
		return this.cycles.find(id).orElseThrow();
	}

	/**
	 * The steps of a move up to the chosen stage, as the people they are recorded for.
	 */
	private void walk(CycleView cycle, DemoStage stage) {
		long id = cycle.id();
		if (stage.compareTo(DemoStage.EXPLANATION) >= 0) {
			reschedule(cycle, DemoStage.APPRAISAL);
			// only dossiers handed in are appraised (README step 4, the Thẩm định
			// question): one never submitted, locked by the passed deadline, is left
			// unappraised and scored by the rules for such dossiers (walk #14)
			Map<Long, DossierStatus> statuses = this.appraisal.statuses(id);
			forEachUnit(cycle, (unitId) -> {
				if (statuses.get(unitId) == DossierStatus.SUBMITTED) {
					roundOne(id, unitId, Optional.empty(), true);
				}
			});
		}
		if (stage.compareTo(DemoStage.ROUND_2) >= 0) {
			reschedule(cycle, DemoStage.EXPLANATION);
			int[] index = { 0 };
			forEachUnit(cycle,
					(unitId) -> answer(id, this.organization.findUnit(unitId).orElseThrow(), index[0]++, true));
		}
		if (stage.compareTo(DemoStage.COUNCIL) >= 0) {
			reschedule(cycle, DemoStage.ROUND_2);
			forEachUnit(cycle, (unitId) -> roundTwo(id, unitId));
			// the survey staff record the survey points before the council sits
			this.surveyPoints.record(cycle.indexSetId());
		}
		reschedule(cycle, (stage == DemoStage.PUBLICATION) ? DemoStage.COUNCIL : stage);
	}

	/**
	 * A step recorded for {@code actor}: when the stage mover makes it, the audit trail
	 * names that actor (a demo step) rather than the PAR office's person who asked for
	 * the move; the demo's loading keeps its own.
	 */
	private static <T> T step(Actor actor, boolean mover, java.util.function.Supplier<T> step) {
		return mover ? Actors.as(actor, step) : step.get();
	}

	/**
	 * What a move to the stage would do to the units' dossiers, for the PAR office to
	 * confirm first (issue 9): how many dossiers not submitted it locks at once (the
	 * self-assessment deadline passes), and how many locked dossiers become drafts again
	 * (a move back to self-assessment).
	 * @throws DemoStageException {@code demo.stage.none} without the demo's cycle
	 */
	@Transactional(readOnly = true)
	public MoveConsequences consequences(DemoStage stage) {
		CycleView cycle = cycle().orElseThrow(() -> new DemoStageException("demo.stage.none"));
		Map<Long, DossierStatus> statuses = this.appraisal.statuses(cycle.id());
		int locked = (stage.compareTo(DemoStage.APPRAISAL) >= 0)
				? (int) statuses.values().stream().filter(DossierStatus::editable).count() : 0;
		int reopened = (stage == DemoStage.SELF_ASSESSMENT)
				? (int) statuses.values().stream().filter((status) -> status == DossierStatus.LOCKED).count() : 0;
		return new MoveConsequences(statuses.size(), locked, reopened);
	}

	/**
	 * What a demo move does to the dossiers.
	 *
	 * @param units the participating units
	 * @param locked dossiers not submitted that the move locks at once (0 to units)
	 * @param reopened locked dossiers that become drafts again (0 to units)
	 */
	public record MoveConsequences(int units, int locked, int reopened) {

	}

	/** Deadlines that put now inside the stage (to the minute, Vietnam's time). */
	private void reschedule(CycleView cycle, DemoStage stage) {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(ZONE)).truncatedTo(ChronoUnit.MINUTES);
		CycleDeadlines deadlines = switch (stage) {
			case SELF_ASSESSMENT -> openingDeadlines(cycle.unitIds());
			case APPRAISAL -> new CycleDeadlines(now.minusDays(1), now.plusDays(14), now.plusDays(24), now.plusDays(39),
					now.plusDays(54), cycle.unitIds());
			case EXPLANATION -> new CycleDeadlines(now.minusDays(15), now.minusDays(1), now.plusDays(10),
					now.plusDays(25), now.plusDays(40), cycle.unitIds());
			case ROUND_2, COUNCIL, PUBLICATION -> new CycleDeadlines(now.minusDays(25), now.minusDays(11),
					now.minusDays(1), now.plusDays(14), now.plusDays(29), cycle.unitIds());
		};
		this.cycles.update(cycle.id(), deadlines);
	}

	private void forEachUnit(CycleView cycle, java.util.function.LongConsumer step) {
		this.organization.unitsOf(this.methodology.find(cycle.indexSetId()).orElseThrow().unitGroupId())
			.stream()
			.map(UnitView::id)
			.filter(cycle.unitIds()::contains)
			.forEach(step::accept);
	}

	/**
	 * Round 1 by the appraiser on the areas assigned: the self-assessed points accepted,
	 * except, when a question is given and round 1 has not started, the first criterion
	 * with points, cut to half and asked about. A round 1 started by hand is completed:
	 * only the criteria without a round-1 or final score are scored, so what a person
	 * scored stays as it is.
	 */
	private void roundOne(long cycleId, long unitId, Optional<String> question, boolean mover) {
		// the team's two appraisers, each on the areas assigned; only the first asks
		roundOne(APPRAISER, cycleId, unitId, question, mover);
		roundOne(SECOND_APPRAISER, cycleId, unitId, Optional.empty(), mover);
	}

	private void roundOne(String username, long cycleId, long unitId, Optional<String> question, boolean mover) {
		if (this.identity.findByUsername(username).isEmpty()) {
			return;
		}
		Actor appraiser = appraiser(username, "APPRAISER", mover);
		Set<String> areas = Set.copyOf(this.appraisal.areas(cycleId, appraiser));
		UnitDossierView dossier = this.dossiers.dossier(cycleId, unitId, appraiser);
		List<LeafRecordView> inAreas = dossier.leaves()
			.stream()
			.filter((leaf) -> areas.contains(leaf.leafCode().substring(0, leaf.leafCode().indexOf('.'))))
			.toList();
		// a question or a comment given without a score counts as started too (F5)
		boolean started = inAreas.stream()
			.anyMatch((leaf) -> leaf.round1Points().isPresent() || leaf.finalPoints().isPresent()
					|| leaf.question().isPresent() || !leaf.round1Comment().isEmpty());
		List<LeafRecordView> leaves = inAreas.stream()
			.filter((leaf) -> leaf.round1Points().isEmpty() && leaf.finalPoints().isEmpty())
			.filter((leaf) -> leaf.selfPoints().isPresent())
			.toList();
		if (leaves.isEmpty()) {
			return;
		}
		Optional<String> flagged = question.filter((asked) -> !started)
			.flatMap((asked) -> leaves.stream()
				.filter((leaf) -> leaf.selfPoints().get().signum() > 0)
				.map(LeafRecordView::leafCode)
				.findFirst());
		List<AppraiseLeaves.LeafScore> scores = new ArrayList<>();
		for (LeafRecordView leaf : leaves) {
			if (flagged.filter(leaf.leafCode()::equals).isPresent()) {
				// half the points, or Không đạt on a yes/no criterion, which takes no
				// points in between (Dossier.checkPoints)
				BigDecimal half = leaf.inputs().containsKey(Rule.YesNo.MET) ? BigDecimal.ZERO
						: leaf.selfPoints().get().divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
				scores.add(score(leaf, Optional.of(half), "Đối chiếu lại với báo cáo quý của đơn vị.",
						"Tài liệu kiểm chứng chưa chứng minh đủ số liệu kê khai.", question.get(), false));
			}
			else {
				// what the appraiser wrote without a score (a question, a comment, a
				// public reason) is kept: the save takes a blank question as withdrawn
				// and blank texts as cleared (issue 9, F5: a question asked without a
				// score vanished here)
				scores.add(kept(leaf, accepted(leaf, leaf.round1Comment(), false)));
			}
		}
		step(appraiser, mover, () -> this.appraisal
			.appraise(new AppraiseLeaves(cycleId, unitId, AppraiseLeaves.Round.ROUND1, scores), appraiser));
	}

	/** The unit's officer answers every question still open. */
	private void answer(long cycleId, UnitView unit, int index, boolean mover) {
		Actor officer = unitActor(unit, "canbo", mover);
		List<AnswerQuestions.Answer> answers = this.dossiers.dossier(cycleId, unit.id(), officer)
			.flagged()
			.stream()
			.filter((leaf) -> leaf.answer().isEmpty())
			.map((leaf) -> new AnswerQuestions.Answer(leaf.leafCode(), ANSWERS.get(index % ANSWERS.size()),
					leaf.version(), List.of()))
			.toList();
		if (!answers.isEmpty()) {
			step(officer, mover, () -> {
				this.dossiers.answer(new AnswerQuestions(cycleId, unit.id(), answers), officer);
				return null;
			});
		}
	}

	/**
	 * Round 2 by the appraiser on every criterion asked about and not finalised: the
	 * answer accepted, the self-assessed points restored.
	 */
	private void roundTwo(long cycleId, long unitId) {
		Actor appraiser = appraiser(APPRAISER, "APPRAISER", true);
		List<AppraiseLeaves.LeafScore> scores = this.dossiers.dossier(cycleId, unitId, appraiser)
			.flagged()
			.stream()
			.filter((leaf) -> leaf.finalPoints().isEmpty() && leaf.selfPoints().isPresent())
			.map((leaf) -> accepted(leaf, "Chấp nhận giải trình của đơn vị.", true))
			.toList();
		if (!scores.isEmpty()) {
			step(appraiser, true, () -> this.appraisal
				.appraise(new AppraiseLeaves(cycleId, unitId, AppraiseLeaves.Round.ROUND2, scores), appraiser));
		}
	}

	/**
	 * The self-assessed points accepted as the appraised score. Points are kept with at
	 * most four decimals ({@code Bounds.POINTS_FRACTION}, the column's scale) while a
	 * ratio's self-assessed points may have more (1.250/2.160 × 0,6 = 0,347222…): those
	 * are given rounded half up to four decimals, as an appraiser must type them, with
	 * the public reason the differing score requires ({@link #ROUNDED}), so that round 1
	 * scores every criterion and the council's preview lists none as missing (issue 9,
	 * appr9; before, such criteria were left unscored).
	 */
	private static AppraiseLeaves.LeafScore accepted(LeafRecordView leaf, String comment, boolean confirmed) {
		BigDecimal self = leaf.selfPoints().orElseThrow();
		BigDecimal rounded = self.setScale(Math.min(4, Math.max(0, self.stripTrailingZeros().scale())),
				RoundingMode.HALF_UP);
		return score(leaf, Optional.of(rounded), comment, "", "", confirmed);
	}

	/**
	 * A round-1 score with what the appraiser already wrote on the criterion: its
	 * question and its public reason (the comment is given by the caller).
	 */
	private static AppraiseLeaves.LeafScore kept(LeafRecordView leaf, AppraiseLeaves.LeafScore score) {
		return new AppraiseLeaves.LeafScore(score.leafCode(), score.points(), score.comment(),
				leaf.publicReason().isEmpty() ? score.reason() : leaf.publicReason(),
				leaf.question().orElse(score.question()), score.confirmed(), score.version());
	}

	/**
	 * The public reason of a self-assessed score given rounded to four decimals.
	 */
	static final String ROUNDED = "Điểm tự chấm được làm tròn đến 4 chữ số thập phân (độ chính xác của điểm thẩm định).";

	private static AppraiseLeaves.LeafScore score(LeafRecordView leaf, Optional<BigDecimal> points, String comment,
			String reason, String question, boolean confirmed) {
		// as an appraiser types it: no trailing zeros beyond the column's four decimals
		Optional<BigDecimal> typed = points.map((value) -> value.setScale(4, RoundingMode.UNNECESSARY)
			.stripTrailingZeros()
			.setScale(Math.max(0, value.stripTrailingZeros().scale())));
		return new AppraiseLeaves.LeafScore(leaf.leafCode(), typed, comment, reason, question, confirmed,
				leaf.version());
	}

	/**
	 * A demo account acting; a step of the stage mover ({@code mover}) is recorded as
	 * such ({@link PersonNames#demoStep}), so that histories say "(thao tác minh họa)"
	 * after the person's name (walk #14).
	 */
	private Actor appraiser(String username, String role, boolean mover) {
		AccountView account = this.identity.findByUsername(username)
			.orElseThrow(() -> new DemoStageException("demo.stage.none"));
		return new DemoActor(account.id(), mover ? PersonNames.demoStep(username) : username, role, Optional.empty());
	}

	/**
	 * A unit's officer ({@code canbo}) or leader ({@code lanhdao}) acting: by the unit's
	 * demo account where there is one (Đak Pơ's), else recorded by the post's name for
	 * the unit ("Cán bộ đầu mối CCHC huyện Krông Pa"), never by a login no one has, which
	 * pages would show as it is (walk #15); a step of the stage mover is recorded as
	 * such.
	 */
	private Actor unitActor(UnitView unit, String post, boolean mover) {
		String login = account(unit, post);
		String recorded = this.identity.findByUsername(login).isPresent() ? login
				: ("lanhdao".equals(post) ? "Lãnh đạo UBND " : "Cán bộ đầu mối CCHC ") + placeName(unit);
		return new DemoActor(mover ? PersonNames.demoStep(recorded) : recorded,
				"lanhdao".equals(post) ? "UNIT_LEADER" : "UNIT_OFFICER", Optional.of(unit.id()));
	}

	/** "huyện Krông Pa", "thành phố Pleiku", "thị xã An Khê". */
	private static String placeName(UnitView unit) {
		return switch (unit.kind()) {
			case CITY -> "thành phố " + unit.name();
			case TOWN -> "thị xã " + unit.name();
			case DISTRICT -> "huyện " + unit.name();
			default -> unit.name();
		};
	}

	/** A unit's demo username, as the README names Đak Pơ's: {@code dakpo.canbo}. */
	private static String account(UnitView unit, String role) {
		return unit.code().replace("-", "") + "." + role;
	}

	/** Where a unit stands when the demo is loaded, in the order of the year. */
	enum UnitState {

		NOT_STARTED, DRAFT, COMPLETE, SUBMITTED, FLAGGED, ANSWERED

	}

	/** A demo move the PAR office cannot make now, said in the user's language. */
	public static final class DemoStageException extends LocalizedException {

		DemoStageException(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

}
