package org.parindex.platform;

import java.util.Map;

/**
 * Names for the ids audit records point to, given by the module that owns them, so the
 * audit page and its CSV export name things in words (issue 9, audit export: a cycle is
 * "Kỳ đánh giá năm 2022", not "Số 3") without the identity module depending on them.
 */
public interface AuditNames {

	/**
	 * The names this module gives, keyed {@code <kind>:<id>} as the audit trail reads
	 * them (e.g. {@code cycle:3} → {@code 2022}, the year of the cycle's index set).
	 * @return the names, never null
	 */
	Map<String, String> auditNames();

}
