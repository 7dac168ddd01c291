package org.parindex.scoring;

import org.parindex.assessment.AdjustmentRecorded;
import org.parindex.assessment.LeafEntriesRecorded;
import org.parindex.assessment.NotApplicableChanged;
import org.parindex.methodology.IndexSetChanged;
import org.parindex.methodology.IndexSetCreated;
import org.parindex.survey.SurveyResultsRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revision of each index set's results: raised by every change to what they are
 * computed from. The listeners run synchronously, inside the transaction that made the
 * change, so a revision is committed together with its data and every instance sees both
 * or neither.
 */
@Component
class ResultRevisions {

	private final JdbcClient jdbc;

	ResultRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The set's current revision (0 before any change). */
	long current(long indexSetId) {
		return this.jdbc.sql("select revision from scoring_revision where index_set_id = ?")
			.param(indexSetId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	@EventListener
	void on(IndexSetCreated event) {
		this.jdbc.sql("insert into scoring_revision (index_set_id, revision) values (?, 0)")
			.param(event.indexSetId())
			.update();
	}

	@EventListener
	void on(IndexSetChanged event) {
		raise(event.indexSetId());
	}

	@EventListener
	void on(LeafEntriesRecorded event) {
		raise(event.indexSetId());
	}

	@EventListener
	void on(NotApplicableChanged event) {
		raise(event.indexSetId());
	}

	@EventListener
	void on(SurveyResultsRecorded event) {
		raise(event.indexSetId());
	}

	@EventListener
	void on(AdjustmentRecorded event) {
		raise(event.indexSetId());
	}

	private void raise(long indexSetId) {
		int updated = this.jdbc.sql("update scoring_revision set revision = revision + 1 where index_set_id = ?")
			.param(indexSetId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into scoring_revision (index_set_id, revision) values (?, 1)")
				.param(indexSetId)
				.update();
		}
	}

}
