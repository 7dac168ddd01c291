package org.parindex.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parindex.assessment.PublishedResultSource;
import org.parindex.assessment.PublishedUnitResult;
import org.parindex.engine.Component;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.NotFoundException;

import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's published result for its own dossier page (issue 9, F18/F19), read from the
 * latest published revision exactly as the public scorecard reads it: the total, the rank
 * in the set's rank label style, the parts, and the appraisal criteria that lost points
 * with the public reasons as published (never the appraiser's working comment), those
 * scored zero for want of an entry or a submission marked as such.
 */
@org.springframework.stereotype.Component
class DossierPublishedResults implements PublishedResultSource {

	private final ReportingService reporting;

	private final PublicationService publications;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	DossierPublishedResults(ReportingService reporting, PublicationService publications, MethodologyService methodology,
			OrganizationService organization) {
		this.reporting = reporting;
		this.publications = publications;
		this.methodology = methodology;
		this.organization = organization;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedUnitResult> publishedResult(long indexSetId, long unitId, Locale locale) {
		IndexSetView set = this.methodology.find(indexSetId).orElse(null);
		if (set == null || !set.published()) {
			return Optional.empty();
		}
		Optional<PublicationView> latest = this.publications.revisions(indexSetId)
			.stream()
			.max(Comparator.comparingInt(PublicationView::revision));
		Optional<UnitGroupView> group = this.organization.findGroup(set.unitGroupId());
		Optional<UnitView> unit = this.organization.findUnit(unitId);
		if (latest.isEmpty() || group.isEmpty() || unit.isEmpty()) {
			return Optional.empty();
		}
		ScorecardReport report;
		try {
			report = this.reporting.scorecard(set.year(), group.get().code(), unit.get().code(), locale);
		}
		catch (NotFoundException ex) {
			// the unit took no part in the year
			return Optional.empty();
		}
		IndexSetView scored = report.results().set();
		UnitResult result = report.standing().result();
		boolean submitted = report.standing().submitted();
		List<PublishedUnitResult.Part> parts = new ArrayList<>();
		parts.add(new PublishedUnitResult.Part("dossier.published.part.appraisal",
				result.component(Component.APPRAISAL), scored.componentMax(Component.APPRAISAL)));
		if (scored.componentMaxima().containsKey(Component.SURVEY)) {
			parts.add(new PublishedUnitResult.Part("dossier.published.part.survey", result.component(Component.SURVEY),
					scored.componentMax(Component.SURVEY)));
		}
		parts.add(new PublishedUnitResult.Part("dossier.published.part.bonus", result.bonus().applied(),
				scored.bonusCap()));
		parts.add(new PublishedUnitResult.Part("dossier.published.part.deduction", result.deduction().applied(),
				scored.deductionCap()));
		boolean english = "en".equals(locale.getLanguage());
		List<PublishedUnitResult.LostCriterion> lost = report.rows()
			.stream()
			.filter((row) -> row.leaf() && row.lostAny() && row.component().orElse(null) == Component.APPRAISAL)
			.map((row) -> new PublishedUnitResult.LostCriterion(row.code(),
					(english && !row.nameEn().isBlank()) ? row.nameEn() : row.name(), row.points(), row.applicableMax(),
					row.comment(), statusKey(row.status(), submitted)))
			.toList();
		PublicationView publication = latest.get();
		String link = "/reporting/scorecards/" + set.year() + "/" + group.get().code() + "/" + unit.get().code();
		return Optional.of(new PublishedUnitResult(publication.revision(), publication.publishedAt(), link, submitted,
				result.total(), scored.totalMax(),
				scored.rankLabel().label(report.standing().rank().rank(), report.standing().rank().unitCount()),
				scored.publishedPlaces(), parts, lost));
	}

	/**
	 * Why a criterion scored without an appraised score: nothing entered (a unit that
	 * submitted) or not counted (a unit that never submitted); empty otherwise.
	 */
	private static String statusKey(LeafStatus status, boolean submitted) {
		return switch (status) {
			case NOT_ENTERED -> submitted ? "dossier.published.not-entered" : "scorecard.tree.not-counted";
			case INVALID -> "dossier.published.invalid";
			default -> "";
		};
	}

}
