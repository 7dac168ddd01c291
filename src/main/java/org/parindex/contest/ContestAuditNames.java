package org.parindex.contest;

import java.util.HashMap;
import java.util.Map;

import org.parindex.platform.AuditNames;

import org.springframework.stereotype.Component;

/**
 * Names each contest for the audit trail by its title, whether a record points to it by
 * slug ({@code contest:cchc-dak-po-2022}) or by number ({@code contest:7}): the audit
 * page shows "Tìm hiểu về cải cách hành chính …", not the slug (walk of 02/12, finding
 * 11).
 */
@Component
class ContestAuditNames implements AuditNames {

	private final ContestService contests;

	ContestAuditNames(ContestService contests) {
		this.contests = contests;
	}

	@Override
	public Map<String, String> auditNames() {
		Map<String, String> names = new HashMap<>();
		for (ContestView contest : this.contests.contests()) {
			names.put("contest:" + contest.slug(), contest.title());
			names.put("contest:" + contest.id(), contest.title());
		}
		return names;
	}

}
