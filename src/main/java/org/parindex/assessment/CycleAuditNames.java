package org.parindex.assessment;

import java.util.HashMap;
import java.util.Map;

import org.parindex.methodology.MethodologyService;
import org.parindex.platform.AuditNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names each cycle for the audit trail by the year of its index set ({@code cycle:3} →
 * {@code 2022}), which the audit page and export write as "Kỳ đánh giá năm 2022"; and
 * each bonus or deduction entry by its unit, kind and points ({@code adjustment:49} →
 * {@code 9/BONUS/1.5}, the unit by its number as {@code unit:9} names it), which they
 * write as "Đak Pơ · Điểm thưởng 1,50" instead of "Số 49" (walk of 02/12, finding 11).
 */
@Component
class CycleAuditNames implements AuditNames {

	private final CycleRepository cycles;

	private final MethodologyService methodology;

	CycleAuditNames(CycleRepository cycles, MethodologyService methodology) {
		this.cycles = cycles;
		this.methodology = methodology;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> auditNames() {
		Map<String, String> names = new HashMap<>();
		for (CycleView cycle : this.cycles.all()) {
			this.methodology.find(cycle.indexSetId())
				.ifPresent((set) -> names.put("cycle:" + cycle.id(), Integer.toString(set.year())));
			for (org.parindex.assessment.cycle.AdjustmentEntry entry : this.cycles.adjustments(cycle.indexSetId())) {
				names.put("adjustment:" + entry.id(), entry.unitId() + "/" + entry.kind().name() + "/"
						+ entry.points().stripTrailingZeros().toPlainString());
			}
		}
		return names;
	}

}
