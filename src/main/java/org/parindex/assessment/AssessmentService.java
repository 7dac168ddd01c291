package org.parindex.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.parindex.platform.Text;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.Problem;
import org.parindex.engine.Scorer;
import org.parindex.engine.ScoreOverride;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Entries for appraisal leaves and the bonus and deduction ledgers. */
@Service
@Validated
public class AssessmentService {

	private final AssessmentRepository repository;

	private final MethodologyService methodology;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AssessmentService(AssessmentRepository repository, MethodologyService methodology, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.methodology = methodology;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records entries of one unit, all or nothing: every entry must name an appraisal
	 * leaf of the set and pass the leaf rule's checks (or carry a valid override with a
	 * reason).
	 * @throws InvalidEntryException listing every problem, when any entry is refused
	 * @throws IllegalArgumentException for an unknown index set, or a leaf that is not an
	 * appraisal leaf of it
	 */
	@Transactional
	public void recordEntries(@Valid RecordLeafEntries command) {
		IndexSetView set = this.methodology.find(command.indexSetId())
			.orElseThrow(() -> new IllegalArgumentException("No index set " + command.indexSetId()));
		Map<String, Leaf> leaves = new HashMap<>();
		for (Leaf leaf : set.definition().leaves()) {
			leaves.put(leaf.code(), leaf);
		}
		List<Problem> problems = new ArrayList<>();
		for (RecordLeafEntries.Entry entry : command.entries()) {
			Leaf leaf = leaves.get(entry.leafCode());
			if (leaf == null || leaf.component() != Component.APPRAISAL) {
				throw new IllegalArgumentException(
						"Not an appraisal leaf of set " + set.id() + ": " + entry.leafCode());
			}
			problems.addAll(Scorer.checkEntry(leaf, new LeafInputs(entry.inputs(), entry.override())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntryException(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<RecordLeafEntries.Entry> normalized = command.entries()
			.stream()
			.map((entry) -> new RecordLeafEntries.Entry(entry.leafCode(), entry.inputs(),
					entry.override().map((o) -> new ScoreOverride(o.points(), Text.normalize(o.reason()))),
					Text.normalize(entry.appraisalComment())))
			.toList();
		this.repository.upsert(command.indexSetId(), command.unitId(), normalized, now);
		this.events.publishEvent(new LeafEntriesRecorded(command.indexSetId(), command.unitId()));
	}

	@Transactional
	public AdjustmentView recordAdjustment(@Valid RecordAdjustment command) {
		IndexSetView set = this.methodology.find(command.indexSetId())
			.orElseThrow(() -> new IllegalArgumentException("No index set " + command.indexSetId()));
		AdjustmentView adjustment = this.repository.insertAdjustment(set.id(), command.unitId(), command.kind(),
				command.points(), Text.normalize(command.reason()), OffsetDateTime.now(this.clock));
		this.events.publishEvent(new AdjustmentRecorded(set.id(), command.unitId(), command.kind()));
		return adjustment;
	}

	/** Every entry under the set, all units. */
	@Transactional(readOnly = true)
	public List<LeafEntryView> entries(long indexSetId) {
		return this.repository.entries(indexSetId);
	}

	/** One unit's entries under the set. */
	@Transactional(readOnly = true)
	public List<LeafEntryView> entries(long indexSetId, long unitId) {
		return this.repository.entries(indexSetId, unitId);
	}

	/** Every approved bonus and deduction entry under the set, all units: what counts. */
	@Transactional(readOnly = true)
	public List<AdjustmentView> adjustments(long indexSetId) {
		return this.repository.adjustments(indexSetId);
	}

}
