package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.engine.Component;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.Actor;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.Text;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.ScoringService;
import org.parindex.scoring.UnitStanding;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of a year's results for a unit group, all units at once, once the council
 * has approved: the index set is frozen, the results become public, and the results as
 * published are kept as revision 1. A later correction changes a leaf's final score with
 * a reason and publishes a new revision; earlier revisions stay readable.
 */
@Service
public class PublicationService {

	private final CycleService cycles;

	private final AppraisalService appraisal;

	private final MethodologyService methodology;

	private final IndexSetEditor editor;

	private final ScoringService scoring;

	private final PublicationRepository publications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationService(CycleService cycles, AppraisalService appraisal, MethodologyService methodology,
			IndexSetEditor editor, ScoringService scoring, PublicationRepository publications,
			ApplicationEventPublisher events, Clock clock) {
		this.cycles = cycles;
		this.appraisal = appraisal;
		this.methodology = methodology;
		this.editor = editor;
		this.scoring = scoring;
		this.publications = publications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes the cycle's year.
	 * @throws PublicationException when not approved by the council or already published
	 */
	@Transactional
	public PublicationView publish(long cycleId, Actor actor) {
		return publish(cycleId, actor, OffsetDateTime.now(this.clock));
	}

	/**
	 * Publishes a year as of a given time: for years appraised and published before
	 * ParIndex (the demo's 2020 and 2021, taken over from the province's decisions).
	 */
	@Transactional
	public PublicationView publish(long cycleId, Actor actor, OffsetDateTime at) {
		requireParOffice(actor);
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		if (set.published()) {
			throw new PublicationException("publication.already", set.year());
		}
		if (this.appraisal.approvedBy(cycleId).isEmpty()) {
			throw new PublicationException("publication.not-approved", set.year());
		}
		this.editor.markPublished(set.id());
		return snapshot(set, 1, actor.username(), "", at);
	}

	/**
	 * Corrects a leaf's final score of a published year and publishes the next revision.
	 * @throws PublicationException when the year is not published or without a reason
	 */
	@Transactional
	public PublicationView correct(long cycleId, long unitId, String leafCode, BigDecimal points, String reason,
			Actor actor) {
		requireParOffice(actor);
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		String clean = Text.normalize(reason).strip();
		if (!set.published()) {
			throw new PublicationException("publication.correction.unpublished", set.year());
		}
		if (clean.isEmpty()) {
			throw new PublicationException("publication.correction.reason");
		}
		this.appraisal.correct(cycleId, unitId, leafCode, points, clean, actor);
		int next = this.publications.publications(set.id()).size() + 1;
		return snapshot(set, next, actor.username(), clean, OffsetDateTime.now(this.clock));
	}

	/** The revisions of a set's publication, oldest first (empty until published). */
	@Transactional(readOnly = true)
	public List<PublicationView> revisions(long indexSetId) {
		return this.publications.publications(indexSetId);
	}

	/**
	 * The results as a revision published them.
	 * @throws NotFoundException for a revision that does not exist
	 */
	@Transactional(readOnly = true)
	public List<PublishedResultView> results(long indexSetId, int revision) {
		PublicationView publication = this.publications.publication(indexSetId, revision)
			.orElseThrow(() -> new NotFoundException("publication.revision.unknown", revision));
		return this.publications.results(publication.id());
	}

	private PublicationView snapshot(IndexSetView set, int revision, String by, String reason, OffsetDateTime at) {
		IndexResults results = this.scoring.results(set.year(), set.unitGroupId())
			.orElseThrow(() -> new PublicationException("publication.no-results", set.year()));
		List<PublishedResultView> rows = results.standings().stream().map(PublicationService::row).toList();
		long id = this.publications.insert(set.id(), revision, at, by, reason, rows);
		this.events.publishEvent(AuditableChange.of("publication", set.id() + "/" + revision,
				(revision == 1) ? "published" : "corrected", "", "revision=" + revision + "; units=" + rows.size(),
				reason));
		return this.publications.publication(set.id(), revision).filter((p) -> p.id() == id).orElseThrow();
	}

	private static PublishedResultView row(UnitStanding standing) {
		return new PublishedResultView(standing.unit().id(), standing.unit().name(),
				standing.result().component(Component.APPRAISAL), standing.result().component(Component.SURVEY),
				standing.result().bonus().applied(), standing.result().deduction().applied(), standing.result().total(),
				standing.rank().rank(), standing.rank().unitCount());
	}

	private CycleView cycle(long cycleId) {
		return this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
	}

	private static void requireParOffice(Actor actor) {
		if (!actor.hasRole("PAR_OFFICE")) {
			throw new PublicationException("publication.par-office-only");
		}
	}

}
