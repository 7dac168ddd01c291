package org.parindex.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads how far each unit's appraisal has come from {@code assessment_leaf_entry}
 * (written by {@link DossierRepository} only), one grouped query per cycle, rather than
 * loading every dossier.
 */
@Repository
class AppraisalProgressRepository {

	private final JdbcClient jdbc;

	AppraisalProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per unit with any entry among the leaves: round-1 scores, questions, answers and
	 * final scores, as counts.
	 * @param setId the cycle's index set
	 * @param leafCodes the leaves in scope (none: an empty answer)
	 */
	Map<Long, int[]> counts(long setId, Collection<String> leafCodes) {
		Map<Long, int[]> counts = new HashMap<>();
		if (leafCodes.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select unit_id, count(round1_points) as appraised, count(question) as asked,
				    count(answer) as answered, count(final_points) as finalized
				from assessment_leaf_entry
				where index_set_id = :set and leaf_code in (:leaves)
				group by unit_id
				""").param("set", setId).param("leaves", leafCodes).query((row) -> {
			counts.put(row.getLong("unit_id"), new int[] { row.getInt("appraised"), row.getInt("asked"),
					row.getInt("answered"), row.getInt("finalized") });
		});
		return counts;
	}

}
