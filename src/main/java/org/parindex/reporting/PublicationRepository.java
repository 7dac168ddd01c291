package org.parindex.reporting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PublicationRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PublicationRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(long setId, int revision, OffsetDateTime at, String by, String reason,
			List<PublishedResultView> results) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into reporting_publication (index_set_id, revision, published_at, published_by, reason)
				values (:set, :revision, :at, :by, :reason)
				""")
			.param("set", setId)
			.param("revision", revision)
			.param("at", at)
			.param("by", by)
			.param("reason", reason)
			.update(key, "id");
		long id = GeneratedKeys.id(key);
		List<Object[]> rows = new ArrayList<>();
		for (PublishedResultView result : results) {
			rows.add(new Object[] { id, result.unitId(), result.unitName(), result.appraisal(), result.survey(),
					result.bonus(), result.deduction(), result.total(), result.rank(), result.unitCount() });
		}
		this.template.batchUpdate("""
				insert into reporting_publication_result (publication_id, unit_id, unit_name, appraisal, survey, bonus,
				    deduction, total, unit_rank, unit_count)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		return id;
	}

	List<PublicationView> publications(long setId) {
		return this.jdbc.sql("""
				select id, index_set_id, revision, published_at, published_by, reason from reporting_publication
				where index_set_id = ? order by revision
				""")
			.param(setId)
			.query((row, rowNum) -> new PublicationView(row.getLong("id"), row.getLong("index_set_id"),
					row.getInt("revision"), row.getObject("published_at", OffsetDateTime.class).toInstant(),
					row.getString("published_by"), row.getString("reason")))
			.list();
	}

	Optional<PublicationView> publication(long setId, int revision) {
		return publications(setId).stream().filter((p) -> p.revision() == revision).findFirst();
	}

	List<PublishedResultView> results(long publicationId) {
		return this.jdbc.sql("""
				select unit_id, unit_name, appraisal, survey, bonus, deduction, total, unit_rank, unit_count
				from reporting_publication_result where publication_id = ? order by unit_rank, unit_name
				""")
			.param(publicationId)
			.query((row, rowNum) -> new PublishedResultView(row.getLong("unit_id"), row.getString("unit_name"),
					row.getBigDecimal("appraisal"), row.getBigDecimal("survey"), row.getBigDecimal("bonus"),
					row.getBigDecimal("deduction"), row.getBigDecimal("total"), row.getInt("unit_rank"),
					row.getInt("unit_count")))
			.list();
	}

}
