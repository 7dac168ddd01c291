package org.parindex.assessment;

import java.util.HashMap;
import java.util.Map;

import org.parindex.methodology.MethodologyService;
import org.parindex.platform.AuditNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names each cycle for the audit trail by the year of its index set ({@code cycle:3} →
 * {@code 2022}), which the audit page and export write as "Kỳ đánh giá năm 2022".
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
		}
		return names;
	}

}
