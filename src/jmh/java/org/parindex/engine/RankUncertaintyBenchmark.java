package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bootstrap of ranks (issue 12, item 5) at the size the issue names: 60 units,
 * 30,000 survey responses (500 per unit, in three respondent groups weighted 2 : 1 : 1),
 * each answering the unit's 10 survey questions with options A 100 %, B 60 %, C 20 %,
 * D 0 % and "không biết", 1,000 resamples: 300 million answers drawn again.
 * <p>
 * {@code drawsOnly} is the baseline measured in the same run: the same number of random
 * draws from the same generator, summed, with nothing else; the ratio of the two says
 * what the bootstrap adds to drawing (tallying, means, ranking, pair counts).
 * <p>
 * Run with {@code mvn -Pbench -DskipTests test-compile exec:exec
 * -Djmh.args="RankUncertaintyBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
public class RankUncertaintyBenchmark {

	private static final int UNITS = 60;

	private static final int RESPONSES_PER_UNIT = 500;

	private static final int QUESTIONS = 10;

	private static final int RESAMPLES = 1_000;

	private static final long SEED = 20211231L;

	private List<RankUncertainty.UnitSample> units;

	@Setup
	public void province() {
		SplittableRandom random = new SplittableRandom(SEED);
		List<Optional<BigDecimal>> weights = List.of(Optional.of(BigDecimal.ONE), Optional.of(new BigDecimal("0.6")),
				Optional.of(new BigDecimal("0.2")), Optional.of(BigDecimal.ZERO), Optional.empty());
		int[] groupSizes = { 250, 125, 125 };
		BigDecimal[] groupWeights = { new BigDecimal("2"), BigDecimal.ONE, BigDecimal.ONE };
		this.units = new ArrayList<>();
		for (int u = 0; u < UNITS; u++) {
			List<RankUncertainty.LeafSample> leaves = new ArrayList<>();
			for (int q = 0; q < QUESTIONS; q++) {
				List<RankUncertainty.GroupSample> groups = new ArrayList<>();
				for (int g = 0; g < groupSizes.length; g++) {
					// answers leaning to A and B, a unit's own tilt, a few "không biết"
					double[] shares = { 0.45 + 0.2 * random.nextDouble(), 0.25, 0.1, 0.05, 0.03 };
					double sum = 0;
					for (double share : shares) {
						sum += share;
					}
					long[] counts = new long[shares.length];
					long given = 0;
					for (int o = 1; o < shares.length; o++) {
						counts[o] = Math.round(groupSizes[g] * shares[o] / sum);
						given += counts[o];
					}
					counts[0] = groupSizes[g] - given;
					List<SurveyMean.AnswerTally> tallies = new ArrayList<>();
					for (int o = 0; o < shares.length; o++) {
						tallies.add(new SurveyMean.AnswerTally(weights.get(o), counts[o]));
					}
					groups.add(new RankUncertainty.GroupSample(groupWeights[g], tallies));
				}
				leaves.add(new RankUncertainty.LeafSample(new BigDecimal("3"), groups));
			}
			this.units.add(new RankUncertainty.UnitSample("u" + u,
					BigDecimal.valueOf(40 + 25 * random.nextDouble()).setScale(4, java.math.RoundingMode.HALF_UP),
					leaves));
		}
	}

	@Benchmark
	public RankUncertainty.Result bootstrap() {
		return RankUncertainty.bootstrap(this.units, 2, RESAMPLES, 0.10, SEED);
	}

	@Benchmark
	public long drawsOnly() {
		SplittableRandom random = new SplittableRandom(SEED);
		long sum = 0;
		long draws = (long) UNITS * RESPONSES_PER_UNIT * QUESTIONS * RESAMPLES;
		for (long i = 0; i < draws; i++) {
			sum += random.nextInt(RESPONSES_PER_UNIT);
		}
		return sum;
	}

}
