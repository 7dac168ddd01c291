package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parindex.engine.Component;
import org.parindex.engine.Scorer;
import org.parindex.engine.UnitInputs;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Criteria that do not apply to a unit (provincial guidance exempts, e.g., units that
 * handle no administrative procedures from the procedures area): the PAR office marks a
 * node (area, criterion or sub-criterion) not applicable to a participating unit of a
 * cycle, with a reason; everything under it is left out of the unit's scoring and its
 * components are converted to the set's scale ({@link Scorer}). Every change is audited
 * and raises the results' revision; a closed year (approved or published) refuses
 * changes. The table {@code assessment_not_applicable} has this one writer.
 */
@Service
public class NotApplicableService {

	/** The longest reason, as the column holds it. */
	public static final int REASON_MAX = 1000;

	private final JdbcClient jdbc;

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotApplicableService(JdbcClient jdbc, CycleService cycles, MethodologyService methodology,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.methodology = methodology;
		this.events = events;
		this.clock = clock;
	}

	/** The marks of a cycle, by unit then tree order of entry. */
	@Transactional(readOnly = true)
	public List<NotApplicableView> list(long cycleId) {
		return this.jdbc
			.sql("select cycle_id, unit_id, node_code, reason, marked_by, marked_at from assessment_not_applicable"
					+ " where cycle_id = ? order by unit_id, id")
			.param(cycleId)
			.query((row, n) -> new NotApplicableView(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
					row.getString(5), row.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/**
	 * The codes not applicable to each unit under an index set (units without any left
	 * out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Set<String>> forSet(long indexSetId) {
		Map<Long, Set<String>> codes = new HashMap<>();
		this.jdbc.sql("select unit_id, node_code from assessment_not_applicable where index_set_id = ?")
			.param(indexSetId)
			.query((row, n) -> codes.computeIfAbsent(row.getLong(1), (id) -> new HashSet<>()).add(row.getString(2)))
			.list();
		return codes;
	}

	/**
	 * Marks a node not applicable to a unit.
	 * @throws WorkflowException when the year is closed ({@code assessment.closed}), the
	 * unit does not take part ({@code not-applicable.unit}), the node is not in the set
	 * ({@code not-applicable.node-unknown}), the reason is blank or longer than
	 * {@value #REASON_MAX} characters ({@code not-applicable.reason-invalid}), the node
	 * is marked already ({@code not-applicable.exists}) or nothing of a component would
	 * be left to assess ({@code not-applicable.nothing-left})
	 */
	@Transactional
	public NotApplicableView mark(long cycleId, long unitId, String nodeCode, String reason) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		if (this.cycles.closed(cycleId)) {
			throw new WorkflowException(set.published() ? "assessment.closed.published" : "assessment.closed",
					set.year());
		}
		if (!cycle.unitIds().contains(unitId)) {
			throw new WorkflowException("not-applicable.unit");
		}
		String code = nodeCode.strip();
		NodeView node = set.node(code).orElseThrow(() -> new WorkflowException("not-applicable.node-unknown", code));
		String text = Text.normalize(reason).strip();
		if (text.isEmpty() || text.length() > REASON_MAX) {
			throw new WorkflowException("not-applicable.reason-invalid", code, REASON_MAX);
		}
		Set<String> marked = new HashSet<>(forSet(set.id()).getOrDefault(unitId, Set.of()));
		if (!marked.add(code)) {
			throw new WorkflowException("not-applicable.exists", code);
		}
		UnitResult result = Scorer.score(set.definition(), new UnitInputs("u", Map.of(), List.of(), List.of(), marked));
		for (Component component : set.componentMaxima().keySet()) {
			if (set.componentMax(component).signum() > 0
					&& result.applicableMax(component).compareTo(BigDecimal.ZERO) <= 0) {
				throw new WorkflowException("not-applicable.nothing-left", code);
			}
		}
		String actor = Actors.currentName();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc
			.sql("insert into assessment_not_applicable (cycle_id, index_set_id, unit_id, node_code, reason,"
					+ " marked_by, marked_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(cycleId, set.id(), unitId, code, text, actor, now)
			.update();
		this.events.publishEvent(new NotApplicableChanged(set.id(), unitId));
		this.events.publishEvent(AuditableChange.of("not-applicable", cycleId + "/" + unitId, "marked", "",
				node.code() + ": " + text, text));
		return new NotApplicableView(cycleId, unitId, code, text, actor, now);
	}

	/**
	 * Makes a node applicable to a unit again.
	 * @throws WorkflowException when the year is closed, or the node was not marked
	 * ({@code not-applicable.missing})
	 */
	@Transactional
	public void unmark(long cycleId, long unitId, String nodeCode) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		if (this.cycles.closed(cycleId)) {
			throw new WorkflowException(set.published() ? "assessment.closed.published" : "assessment.closed",
					set.year());
		}
		int removed = this.jdbc
			.sql("delete from assessment_not_applicable where cycle_id = ? and unit_id = ? and node_code = ?")
			.params(cycleId, unitId, nodeCode)
			.update();
		if (removed == 0) {
			throw new WorkflowException("not-applicable.missing", nodeCode);
		}
		this.events.publishEvent(new NotApplicableChanged(set.id(), unitId));
		this.events
			.publishEvent(AuditableChange.of("not-applicable", cycleId + "/" + unitId, "unmarked", nodeCode, "", ""));
	}

}
