package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scores a whole province under one index set, ranks its units and computes each unit's
 * appraisal leaf statistics: what a recalculation does after an appraisal round closes.
 * <p>
 * The province is synthetic but shaped like the real ones: {@code units × leaves}, 8
 * areas (7 appraised, the last scored by the survey), criteria with and without
 * sub-criteria, every rule type, appraisal 64 + survey 30 + bonus cap 6 (deduction cap
 * 8), survey means from tallied answers, a few leaves not entered or overridden, bonus
 * and deduction entries for some units. Inputs are random with a fixed seed, so every run
 * scores the same data. The shapes: the 17 districts under the 2021 district set (65
 * leaves), 60 departments, 700 communes of a large province.
 * <p>
 * Run with {@code mvn -Pbench -DskipTests test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

	private static final long SEED = 20211231L;

	private static final BigDecimal QUARTER = new BigDecimal("0.25");

	private static final int AREAS = 8;

	/** Units × leaves. */
	@Param({ "17x65", "60x150", "700x150" })
	public String shape;

	private IndexSet set;

	private List<UnitInputs> units;

	@Setup(org.openjdk.jmh.annotations.Level.Trial)
	public void buildProvince() {
		String[] sizes = this.shape.split("x");
		int unitCount = Integer.parseInt(sizes[0]);
		int leafCount = Integer.parseInt(sizes[1]);
		Random random = new Random(SEED);
		this.set = indexSet(leafCount, random);
		List<Problem> problems = IndexSetValidator.validate(this.set);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("synthetic index set is invalid: " + problems.get(0).describe());
		}
		List<Leaf> leaves = this.set.leaves();
		this.units = new ArrayList<>(unitCount);
		for (int i = 1; i <= unitCount; i++) {
			this.units.add(unitInputs(String.format("DV%03d", i), leaves, random));
		}
	}

	/** What a ranking needs: every unit scored, then ranked. */
	@Benchmark
	public List<RankedUnit> scoreAndRank() {
		List<UnitResult> results = Scorer.scoreAll(this.set, this.units);
		List<Standing> standings = new ArrayList<>(results.size());
		for (UnitResult result : results) {
			standings.add(new Standing(result.unitKey(), result.total()));
		}
		return Ranking.rank(standings, this.set.tieRule());
	}

	/**
	 * The same, plus the appraisal leaf statistics of every unit (scorecards for all).
	 */
	@Benchmark
	public List<RankedUnit> scoreRankAndAnalyse(Blackhole blackhole) {
		List<UnitResult> results = Scorer.scoreAll(this.set, this.units);
		List<Standing> standings = new ArrayList<>(results.size());
		for (UnitResult result : results) {
			standings.add(new Standing(result.unitKey(), result.total()));
			blackhole.consume(result.statistics(Component.APPRAISAL));
		}
		return Ranking.rank(standings, this.set.tieRule());
	}

	// The index set

	private static IndexSet indexSet(int leafCount, Random random) {
		int surveyLeaves = Math.max(2, leafCount * 15 / 100);
		int appraisalLeaves = leafCount - surveyLeaves;
		List<BigDecimal> appraisalMaxima = spread(new BigDecimal("64"), appraisalLeaves, random);
		List<BigDecimal> surveyMaxima = spread(new BigDecimal("30"), surveyLeaves, random);
		List<Node> areas = new ArrayList<>(AREAS);
		int next = 0;
		for (int a = 1; a < AREAS; a++) {
			int inArea = appraisalLeaves / (AREAS - 1) + ((a <= appraisalLeaves % (AREAS - 1)) ? 1 : 0);
			areas.add(
					area(String.valueOf(a), appraisalMaxima.subList(next, next + inArea), Component.APPRAISAL, random));
			next += inArea;
		}
		areas.add(area(String.valueOf(AREAS), surveyMaxima, Component.SURVEY, random));
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, new BigDecimal("64"));
		maxima.put(Component.SURVEY, new BigDecimal("30"));
		List<ClassBand> classification = List.of(new ClassBand(BigDecimal.ZERO, "D"),
				new ClassBand(new BigDecimal("50"), "C"), new ClassBand(new BigDecimal("65"), "B"),
				new ClassBand(new BigDecimal("80"), "A"));
		return new IndexSet(maxima, new BigDecimal("6"), new BigDecimal("8"), areas, classification,
				TieRule.PUBLISHED_PRECISION);
	}

	/** {@code total} split into {@code count} positive multiples of 0.25. */
	private static List<BigDecimal> spread(BigDecimal total, int count, Random random) {
		int quarters = total.divide(QUARTER).intValueExact();
		if (count > quarters) {
			throw new IllegalArgumentException("too many leaves for " + total + " points");
		}
		int[] shares = new int[count];
		Arrays.fill(shares, 1);
		for (int q = count; q < quarters; q++) {
			shares[random.nextInt(count)]++;
		}
		List<BigDecimal> maxima = new ArrayList<>(count);
		for (int share : shares) {
			maxima.add(QUARTER.multiply(BigDecimal.valueOf(share)));
		}
		return maxima;
	}

	/** An area whose criteria take the given leaf maxima in order, 40 % of them split. */
	private static Branch area(String code, List<BigDecimal> maxima, Component component, Random random) {
		List<Node> criteria = new ArrayList<>();
		int next = 0;
		int criterion = 1;
		while (next < maxima.size()) {
			String criterionCode = code + "." + criterion++;
			int remaining = maxima.size() - next;
			if (remaining >= 2 && random.nextInt(10) < 4) {
				int subCount = 2 + random.nextInt(Math.min(4, remaining) - 1);
				List<Node> subs = new ArrayList<>(subCount);
				BigDecimal sum = BigDecimal.ZERO;
				for (int s = 1; s <= subCount; s++) {
					BigDecimal max = maxima.get(next++);
					subs.add(leaf(criterionCode + "." + s, Level.SUB_CRITERION, max, component, random));
					sum = sum.add(max);
				}
				criteria.add(new Branch(criterionCode, Level.CRITERION, sum, subs));
			}
			else {
				criteria.add(leaf(criterionCode, Level.CRITERION, maxima.get(next++), component, random));
			}
		}
		BigDecimal max = criteria.stream().map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Branch(code, Level.AREA, max, criteria);
	}

	private static Leaf leaf(String code, Level level, BigDecimal max, Component component, Random random) {
		return new Leaf(code, level, max, component,
				(component == Component.SURVEY) ? new Rule.Survey() : appraisalRule(max, random));
	}

	/** Manual 30 %, yes/no 25 %, ratio 20 %, bands 15 %, count 10 %. */
	private static Rule appraisalRule(BigDecimal max, Random random) {
		int pick = random.nextInt(100);
		if (pick < 30) {
			return new Rule.Manual(random.nextBoolean() ? QUARTER : BigDecimal.ZERO);
		}
		if (pick < 55) {
			return new Rule.YesNo();
		}
		if (pick < 75) {
			return new Rule.Ratio(random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("0.9"), random.nextBoolean());
		}
		if (pick < 90) {
			if (random.nextBoolean()) {
				return new Rule.Bands(List.of(new Rule.Band(BigDecimal.ZERO, quarterOf(max, 1)),
						new Rule.Band(new BigDecimal("50"), quarterOf(max, 2)),
						new Rule.Band(new BigDecimal("80"), quarterOf(max, 3)),
						new Rule.Band(new BigDecimal("95"), max)));
			}
			// fewer violations score more
			return new Rule.Bands(
					List.of(new Rule.Band(BigDecimal.ZERO, max), new Rule.Band(BigDecimal.ONE, quarterOf(max, 2)),
							new Rule.Band(new BigDecimal("3"), BigDecimal.ZERO)));
		}
		return new Rule.Count(quarterOf(max, 1));
	}

	private static BigDecimal quarterOf(BigDecimal max, int quarters) {
		return max.multiply(QUARTER).multiply(BigDecimal.valueOf(quarters));
	}

	// A unit's inputs

	private static UnitInputs unitInputs(String key, List<Leaf> leaves, Random random) {
		Map<String, LeafInputs> entries = new HashMap<>();
		for (Leaf leaf : leaves) {
			int pick = random.nextInt(100);
			if (pick < 2) {
				continue;
			}
			Map<String, BigDecimal> values = values(leaf, random);
			if (pick < 5 && leaf.component() == Component.APPRAISAL) {
				BigDecimal points = randomQuarters(leaf.maxPoints(), random);
				entries.put(leaf.code(),
						new LeafInputs(values, Optional.of(new ScoreOverride(points, "Hồ sơ minh chứng chưa đầy đủ"))));
			}
			else {
				entries.put(leaf.code(), LeafInputs.of(values));
			}
		}
		List<BigDecimal> bonus = new ArrayList<>();
		if (random.nextInt(10) < 4) {
			for (int i = random.nextInt(2); i >= 0; i--) {
				bonus.add(new BigDecimal(1 + random.nextInt(4)).multiply(new BigDecimal("0.5")));
			}
		}
		List<BigDecimal> deductions = new ArrayList<>();
		if (random.nextBoolean()) {
			for (int i = random.nextInt(3); i >= 0; i--) {
				deductions.add(QUARTER.multiply(BigDecimal.valueOf(1 + random.nextInt(6))));
			}
		}
		return new UnitInputs(key, entries, bonus, deductions);
	}

	private static Map<String, BigDecimal> values(Leaf leaf, Random random) {
		BigDecimal max = leaf.maxPoints();
		if (leaf.rule() instanceof Rule.Manual manual) {
			BigDecimal score = (manual.step().signum() > 0) ? randomQuarters(max, random)
					: max.multiply(BigDecimal.valueOf(50 + random.nextInt(51), 2));
			return Map.of(Rule.Manual.SCORE, score);
		}
		if (leaf.rule() instanceof Rule.YesNo) {
			return Map.of(Rule.YesNo.MET, (random.nextInt(100) < 85) ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		if (leaf.rule() instanceof Rule.Ratio) {
			int base = (random.nextInt(100) < 5) ? 0 : 1 + random.nextInt(500);
			int actual = Math.min(base, (int) Math.round(base * (0.7 + 0.35 * random.nextDouble())));
			return Map.of(Rule.Ratio.ACTUAL, BigDecimal.valueOf(actual), Rule.Ratio.BASE, BigDecimal.valueOf(base));
		}
		if (leaf.rule() instanceof Rule.Bands) {
			return Map.of(Rule.Bands.VALUE, BigDecimal.valueOf(random.nextInt(1001), 1));
		}
		if (leaf.rule() instanceof Rule.Count) {
			return Map.of(Rule.Count.COUNT, BigDecimal.valueOf(random.nextInt(7)));
		}
		return Map.of(Rule.Survey.MEAN, surveyMean(random));
	}

	/** The mean of 20 to 60 respondents' answers A, B, C, D or "không biết". */
	private static BigDecimal surveyMean(Random random) {
		long[] counts = new long[5];
		int respondents = 20 + random.nextInt(41);
		for (int i = 0; i < respondents; i++) {
			int answer = random.nextInt(100);
			counts[(answer < 55) ? 0 : (answer < 80) ? 1 : (answer < 90) ? 2 : (answer < 95) ? 3 : 4]++;
		}
		List<SurveyMean.AnswerTally> tallies = List.of(
				new SurveyMean.AnswerTally(Optional.of(BigDecimal.ONE), counts[0]),
				new SurveyMean.AnswerTally(Optional.of(new BigDecimal("0.6")), counts[1]),
				new SurveyMean.AnswerTally(Optional.of(new BigDecimal("0.2")), counts[2]),
				new SurveyMean.AnswerTally(Optional.of(BigDecimal.ZERO), counts[3]),
				new SurveyMean.AnswerTally(Optional.empty(), counts[4]));
		return SurveyMean.ofAnswers(tallies).orElse(BigDecimal.ZERO);
	}

	private static BigDecimal randomQuarters(BigDecimal max, Random random) {
		int quarters = max.divide(QUARTER).intValueExact();
		return QUARTER.multiply(BigDecimal.valueOf(quarters / 2 + random.nextInt(quarters - quarters / 2 + 1)));
	}

}
