package org.parindex.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The contest definition tables: {@code contest_contest}, {@code contest_group},
 * {@code contest_round}, {@code contest_prize_level}, {@code contest_prize_quota}.
 */
@Repository
class ContestRepository {

	private final JdbcClient jdbc;

	ContestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> ids() {
		return this.jdbc.sql("select id from contest_contest order by opens_at desc, id desc").query(Long.class).list();
	}

	Optional<Long> idOf(String slug) {
		return this.jdbc.sql("select id from contest_contest where slug = ?").param(slug).query(Long.class).optional();
	}

	/** Takes the contest's row lock for the rest of the transaction. */
	Optional<Integer> lock(long id) {
		return this.jdbc.sql("select version from contest_contest where id = ? for update")
			.param(id)
			.query(Integer.class)
			.optional();
	}

	Optional<ContestView> find(long id) {
		List<ContestView.GroupView> groups = this.jdbc
			.sql("select id, code, name, question_bank_id from contest_group where contest_id = ? order by position")
			.param(id)
			.query((rs, n) -> new ContestView.GroupView(rs.getLong(1), rs.getString(2), rs.getString(3),
					nullableLong(rs, 4)))
			.list();
		List<ContestView.RoundView> rounds = this.jdbc.sql("""
				select id, number, name, opens_at, closes_at, attempts_allowed, attempt_policy, time_limit_seconds,
				       question_count
				from contest_round where contest_id = ? order by number
				""")
			.param(id)
			.query((rs, n) -> new ContestView.RoundView(rs.getLong(1), rs.getInt(2), rs.getString(3), instant(rs, 4),
					instant(rs, 5), rs.getInt(6), AttemptPolicy.valueOf(rs.getString(7)), rs.getInt(8), rs.getInt(9)))
			.list();
		Map<Long, Map<String, Integer>> quotas = new LinkedHashMap<>();
		this.jdbc.sql("""
				select q.level_id, q.group_code, q.prizes from contest_prize_quota q
				join contest_prize_level l on l.id = q.level_id where l.contest_id = ?
				""").param(id).query((rs) -> {
			quotas.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
		});
		List<ContestView.PrizeLevelView> prizes = this.jdbc
			.sql("select id, name from contest_prize_level where contest_id = ? order by position")
			.param(id)
			.query((rs, n) -> new ContestView.PrizeLevelView(rs.getString(2),
					quotas.getOrDefault(rs.getLong(1), Map.of())))
			.list();
		return this.jdbc.sql("""
				select id, slug, title, organiser, rules, opens_at, closes_at, grace_seconds, min_age, max_age,
				       prediction_question, prediction_true_value, tie_break, collective, one_per_phone,
				       question_bank_id, prize_min_score, prize_cap_percent, version, retention_days
				from contest_contest where id = ?
				""")
			.param(id)
			.query((rs, n) -> new ContestView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getInt(8), nullableInt(rs, 9),
					nullableInt(rs, 10), rs.getString(11), nullableLong(rs, 12), chain(rs.getString(13)),
					CollectiveFormula.valueOf(rs.getString(14)), rs.getBoolean(15), nullableLong(rs, 16), groups,
					rounds, prizes, rs.getBigDecimal(17), nullableInt(rs, 18), rs.getInt(19), nullableInt(rs, 20)))
			.optional();
	}

	long insert(DefineContest contest, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into contest_contest (slug, title, organiser, rules, opens_at, closes_at, grace_seconds, min_age,
				       max_age, prediction_question, prediction_true_value, tie_break, collective, one_per_phone,
				       question_bank_id, prize_min_score, prize_cap_percent, created_at, updated_at, version,
				       retention_days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
				""")
			.params(contest.slug(), contest.title(), contest.organiser(), contest.rules(), offset(contest.opensAt()),
					offset(contest.closesAt()), contest.graceSeconds(), contest.minAge(), contest.maxAge(),
					blankToNull(contest.predictionQuestion()), contest.predictionTrueValue(),
					chain(contest.tieBreaks()), contest.collective().name(), contest.onePerPhone(),
					contest.questionBankId(), contest.prizeMinScore(), contest.prizeCapPercent(), offset(now),
					offset(now), contest.retentionDays())
			.update(keys, "id");
		long id = GeneratedKeys.id(keys);
		insertParts(id, contest);
		return id;
	}

	/**
	 * Changes a contest: its fields, groups and prizes are replaced; rounds are updated
	 * in place by number (an attempt refers to its round), extra ones removed.
	 */
	void update(long id, DefineContest contest, Instant now) {
		this.jdbc.sql("""
				update contest_contest set slug = ?, title = ?, organiser = ?, rules = ?, opens_at = ?, closes_at = ?,
				       grace_seconds = ?, min_age = ?, max_age = ?, prediction_question = ?, prediction_true_value = ?,
				       tie_break = ?, collective = ?, one_per_phone = ?, question_bank_id = ?, prize_min_score = ?,
				       prize_cap_percent = ?, retention_days = ?, updated_at = ?, version = version + 1
				where id = ?
				""")
			.params(contest.slug(), contest.title(), contest.organiser(), contest.rules(), offset(contest.opensAt()),
					offset(contest.closesAt()), contest.graceSeconds(), contest.minAge(), contest.maxAge(),
					blankToNull(contest.predictionQuestion()), contest.predictionTrueValue(),
					chain(contest.tieBreaks()), contest.collective().name(), contest.onePerPhone(),
					contest.questionBankId(), contest.prizeMinScore(), contest.prizeCapPercent(),
					contest.retentionDays(), offset(now), id)
			.update();
		this.jdbc.sql("delete from contest_group where contest_id = ?").param(id).update();
		this.jdbc.sql("delete from contest_prize_level where contest_id = ?").param(id).update();
		this.jdbc.sql("delete from contest_round where contest_id = ? and number > ?")
			.params(id, contest.rounds().size())
			.update();
		List<DefineContest.Round> rounds = contest.rounds();
		for (int i = 0; i < rounds.size(); i++) {
			DefineContest.Round round = rounds.get(i);
			int updated = this.jdbc.sql("""
					update contest_round set name = ?, opens_at = ?, closes_at = ?, attempts_allowed = ?,
					       attempt_policy = ?, time_limit_seconds = ?, question_count = ?
					where contest_id = ? and number = ?
					""")
				.params(round.name(), offset(round.opensAt()), offset(round.closesAt()), round.attemptsAllowed(),
						round.policy().name(), round.timeLimitSeconds(), round.questionCount(), id, i + 1)
				.update();
			if (updated == 0) {
				insertRound(id, i + 1, round);
			}
		}
		insertGroupsAndPrizes(id, contest);
	}

	void delete(long id) {
		this.jdbc.sql("delete from contest_contest where id = ?").param(id).update();
	}

	private void insertParts(long id, DefineContest contest) {
		for (int i = 0; i < contest.rounds().size(); i++) {
			insertRound(id, i + 1, contest.rounds().get(i));
		}
		insertGroupsAndPrizes(id, contest);
	}

	private void insertRound(long contestId, int number, DefineContest.Round round) {
		this.jdbc.sql("""
				insert into contest_round (contest_id, number, name, opens_at, closes_at, attempts_allowed,
				       attempt_policy, time_limit_seconds, question_count)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(contestId, number, round.name(), offset(round.opensAt()), offset(round.closesAt()),
					round.attemptsAllowed(), round.policy().name(), round.timeLimitSeconds(), round.questionCount())
			.update();
	}

	private void insertGroupsAndPrizes(long id, DefineContest contest) {
		int position = 0;
		for (DefineContest.Group group : contest.groups()) {
			this.jdbc.sql(
					"insert into contest_group (contest_id, position, code, name, question_bank_id) values (?, ?, ?, ?, ?)")
				.params(id, position++, group.code(), group.name(), group.questionBankId())
				.update();
		}
		position = 0;
		for (DefineContest.PrizeLevel level : contest.prizes()) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("insert into contest_prize_level (contest_id, position, name) values (?, ?, ?)")
				.params(id, position++, level.name())
				.update(keys, "id");
			long levelId = GeneratedKeys.id(keys);
			level.quotas()
				.forEach((group, count) -> this.jdbc
					.sql("insert into contest_prize_quota (level_id, group_code, prizes) values (?, ?, ?)")
					.params(levelId, group, count)
					.update());
		}
	}

	private static String chain(List<TieBreak> chain) {
		return String.join(",", chain.stream().map(TieBreak::name).toList());
	}

	private static List<TieBreak> chain(String stored) {
		return new ArrayList<>(Arrays.stream(stored.split(",")).map(TieBreak::valueOf).toList());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime offset(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
