package org.parindex.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.parindex.PackagedDatabase;
import org.parindex.ParIndexApplication;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.engine.SurveyMean;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.CreateUnit;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.survey.DefineSurveyForm;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveyLeafScore;
import org.parindex.survey.SurveyOptionView;
import org.parindex.survey.SurveyPointsService;
import org.parindex.survey.SurveyQuestionView;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long turning the survey's answers into survey points takes
 * ({@link SurveyPointsService#compute(long)}, which counts the answers in one grouped SQL
 * query), beside a plain SQL baseline on the same rows, two ways of aggregating in Java
 * instead and another grouped query (docs/benchmarks.md, "The survey: points and online
 * submissions").
 * <p>
 * The application runs in this JVM on a fresh database: an H2 file database with the
 * default settings of {@code application.properties}, in a temporary directory, or a new
 * schema of the PostgreSQL database given (dropped at the end), with the demo data (its
 * 2022 index set: 8 survey leaves, 17 units). The benchmark defines {@code --forms} forms
 * (respondent groups of different weights) of {@code --questions} questions spread over
 * the survey leaves, adds units to the set's group up to {@code --units}, and stores
 * {@code --responses} responses by JDBC batch inserts (unit, form and answers drawn with
 * a fixed seed; about 8 % "không biết"), then analyses the tables. Each round then times,
 * interleaved:
 * <ul>
 * <li>{@code baseline}: {@code select question_id, option_id, count(*) from survey_answer
 * group by question_id, option_id}: every answer counted once, on one table;</li>
 * <li>{@code sql}: {@code SurveyPointsService.compute}, as the points page and the
 * recording call it;</li>
 * <li>{@code java-joined}: the same join without {@code group by}, every answer row
 * streamed (fetch size 10,000) and counted in a {@code HashMap};</li>
 * <li>{@code java-answers}: only the answers' (response, option) streamed, the responses
 * and options looked up in memory and counted in arrays: Java at its most frugal;</li>
 * <li>{@code sql-by-ids}: another grouped query: the answers counted by unit, question
 * and option (numbers only), the questions' leaves and forms and the options' labels and
 * weights read by a second, small query and joined in memory;</li>
 * <li>{@code sql-form-ids}: {@code compute}'s query with the set's forms named by their
 * ids (read first) instead of through {@code survey_form.index_set_id}.</li>
 * </ul>
 * Every way's result is checked to equal {@code compute}'s before anything is timed;
 * {@code --explain true} then prints the database's plans of the three grouped queries,
 * as run. Prints median, minimum and maximum per way, and the median's ratio to the
 * baseline's.
 * <p>
 * Command line (from the project's root, after {@code mvn test-compile}; see
 * {@code tools/bench/survey.sh}): {@code SurveyPointsBenchmark
 * [--database h2|jdbc:postgresql://…] [--units 17] [--responses 100000] [--questions 30]
 * [--forms 3] [--warmup 1] [--rounds 3] [--seed 42] [--explain false]
 * [--ways baseline,sql,java-joined,java-answers,sql-by-ids,sql-form-ids]}, where
 * {@code --ways} names the ways timed (the baseline is always timed).
 */
public final class SurveyPointsBenchmark {

	private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

	/** Responses inserted per JDBC batch. */
	private static final int BATCH = 500;

	/** Responses inserted per transaction. */
	private static final int COMMIT = 10_000;

	private static final int FETCH_SIZE = 10_000;

	private static final String BASELINE = """
			select a.question_id, a.option_id, count(*) from survey_answer a group by a.question_id, a.option_id
			""";

	/** {@link SurveyPointsService#compute}'s query (for its plan). */
	private static final String COMPUTE = """
			select r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight, count(*) as answers
			from survey_answer a
			join survey_response r on r.id = a.response_id
			join survey_form f on f.id = r.form_id
			join survey_question q on q.id = a.question_id
			join survey_option o on o.id = a.option_id
			where f.index_set_id = ? and q.leaf_code is not null
			group by r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight
			""";

	/**
	 * {@link #COMPUTE} with the set's forms named by their ids (read first) instead of
	 * through {@code survey_form.index_set_id}: the database then estimates the responses
	 * from {@code survey_response}'s own statistics.
	 */
	private static final String BY_FORM_IDS = """
			select r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight, count(*) as answers
			from survey_answer a
			join survey_response r on r.id = a.response_id
			join survey_form f on f.id = r.form_id
			join survey_question q on q.id = a.question_id
			join survey_option o on o.id = a.option_id
			where r.form_id in (%s) and q.leaf_code is not null
			group by r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight
			""";

	/**
	 * The answers counted by unit, question and option (numbers only), the questions'
	 * leaves, forms and options joined afterwards.
	 */
	private static final String BY_IDS = """
			select r.unit_id, a.question_id, a.option_id, count(*)
			from survey_answer a
			join survey_response r on r.id = a.response_id
			join survey_question q on q.id = a.question_id
			join survey_form f on f.id = q.form_id
			where f.index_set_id = ? and q.leaf_code is not null
			group by r.unit_id, a.question_id, a.option_id
			""";

	/** The set's scored questions' options, for {@link #BY_IDS}. */
	private static final String OPTIONS = """
			select o.id, q.leaf_code, f.code, f.group_weight, o.label, o.weight
			from survey_option o
			join survey_question q on q.id = o.question_id
			join survey_form f on f.id = q.form_id
			where f.index_set_id = ? and q.leaf_code is not null
			""";

	/** {@link SurveyPointsService#compute}'s query without its {@code group by}. */
	private static final String JOINED = """
			select r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight
			from survey_answer a
			join survey_response r on r.id = a.response_id
			join survey_form f on f.id = r.form_id
			join survey_question q on q.id = a.question_id
			join survey_option o on o.id = a.option_id
			where f.index_set_id = ? and q.leaf_code is not null
			""";

	private final SurveyPointsService points;

	private final DataSource dataSource;

	private final IndexSetView set;

	private final Map<String, BigDecimal> maxima = new LinkedHashMap<>();

	private final List<Long> units;

	private final List<SurveyFormView> forms = new ArrayList<>();

	private final boolean postgres;

	/**
	 * @param args see the class description
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = Bench.options(args);
		String database = options.getOrDefault("database", "h2");
		int unitCount = Integer.parseInt(options.getOrDefault("units", "17"));
		int responses = Integer.parseInt(options.getOrDefault("responses", "100000"));
		int questions = Integer.parseInt(options.getOrDefault("questions", "30"));
		int formCount = Integer.parseInt(options.getOrDefault("forms", "3"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		boolean explain = Boolean.parseBoolean(options.getOrDefault("explain", "false"));
		List<String> timed = List
			.of(options.getOrDefault("ways", "baseline,sql,java-joined,java-answers,sql-by-ids,sql-form-ids")
				.split(","));

		Path workDir = Files.createTempDirectory("parindex-points-bench-");
		PackagedDatabase postgres = database.equals("h2") ? null : PackagedDatabase.postgres(database);
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--parindex.demo.enabled=true",
				"--logging.level.root=WARN", "--parindex.files.directory=" + workDir.resolve("files")));
		if (postgres != null) {
			arguments.addAll(postgres.arguments());
		}
		else {
			arguments.add("--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data/parindex") + H2_SETTINGS);
		}
		String described = (postgres != null) ? postgres.description()
				: "H2 (default settings, file under " + workDir + ")";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParIndexApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.run(arguments.toArray(String[]::new))) {
			SurveyPointsBenchmark bench = new SurveyPointsBenchmark(context, unitCount, formCount, questions);
			Instant started = Instant.now();
			bench.generate(responses, new Random(seed));
			System.out.printf("%s: %d units, %d forms of %d questions, %d responses (%d answers) stored in %.1f s%n",
					described, unitCount, formCount, questions, responses, (long) responses * questions,
					Duration.between(started, Instant.now()).toMillis() / 1000.0);
			bench.run(warmup, rounds, explain, timed);
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
			Path trace = workDir.resolve("data/parindex.trace.db");
			if (Files.exists(trace)) {
				List<String> lines = Files.readAllLines(trace);
				System.out.println("H2's trace file, last lines:");
				lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
			}
			Bench.delete(workDir);
		}
	}

	private SurveyPointsBenchmark(ConfigurableApplicationContext context, int unitCount, int formCount, int questions)
			throws SQLException {
		this.points = context.getBean(SurveyPointsService.class);
		this.dataSource = context.getBean(DataSource.class);
		try (Connection connection = this.dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
		MethodologyService methodology = context.getBean(MethodologyService.class);
		this.set = methodology.list()
			.stream()
			.filter((s) -> s.year() == 2022)
			.findFirst()
			.flatMap((s) -> methodology.find(s.id()))
			.orElseThrow(() -> new IllegalStateException("The demo's 2022 index set is missing"));
		List<Leaf> leaves = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.toList();
		leaves.forEach((leaf) -> this.maxima.put(leaf.code(), leaf.maxPoints()));
		this.units = units(context, unitCount);
		SurveyFormService formService = context.getBean(SurveyFormService.class);
		for (int f = 0; f < formCount; f++) {
			this.forms.add(formService.define(form(f, questions, leaves)));
		}
	}

	/** The cycle's units, then new units of the set's group up to the count. */
	private List<Long> units(ConfigurableApplicationContext context, int count) {
		CycleView cycle = context.getBean(CycleService.class).findForSet(this.set.id()).orElseThrow();
		List<Long> ids = new ArrayList<>(cycle.unitIds().stream().sorted().toList());
		OrganizationService organization = context.getBean(OrganizationService.class);
		UnitView first = organization.findUnit(ids.get(0)).orElseThrow();
		for (int i = ids.size() + 1; i <= count; i++) {
			ids.add(organization
				.createUnit(new CreateUnit("bench-" + i, this.set.unitGroupId(), first.kind(), "Đơn vị thử " + i))
				.id());
		}
		return List.copyOf(ids.subList(0, count));
	}

	/**
	 * A form of a respondent group (weights 1, 2, 1.5, 1, 2, 1.5 …), its questions on the
	 * survey leaves in turn, each with the options A = 100 %, B = 60 %, C = 20 %, D = 0 %
	 * and E = "không biết" (no weight).
	 */
	private DefineSurveyForm form(int index, int questions, List<Leaf> leaves) {
		List<DefineSurveyForm.Option> likert = List.of(option("A", "Rất tốt", "1"), option("B", "Tốt", "0.6"),
				option("C", "Chưa tốt", "0.2"), option("D", "Kém", "0"), option("E", "Không biết", null));
		List<DefineSurveyForm.Question> list = new ArrayList<>();
		for (int q = 0; q < questions; q++) {
			String leaf = leaves.get(q % leaves.size()).code();
			list.add(new DefineSurveyForm.Question("C" + (q + 1), "Ông/bà đánh giá thế nào về mục " + leaf + "?", leaf,
					likert));
		}
		BigDecimal weight = new BigDecimal(List.of("1", "2", "1.5").get(index % 3));
		return new DefineSurveyForm(this.set.id(), "BENCH" + (index + 1), "Phiếu thử " + (index + 1),
				"Nhóm " + (index + 1), weight, null, Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(60)), list);
	}

	private static DefineSurveyForm.Option option(String label, String text, String weight) {
		return new DefineSurveyForm.Option(label, text, (weight != null) ? new BigDecimal(weight) : null);
	}

	/**
	 * Removes any other response of the set (so that only the generated ones are
	 * aggregated), stores the responses by batch inserts of {@value #BATCH} responses,
	 * committed every {@value #COMMIT}, and analyses the tables.
	 */
	private void generate(int responses, Random random) throws SQLException {
		int questions = this.forms.get(0).questions().size();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement answers = connection
				.prepareStatement("delete from survey_answer where response_id in"
						+ " (select r.id from survey_response r join survey_form f on f.id = r.form_id"
						+ " where f.index_set_id = ?)");
					PreparedStatement others = connection
						.prepareStatement("delete from survey_response where form_id in"
								+ " (select id from survey_form where index_set_id = ?)")) {
				answers.setLong(1, this.set.id());
				answers.executeUpdate();
				others.setLong(1, this.set.id());
				others.executeUpdate();
			}
			// each unit has its own mix of answers, so that the units' points differ
			double[][] mixes = new double[this.units.size()][];
			for (int u = 0; u < mixes.length; u++) {
				double good = 0.3 + 0.6 * random.nextDouble();
				mixes[u] = cumulative(
						new double[] { good * 0.55, good * 0.45, (1 - good) * 0.5, (1 - good) * 0.5, 0.08 / 0.92 });
			}
			String tuples = String.join(", ", Collections.nCopies(questions, "(?, ?, ?)"));
			try (PreparedStatement response = connection
				.prepareStatement("insert into survey_response (id, form_id, unit_id, channel, submitted_on, sheet) "
						+ "values (?, ?, ?, ?, ?, ?)");
					PreparedStatement answer = connection.prepareStatement(
							"insert into survey_answer (response_id, question_id, option_id) values " + tuples)) {
				LocalDate today = LocalDate.now();
				for (int i = 0; i < responses; i++) {
					SurveyFormView form = this.forms.get(random.nextInt(this.forms.size()));
					int unit = random.nextInt(this.units.size());
					UUID id = new UUID(random.nextLong(), random.nextLong());
					response.setObject(1, id);
					response.setLong(2, form.id());
					response.setLong(3, this.units.get(unit));
					response.setString(4, random.nextInt(4) == 0 ? "PAPER" : "ONLINE");
					response.setObject(5, today);
					int p = 1;
					// the response's sheet as the application keeps it (V107): option ids
					// in question id order
					TreeMap<Long, Long> sheet = new TreeMap<>();
					for (SurveyQuestionView question : form.questions()) {
						SurveyOptionView chosen = question.options().get(pick(mixes[unit], random.nextDouble()));
						answer.setObject(p++, id);
						answer.setLong(p++, question.id());
						answer.setLong(p++, chosen.id());
						sheet.put(question.id(), chosen.id());
					}
					response.setString(6,
							sheet.values()
								.stream()
								.map(String::valueOf)
								.collect(java.util.stream.Collectors.joining(",")));
					response.addBatch();
					answer.addBatch();
					if ((i + 1) % BATCH == 0 || i == responses - 1) {
						response.executeBatch();
						answer.executeBatch();
					}
					if ((i + 1) % COMMIT == 0 || i == responses - 1) {
						connection.commit();
					}
				}
			}
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				if (this.postgres) {
					// what autovacuum does on a live database
					statement.execute("vacuum analyze survey_response");
					statement.execute("vacuum analyze survey_answer");
				}
				else {
					statement.execute("analyze");
				}
			}
		}
	}

	private static double[] cumulative(double[] shares) {
		double total = Arrays.stream(shares).sum();
		double[] cumulative = new double[shares.length];
		double sum = 0;
		for (int i = 0; i < shares.length; i++) {
			sum += shares[i] / total;
			cumulative[i] = sum;
		}
		return cumulative;
	}

	private static int pick(double[] cumulative, double draw) {
		for (int i = 0; i < cumulative.length - 1; i++) {
			if (draw < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	private void run(int warmup, int rounds, boolean explain, List<String> timed) throws Exception {
		List<SurveyLeafScore> sql = this.points.compute(this.set.id());
		List<SurveyLeafScore> joined = javaJoined();
		List<SurveyLeafScore> answers = javaAnswers();
		List<SurveyLeafScore> byIds = sqlByIds();
		List<SurveyLeafScore> byFormIds = sqlByFormIds();
		if (!sql.equals(joined) || !sql.equals(answers) || !sql.equals(byIds) || !sql.equals(byFormIds)) {
			throw new IllegalStateException("The ways disagree:\nsql " + sql + "\njava-joined " + joined
					+ "\njava-answers " + answers + "\nsql-by-ids " + byIds + "\nsql-form-ids " + byFormIds);
		}
		long counted = sql.stream().mapToLong(SurveyLeafScore::respondents).sum();
		System.out.printf("The five ways agree: %d scores (unit × leaf), %d valid answers counted%n", sql.size(),
				counted);
		if (explain) {
			explain("sql (SurveyPointsService.compute)", COMPUTE);
			explain("sql-by-ids", BY_IDS);
			explain("sql-form-ids", BY_FORM_IDS.formatted(formIds()));
		}
		Map<String, Callable<Object>> ways = new LinkedHashMap<>();
		ways.put("baseline", this::baseline);
		ways.put("sql", () -> this.points.compute(this.set.id()));
		ways.put("java-joined", this::javaJoined);
		ways.put("java-answers", this::javaAnswers);
		ways.put("sql-by-ids", this::sqlByIds);
		ways.put("sql-form-ids", this::sqlByFormIds);
		ways.keySet().removeIf((way) -> !way.equals("baseline") && !timed.contains(way));
		Map<String, List<Long>> nanos = new LinkedHashMap<>();
		ways.keySet().forEach((way) -> nanos.put(way, new ArrayList<>()));
		for (int round = 0; round < warmup + rounds; round++) {
			StringBuilder line = new StringBuilder((round < warmup) ? "warm-up" : "round " + (round - warmup + 1));
			for (Map.Entry<String, Callable<Object>> way : ways.entrySet()) {
				long start = System.nanoTime();
				Object result = way.getValue().call();
				long took = System.nanoTime() - start;
				if (result == null) {
					throw new IllegalStateException(way.getKey());
				}
				if (round >= warmup) {
					nanos.get(way.getKey()).add(took);
				}
				line.append(String.format("  %s %.0f ms", way.getKey(), took / 1e6));
			}
			System.out.println(line);
		}
		double baseline = Bench.percentile(nanos.get("baseline"), 50);
		System.out.printf("%-14s %10s %10s %10s %8s%n", "way", "median ms", "min ms", "max ms", "÷ base");
		nanos.forEach((way, list) -> System.out.printf("%-14s %10.0f %10.0f %10.0f %8.2f%n", way,
				Bench.percentile(list, 50) / 1e6, list.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6,
				list.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6,
				Bench.percentile(list, 50) / baseline));
	}

	private Object baseline() throws SQLException {
		long answers = 0;
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(BASELINE)) {
			while (rows.next()) {
				answers += rows.getLong(3);
			}
		}
		return answers;
	}

	/** Prints the database's plan of a query, as run ({@code explain analyze}). */
	private void explain(String what, String query) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement((this.postgres ? "explain (analyze, buffers) " : "explain analyze ") + query)) {
			if (statement.getParameterMetaData().getParameterCount() > 0) {
				statement.setLong(1, this.set.id());
			}
			System.out.println("Plan of " + what + ":");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					System.out.println("  " + rows.getString(1));
				}
			}
		}
	}

	/**
	 * {@link #BY_IDS}: counted in SQL by numbers, the leaves, forms and options looked up
	 * afterwards (a second, small query).
	 */
	private List<SurveyLeafScore> sqlByIds() throws SQLException {
		Map<Long, Group> options = new HashMap<>();
		Map<Group, long[]> counts = new HashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			try (PreparedStatement query = connection.prepareStatement(OPTIONS)) {
				query.setLong(1, this.set.id());
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						options.put(rows.getLong(1), new Group(0, rows.getString(2), rows.getString(3),
								rows.getBigDecimal(4), rows.getString(5), rows.getBigDecimal(6)));
					}
				}
			}
			try (PreparedStatement query = connection.prepareStatement(BY_IDS)) {
				query.setLong(1, this.set.id());
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						Group option = options.get(rows.getLong(3));
						counts.computeIfAbsent(new Group(rows.getLong(1), option.leaf(), option.form(),
								option.groupWeight(), option.label(), option.optionWeight()),
								(k) -> new long[1])[0] += rows.getLong(4);
					}
				}
			}
		}
		List<Counted> counted = new ArrayList<>();
		counts.forEach((group, n) -> counted.add(new Counted(group, n[0])));
		return scores(counted);
	}

	/** The ids of the set's forms, as a list for {@code in (…)}. */
	private String formIds() throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement query = connection
					.prepareStatement("select id from survey_form where index_set_id = ?")) {
			query.setLong(1, this.set.id());
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(Long.toString(rows.getLong(1)));
				}
			}
		}
		return String.join(", ", ids);
	}

	/** {@link #BY_FORM_IDS}: the set's form ids read, then the grouped query. */
	private List<SurveyLeafScore> sqlByFormIds() throws SQLException {
		String ids = formIds();
		List<Counted> counted = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(BY_FORM_IDS.formatted(ids))) {
			while (rows.next()) {
				counted.add(new Counted(new Group(rows.getLong(1), rows.getString(2), rows.getString(3),
						rows.getBigDecimal(4), rows.getString(5), rows.getBigDecimal(6)), rows.getLong(7)));
			}
		}
		return scores(counted);
	}

	/** The rows of {@link #JOINED} streamed and counted per group in a map. */
	private List<SurveyLeafScore> javaJoined() throws SQLException {
		Map<Group, long[]> counts = new HashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			try (PreparedStatement query = connection.prepareStatement(JOINED)) {
				query.setFetchSize(FETCH_SIZE);
				query.setLong(1, this.set.id());
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						Group group = new Group(rows.getLong(1), rows.getString(2), rows.getString(3),
								rows.getBigDecimal(4), rows.getString(5), rows.getBigDecimal(6));
						counts.computeIfAbsent(group, (k) -> new long[1])[0]++;
					}
				}
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
		List<Counted> counted = new ArrayList<>();
		counts.forEach((group, n) -> counted.add(new Counted(group, n[0])));
		return scores(counted);
	}

	/**
	 * The set's answers as (response, question, option) streamed; responses, questions
	 * and options looked up in memory and counted in an array per unit and form.
	 */
	private List<SurveyLeafScore> javaAnswers() throws SQLException {
		Map<Long, SurveyFormView> formsById = new HashMap<>();
		Map<Long, Integer> questionIndex = new HashMap<>();
		Map<Long, Integer> optionIndex = new HashMap<>();
		List<SurveyQuestionView> questionList = new ArrayList<>();
		List<SurveyOptionView> optionList = new ArrayList<>();
		List<Long> formOfQuestion = new ArrayList<>();
		for (SurveyFormView form : this.forms) {
			formsById.put(form.id(), form);
			for (SurveyQuestionView question : form.questions()) {
				questionIndex.put(question.id(), questionList.size());
				questionList.add(question);
				formOfQuestion.add(form.id());
				for (SurveyOptionView option : question.options()) {
					optionIndex.put(option.id(), optionList.size());
					optionList.add(option);
				}
			}
		}
		Map<Long, Integer> unitIndex = new HashMap<>();
		this.units.forEach((unit) -> unitIndex.put(unit, unitIndex.size()));
		long[][] counts = new long[this.units.size()][optionList.size()];
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			try {
				Map<UUID, Integer> unitOfResponse = new HashMap<>();
				try (PreparedStatement query = connection.prepareStatement(
						"select r.id, r.unit_id from survey_response r join survey_form f on f.id = r.form_id"
								+ " where f.index_set_id = ?")) {
					query.setFetchSize(FETCH_SIZE);
					query.setLong(1, this.set.id());
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next()) {
							unitOfResponse.put(rows.getObject(1, UUID.class), unitIndex.get(rows.getLong(2)));
						}
					}
				}
				try (PreparedStatement query = connection.prepareStatement(
						"select a.response_id, a.option_id from survey_answer a join survey_question q on q.id = a.question_id"
								+ " join survey_form f on f.id = q.form_id"
								+ " where f.index_set_id = ? and q.leaf_code is not null")) {
					query.setFetchSize(FETCH_SIZE);
					query.setLong(1, this.set.id());
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next()) {
							counts[unitOfResponse.get(rows.getObject(1, UUID.class))][optionIndex
								.get(rows.getLong(2))]++;
						}
					}
				}
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
		Map<Group, long[]> groups = new HashMap<>();
		for (int u = 0; u < counts.length; u++) {
			int o = 0;
			for (int q = 0; q < questionList.size(); q++) {
				SurveyQuestionView question = questionList.get(q);
				SurveyFormView form = formsById.get(formOfQuestion.get(q));
				for (SurveyOptionView option : question.options()) {
					long n = counts[u][o++];
					if (n > 0 && question.leafCode() != null) {
						groups.computeIfAbsent(new Group(this.units.get(u), question.leafCode(), form.code(),
								form.groupWeight(), option.label(), option.weight()), (k) -> new long[1])[0] += n;
					}
				}
			}
		}
		List<Counted> counted = new ArrayList<>();
		groups.forEach((group, n) -> counted.add(new Counted(group, n[0])));
		return scores(counted);
	}

	/**
	 * What {@link SurveyPointsService#compute} does with its query's rows (its
	 * {@code SurveyLeafPool} without contractors' tables, which the benchmark has none
	 * of): a respondent group per form, by code.
	 */
	private List<SurveyLeafScore> scores(List<Counted> rows) {
		Map<Long, Map<String, Map<String, Tally>>> tallies = new TreeMap<>();
		for (Counted row : rows) {
			Group g = row.group();
			if (!this.maxima.containsKey(g.leaf())) {
				continue;
			}
			tallies.computeIfAbsent(g.unit(), (k) -> new TreeMap<>())
				.computeIfAbsent(g.leaf(), (k) -> new TreeMap<>())
				.computeIfAbsent(g.form(), (k) -> new Tally(g.groupWeight()))
				.add(g.label(), g.optionWeight(), (int) row.count());
		}
		List<SurveyLeafScore> scores = new ArrayList<>();
		tallies.forEach((unit, leaves) -> leaves.forEach((leaf, groups) -> {
			int respondents = 0;
			Map<String, Integer> answers = new TreeMap<>();
			Set<String> excluded = new HashSet<>();
			List<SurveyMean.GroupMean> means = new ArrayList<>();
			List<SurveyLeafScore.Group> parts = new ArrayList<>();
			for (Map.Entry<String, Tally> entry : groups.entrySet()) {
				Tally group = entry.getValue();
				group.answers.forEach((label, n) -> answers.merge(label, n, Integer::sum));
				excluded.addAll(group.excluded);
				respondents += group.counted;
				Optional<BigDecimal> groupMean = SurveyMean.ofAnswers(group.tallies);
				means.add(new SurveyMean.GroupMean(group.weight, groupMean));
				parts.add(new SurveyLeafScore.Group(SurveyLeafScore.Source.FORM, entry.getKey(), group.weight,
						group.counted, 0, List.of(), groupMean.map(SurveyPointsBenchmark::stored)));
			}
			BigDecimal mean = SurveyMean.acrossGroups(means).map(SurveyPointsBenchmark::stored).orElse(BigDecimal.ZERO);
			scores.add(new SurveyLeafScore(unit, leaf, respondents, mean, this.maxima.get(leaf).multiply(mean), answers,
					excluded, parts));
		}));
		return scores;
	}

	/** A mean as {@code survey_leaf_result} holds it: 10 decimals, half up. */
	private static BigDecimal stored(BigDecimal mean) {
		return mean.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/** A group of {@link SurveyPointsService#compute}'s query. */
	private record Group(long unit, String leaf, String form, BigDecimal groupWeight, String label,
			BigDecimal optionWeight) {

	}

	private record Counted(Group group, long count) {

	}

	/** One respondent group's answers on one leaf about one unit. */
	private static final class Tally {

		private final BigDecimal weight;

		private final Map<String, Integer> answers = new TreeMap<>();

		private final Set<String> excluded = new HashSet<>();

		private final List<SurveyMean.AnswerTally> tallies = new ArrayList<>();

		private int counted;

		Tally(BigDecimal weight) {
			this.weight = weight;
		}

		void add(String label, BigDecimal optionWeight, int n) {
			this.answers.merge(label, n, Integer::sum);
			this.tallies.add(new SurveyMean.AnswerTally(Optional.ofNullable(optionWeight), n));
			if (optionWeight == null) {
				this.excluded.add(label);
			}
			else {
				this.counted += n;
			}
		}

	}

}
