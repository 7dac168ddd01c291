package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.parindex.engine.Component;
import org.parindex.engine.RankUncertainty;
import org.parindex.methodology.IndexSetView;
import org.parindex.scoring.IndexResults;
import org.parindex.survey.SurveyPointsService;
import org.parindex.survey.SurveySample;

import org.springframework.stereotype.Service;

/**
 * Bootstraps a year's ranking over its survey answers ({@link RankUncertainty}; issue 12,
 * item 5) for the ranking page and for the council's and the PAR office's preview before
 * approval and publication. Each unit's total moves only by how far its resampled survey
 * points fall from the points its answers give now
 * ({@link SurveyPointsService#samples(long)}): total − survey points now + resampled
 * survey points, so a correction or a council change stays as it is; a unit with no
 * survey points in its total (none recorded yet) is held as it is. {@value #RESAMPLES}
 * resamples, seeded by the set's id so that the same figures give the same intervals on
 * every view; a pair whose order {@value #FRAGILE_PERCENT} % or more of the resamples
 * reverse is fragile. Results are kept for an hour per set, totals and survey answers (a
 * change to any of them computes afresh).
 */
@Service
public class RankCertaintyService {

	/** How many resamples: percentiles to about ±1 rank for a province's units. */
	public static final int RESAMPLES = 1000;

	/** The share of resamples (%) from which a reversed order makes a pair fragile. */
	public static final int FRAGILE_PERCENT = 10;

	private final SurveyPointsService survey;

	private final Cache<String, RankCertainty> cache = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	RankCertaintyService(SurveyPointsService survey) {
		this.survey = survey;
	}

	/**
	 * The certainty of a ranking.
	 * @param set the year's index set
	 * @param ranked every ranked unit, in rank order (best first), with its total as
	 * ranked (points)
	 * @return empty when no unit has survey answers to draw from (nothing to bootstrap)
	 */
	public Optional<RankCertainty> of(IndexSetView set, List<Ranked> ranked) {
		if (ranked.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, SurveySample> samples = this.survey.samples(set.id());
		if (ranked.stream().noneMatch((r) -> r.survey().signum() != 0 && samples.containsKey(r.unitId()))) {
			return Optional.empty();
		}
		StringBuilder key = new StringBuilder().append(set.id());
		List<RankUncertainty.UnitSample> units = new ArrayList<>();
		for (Ranked r : ranked) {
			// a unit whose survey points are not in its total (none recorded yet) has
			// nothing of the survey to vary
			SurveySample sample = (r.survey().signum() != 0) ? samples.get(r.unitId()) : null;
			BigDecimal surveyPoints = (sample != null) ? sample.points() : BigDecimal.ZERO;
			List<RankUncertainty.LeafSample> leaves = (sample != null) ? sample.leaves() : List.of();
			units.add(new RankUncertainty.UnitSample(Long.toString(r.unitId()), r.total().subtract(surveyPoints),
					leaves));
			key.append('|')
				.append(r.unitId())
				.append(':')
				.append(r.total().stripTrailingZeros().toPlainString())
				.append(':')
				.append(surveyPoints.stripTrailingZeros().toPlainString())
				.append(':')
				.append(leaves.hashCode());
		}
		return Optional.of(this.cache.get(key.toString(), (k) -> bootstrap(set, ranked, units)));
	}

	/**
	 * The certainty of the published ranking.
	 * @return empty when no unit has survey answers
	 */
	public Optional<RankCertainty> of(IndexResults results) {
		return of(results.set(),
				results.standings()
					.stream()
					.map((s) -> new Ranked(s.unit().id(), s.unit().name(), s.rank().rank(), s.result().total(),
							s.result().components().getOrDefault(Component.SURVEY, BigDecimal.ZERO)))
					.toList());
	}

	/**
	 * The certainty of the ranking a preview shows, before approval or publication:
	 * fragile pairs are what the council and the PAR office look at before they confirm.
	 * @return empty when no unit has survey answers
	 */
	public Optional<RankCertainty> of(PublicationPreview preview) {
		return of(preview.set(),
				preview.rows()
					.stream()
					.map((row) -> new Ranked(row.result().unitId(), row.result().unitName(), row.result().rank(),
							row.result().total(), row.result().survey()))
					.toList());
	}

	private static RankCertainty bootstrap(IndexSetView set, List<Ranked> ranked,
			List<RankUncertainty.UnitSample> units) {
		RankUncertainty.Result result = RankUncertainty.bootstrap(units, set.publishedPlaces(), RESAMPLES,
				FRAGILE_PERCENT / 100.0, set.id());
		Map<String, Ranked> byKey = new HashMap<>();
		ranked.forEach((r) -> byKey.put(Long.toString(r.unitId()), r));
		List<RankCertainty.UnitInterval> intervals = new ArrayList<>();
		for (RankUncertainty.Interval interval : result.intervals()) {
			Ranked r = byKey.get(interval.key());
			intervals.add(new RankCertainty.UnitInterval(r.unitId(), r.unitName(), r.rank(), interval.lowRank(),
					interval.highRank(), ranked.size()));
		}
		List<RankCertainty.FragilePair> fragile = result.fragile()
			.stream()
			.map((pair) -> new RankCertainty.FragilePair(byKey.get(pair.first()).unitName(),
					byKey.get(pair.second()).unitName(), byKey.get(pair.first()).rank(),
					byKey.get(pair.second()).rank(), pair.reversedPercent()))
			.toList();
		int sampled = (int) units.stream().filter((u) -> !u.leaves().isEmpty()).count();
		return new RankCertainty(intervals, fragile, result.resamples(), FRAGILE_PERCENT, sampled);
	}

	/**
	 * A ranked unit.
	 *
	 * @param rank its published rank (1 = first)
	 * @param total its total as ranked (points)
	 * @param survey the survey points in that total (points); 0 when none are recorded,
	 * and then the unit's total is held as it is
	 */
	public record Ranked(long unitId, String unitName, int rank, BigDecimal total, BigDecimal survey) {

	}

}
