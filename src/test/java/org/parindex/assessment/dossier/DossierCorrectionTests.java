package org.parindex.assessment.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.assessment.CorrectScore;
import org.parindex.assessment.CorrectedPart;
import org.parindex.assessment.DossierStatus;
import org.parindex.assessment.DossierView;
import org.parindex.assessment.WorkflowException;
import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.cycle.Schedule;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.engine.Level;
import org.parindex.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A correction after publication and the public reason of the corrected criterion (issue
 * 9, #10 and F3): the reason for lost points is the one the PAR office writes with the
 * correction, else the one it reviewed, while points are still lost; a criterion that
 * still loses points without either is refused and nothing changes; none remains at the
 * maximum; the correction's reason goes to the history, never to the public reason.
 */
class DossierCorrectionTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Instant PUBLISHED = at(2023, 4, 15).toInstant();

	private static final String CODE = "3.3.4";

	private static final String REVIEWED = "Kế hoạch ban hành chậm so với quy định";

	private static final String CORRECTION = "Hội đồng xem xét lại theo kiến nghị của huyện";

	private static final String PUBLIC = "Kế hoạch ban hành sau ngày 31/01 (quy định: trước 31/01)";

	private static final LeafRules RULES = new LeafRules(Map.of(CODE, new Leaf(CODE, Level.CRITERION,
			new BigDecimal("2"), Component.APPRAISAL, new Rule.Manual(BigDecimal.ZERO))), Map.of(CODE, "3"), Map.of());

	@Test
	void aCriterionThatStillLosesPointsKeepsItsReviewedReason() {
		Dossier dossier = dossier(Optional.of(new LeafEntry.Review(REVIEWED, "sonoivu", PUBLISHED)), REVIEWED);
		dossier.correct(published(), RULES, correction("1.5"), Optional.empty(), "sonoivu", PUBLISHED.plusSeconds(60));
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.finalPoints()).contains(new BigDecimal("1.5"));
		assertThat(entry.publicReason()).isEqualTo(REVIEWED);
		assertThat(entry.review().map(LeafEntry.Review::text)).contains(REVIEWED);
		assertThat(dossier.history()).singleElement()
			.satisfies((step) -> assertThat(step.detail()).isEqualTo("1.5; " + CORRECTION));
	}

	@Test
	void aCriterionAtItsMaximumHasNoLostPointsReason() {
		Dossier dossier = dossier(Optional.of(new LeafEntry.Review(REVIEWED, "sonoivu", PUBLISHED)), REVIEWED);
		dossier.correct(published(), RULES, correction("2"), Optional.empty(), "sonoivu", PUBLISHED.plusSeconds(60));
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.finalPoints()).contains(new BigDecimal("2"));
		assertThat(entry.publicReason()).isEmpty();
		assertThat(entry.review()).isEmpty();
	}

	@Test
	void aCriterionWithoutAReviewedReasonNeverTakesTheCorrectionsReason() {
		// issue 9, F3: the correction's reason became the public "lý do mất điểm"
		Dossier dossier = dossier(Optional.empty(), "");
		assertThatThrownBy(() -> dossier.correct(published(), RULES, correction("1"), Optional.empty(), "sonoivu",
				PUBLISHED.plusSeconds(60)))
			.isInstanceOfSatisfying(WorkflowException.class, (refused) -> {
				assertThat(refused.messageKey()).isEqualTo("assessment.correction.public-reason.required");
				assertThat(refused.arguments()).containsExactly(CODE, BigDecimal.ONE);
			});
		// nothing changes
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.finalPoints()).contains(BigDecimal.ONE);
		assertThat(entry.publicReason()).isEmpty();
		assertThat(entry.review()).isEmpty();
		assertThat(dossier.history()).isEmpty();
	}

	@Test
	void aReviewOfAnEmptyTextIsNoReasonForLostPoints() {
		// walk A of 02/12, finding 2: a year taken over from the province's decisions
		// records a review of its (empty) comment for every criterion; 1,00 → 0,75 was
		// then published with no reason for the lost points
		Dossier dossier = dossier(Optional.of(new LeafEntry.Review("", "system", PUBLISHED)), "");
		assertThatThrownBy(() -> dossier.correct(published(), RULES, correction("1.5", "  "), Optional.empty(),
				"sonoivu", PUBLISHED.plusSeconds(60)))
			.isInstanceOfSatisfying(WorkflowException.class, (refused) -> assertThat(refused.messageKey())
				.isEqualTo("assessment.correction.public-reason.required"));
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.finalPoints()).contains(BigDecimal.ONE);
		assertThat(dossier.history()).isEmpty();
	}

	@Test
	void theReasonWrittenForThePublicIsPublishedAndTheCorrectionsReasonStaysInTheRecord() {
		Dossier dossier = dossier(Optional.empty(), "");
		dossier.correct(published(), RULES, correction("1.5", PUBLIC), Optional.empty(), "sonoivu",
				PUBLISHED.plusSeconds(60));
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.finalPoints()).contains(new BigDecimal("1.5"));
		assertThat(entry.publicReason()).isEqualTo(PUBLIC);
		assertThat(entry.review().map(LeafEntry.Review::text)).contains(PUBLIC);
		assertThat(entry.review().map(LeafEntry.Review::by)).contains("sonoivu");
		// the correction's reason in the correction's history step; the new public reason
		// in a step of its own, as the PAR office's review
		assertThat(dossier.history()).extracting(HistoryEntry::detail).containsExactly("1.5; " + CORRECTION, PUBLIC);
		assertThat(dossier.history()).extracting(HistoryEntry::phase).containsExactly("CORRECTION", "REASON");
	}

	@Test
	void aReasonWrittenWithTheCorrectionReplacesTheReviewedOne() {
		Dossier dossier = dossier(Optional.of(new LeafEntry.Review(REVIEWED, "sonoivu", PUBLISHED)), REVIEWED);
		dossier.correct(published(), RULES, correction("0.5", PUBLIC), Optional.empty(), "sonoivu",
				PUBLISHED.plusSeconds(60));
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.publicReason()).isEqualTo(PUBLIC);
		assertThat(entry.review().map(LeafEntry.Review::text)).contains(PUBLIC);
	}

	@Test
	void aCriterionAtItsMaximumPublishesNoReasonWhateverIsWritten() {
		Dossier dossier = dossier(Optional.empty(), "");
		dossier.correct(published(), RULES, correction("2", PUBLIC), Optional.empty(), "sonoivu",
				PUBLISHED.plusSeconds(60));
		LeafEntry entry = dossier.leaf(CODE).orElseThrow();
		assertThat(entry.publicReason()).isEmpty();
		assertThat(entry.review()).isEmpty();
	}

	@Test
	void refusesAPublicReasonOverItsLength() {
		Dossier dossier = dossier(Optional.empty(), "");
		assertThatThrownBy(() -> dossier.correct(published(), RULES, correction("1", "x".repeat(2001)),
				Optional.empty(), "sonoivu", PUBLISHED.plusSeconds(60)))
			.isInstanceOfSatisfying(WorkflowException.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("assessment.correction.public-reason.max"));
		assertThat(dossier.leaf(CODE).orElseThrow().finalPoints()).contains(BigDecimal.ONE);
	}

	private static CorrectScore correction(String points, String publicReason) {
		return new CorrectScore(7, CorrectedPart.CRITERION, CODE, Optional.of(new BigDecimal(points)), Optional.empty(),
				CORRECTION, Map.of(), publicReason);
	}

	private static CorrectScore correction(String points) {
		return new CorrectScore(7, CorrectedPart.CRITERION, CODE, Optional.of(new BigDecimal(points)), Optional.empty(),
				CORRECTION);
	}

	/** A published dossier whose criterion was appraised at 1 point of 2. */
	private static Dossier dossier(Optional<LeafEntry.Review> review, String reason) {
		LeafEntry entry = new LeafEntry(11, CODE, 3, Map.of(Rule.Manual.SCORE, new BigDecimal("2")), "Đã ban hành",
				Optional.of(BigDecimal.ONE), "", Optional.empty(), Optional.empty(), Optional.of(BigDecimal.ONE),
				"Nội bộ", Optional.empty(), reason, review, "thamdinh", PUBLISHED);
		return new Dossier(new DossierView(1, 7, DossierStatus.SUBMITTED, Optional.of(PUBLISHED),
				Optional.of("lanhdao"), Optional.empty()), List.of(entry), List.of());
	}

	private static Cycle published() {
		Schedule schedule = new Schedule(at(2023, 1, 15), at(2023, 2, 15), at(2023, 2, 28), at(2023, 3, 31),
				at(2023, 4, 15));
		return new Cycle(1, 1, 2022, schedule, Set.of(7L), Optional.of(new Cycle.Approval(PUBLISHED, "hoidong")),
				Optional.of(PUBLISHED), Optional.empty(), List.of());
	}

	private static ZonedDateTime at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 17, 0).atZone(VIETNAM);
	}

}
