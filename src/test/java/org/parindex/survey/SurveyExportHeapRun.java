package org.parindex.survey;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import javax.sql.DataSource;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.parindex.ParIndexApplication;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.engine.Level;
import org.parindex.methodology.CreateIndexSet;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.CreateUnit;
import org.parindex.organization.CreateUnitGroup;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitKind;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The forked half of {@code SurveyExportHeapIT} (and the export benchmark in
 * {@code docs/benchmarks.md}): started in its own JVM with a small heap, it starts the
 * whole application (without the demo) on the database given by its Spring arguments,
 * creates a unit group of 17 units and an index set of 8 survey criteria, a form of 30
 * questions over them, and {@code responses} responses with about 29 answers each (3 %
 * left blank), generated in the database ({@code insert … select}, the quickest way to
 * get three million rows into either database); then it writes the form's responses as
 * CSV and as XLSX and the set's aggregates as CSV to files in {@code directory}, through
 * {@link SurveyExportService}. With {@code bench}, the same rows are first written by the
 * database itself as a baseline (H2's {@code CSVWRITE}, PostgreSQL's
 * {@code COPY … TO STDOUT}), and the set's monitoring is timed at the end. Prints lines
 * {@code RESULT key=value} (times in ms, heap in MB, row counts) for the caller, and
 * exits with 0, or non-zero on any failure, an {@link OutOfMemoryError} included (run it
 * with {@code -XX:+ExitOnOutOfMemoryError}).
 * <p>
 * Arguments: {@code <directory> <responses> [bench] --spring.property=value …}.
 */
final class SurveyExportHeapRun {

	static final int QUESTIONS = 30;

	static final int UNITS = 17;

	static final int LEAVES = 8;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private SurveyExportHeapRun() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		int responses = Integer.parseInt(args[1]);
		boolean bench = args.length > 2 && args[2].equals("bench");
		List<String> spring = new ArrayList<>(List.of("--parindex.demo.enabled=false", "--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		for (String arg : args) {
			if (arg.startsWith("--")) {
				spring.add(arg);
			}
		}
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = SpringApplication.run(ParIndexApplication.class,
				spring.toArray(String[]::new))) {
			result("startup-ms", millis(start));
			IndexSetView set = indexSet(context);
			SurveyFormView form = context.getBean(SurveyFormService.class).define(form(set));
			DataSource dataSource = context.getBean(DataSource.class);
			boolean postgres;
			try (Connection connection = dataSource.getConnection()) {
				postgres = connection.getMetaData()
					.getDatabaseProductName()
					.toLowerCase(Locale.ROOT)
					.contains("postgres");
			}

			long filling = System.nanoTime();
			result("answers", fill(dataSource, form, set.unitGroupId(), responses, postgres));
			result("fill-ms", millis(filling));
			result("units", UNITS);
			result("leaves", LEAVES);

			if (bench) {
				long baseline = System.nanoTime();
				result("baseline-rows", baseline(dataSource, form, directory.resolve("baseline.csv"), postgres));
				result("baseline-ms", millis(baseline));
			}

			SurveyExportService exports = context.getBean(SurveyExportService.class);
			LiveHeap live = new LiveHeap();
			System.gc();
			result("heap-before-mb", usedHeap() / (1024 * 1024));
			resetPeaks();
			live.reset();
			long csv = System.nanoTime();
			long csvRows;
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(directory.resolve("responses.csv")))) {
				csvRows = exports.responses(form.id(), SurveyExportService.Format.CSV, VIETNAMESE, out);
			}
			result("csv-ms", millis(csv));
			result("csv-rows", csvRows);
			result("csv-peak-heap-mb", peakHeap() / (1024 * 1024));
			result("csv-live-heap-mb", live.max() / (1024 * 1024));

			resetPeaks();
			live.reset();
			long xlsx = System.nanoTime();
			long xlsxRows;
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(directory.resolve("responses.xlsx")))) {
				xlsxRows = exports.responses(form.id(), SurveyExportService.Format.XLSX, VIETNAMESE, out);
			}
			result("xlsx-ms", millis(xlsx));
			result("xlsx-rows", xlsxRows);
			result("xlsx-peak-heap-mb", peakHeap() / (1024 * 1024));
			result("xlsx-live-heap-mb", live.max() / (1024 * 1024));

			resetPeaks();
			live.reset();
			long aggregates = System.nanoTime();
			long aggregateRows;
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(directory.resolve("aggregates.csv")))) {
				aggregateRows = exports.aggregates(set.id(), SurveyExportService.Format.CSV, VIETNAMESE, out);
			}
			result("aggregates-ms", millis(aggregates));
			result("aggregates-rows", aggregateRows);
			result("aggregates-peak-heap-mb", peakHeap() / (1024 * 1024));
			result("aggregates-live-heap-mb", live.max() / (1024 * 1024));

			if (bench) {
				long monitoring = System.nanoTime();
				SurveyMonitoringView view = context.getBean(SurveyMonitoringService.class).monitor(set.id());
				result("monitor-ms", millis(monitoring));
				result("monitor-flags", view.flags().size());
			}
			result("max-heap-mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		}
		System.exit(0);
	}

	/**
	 * A unit group of {@value #UNITS} districts and an index set of one area with
	 * {@value #LEAVES} survey criteria of 3,75 points each.
	 */
	private static IndexSetView indexSet(ConfigurableApplicationContext context) {
		OrganizationService organization = context.getBean(OrganizationService.class);
		UnitGroupView group = organization
			.createGroup(new CreateUnitGroup("heap", "Cấp huyện", "Districts", "Huyện", "Districts"));
		for (int u = 1; u <= UNITS; u++) {
			organization.createUnit(new CreateUnit("don-vi-" + u, group.id(), UnitKind.DISTRICT, "Đơn vị " + u));
		}
		BigDecimal max = new BigDecimal("3.75");
		List<CreateIndexSet.NodeDraft> nodes = new ArrayList<>();
		nodes.add(new CreateIndexSet.NodeDraft("1", Optional.empty(), Level.AREA, "Điều tra xã hội học", "",
				max.multiply(BigDecimal.valueOf(LEAVES)), Optional.empty(), Optional.empty(), "", ""));
		for (int l = 1; l <= LEAVES; l++) {
			nodes.add(new CreateIndexSet.NodeDraft("1." + l, Optional.of("1"), Level.CRITERION, "Tiêu chí 1." + l, "",
					max, Optional.of(Component.SURVEY), Optional.of("survey"), "", ""));
		}
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.SURVEY, max.multiply(BigDecimal.valueOf(LEAVES)));
		return context.getBean(MethodologyService.class)
			.create(new CreateIndexSet(2030, group.id(), "Bộ chỉ số đo bộ nhớ", "", false, maxima, BigDecimal.ZERO,
					BigDecimal.ZERO, 2, List.of(), nodes));
	}

	/**
	 * 30 questions over the set's survey leaves in turn, each with the usual five
	 * options.
	 */
	private static DefineSurveyForm form(IndexSetView set) {
		List<String> leaves = set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
		List<DefineSurveyForm.Option> likert = List.of(option("A", "1"), option("B", "0.6"), option("C", "0.2"),
				option("D", "0"), option("E", null));
		List<DefineSurveyForm.Question> questions = new ArrayList<>();
		for (int q = 1; q <= QUESTIONS; q++) {
			questions.add(new DefineSurveyForm.Question(String.format("Q%02d", q), "Câu hỏi " + q,
					leaves.get((q - 1) % leaves.size()), likert));
		}
		Instant now = Instant.now();
		// open over the 30 days the responses are spread on
		return new DefineSurveyForm(set.id(), "HEAP", "Phiếu đo bộ nhớ", "Người dân", BigDecimal.ONE, null,
				now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(60)), questions);
	}

	private static DefineSurveyForm.Option option(String label, String weight) {
		return new DefineSurveyForm.Option(label, "Phương án " + label,
				(weight != null) ? new BigDecimal(weight) : null);
	}

	/**
	 * Generates the responses (random keys, the units in turn, a third on paper, over 30
	 * days) and their answers (a random option of each question, 3 % left blank) in the
	 * database.
	 * @return the answers stored
	 */
	private static long fill(DataSource dataSource, SurveyFormView form, long groupId, int responses, boolean postgres)
			throws Exception {
		String series = postgres ? "generate_series(1, " + responses + ") as s(x)"
				: "system_range(1, " + responses + ") as s(x)";
		String uuid = postgres ? "gen_random_uuid()" : "random_uuid()";
		StringBuilder options = new StringBuilder("case q.n");
		for (SurveyQuestionView question : form.questions()) {
			options.append(" when ").append(question.position()).append(" then case cast(floor(random() * 5) as int)");
			for (int o = 0; o < question.options().size(); o++) {
				options.append(" when ").append(o).append(" then ").append(question.options().get(o).id());
			}
			options.append(" end");
		}
		options.append(" end");
		StringBuilder questions = new StringBuilder("(values ");
		for (SurveyQuestionView question : form.questions()) {
			questions.append((question.position() > 1) ? ", " : "")
				.append("(")
				.append(question.position())
				.append(", ")
				.append(question.id())
				.append(")");
		}
		questions.append(") as q(n, id)");
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("insert into survey_response (id, form_id, unit_id, channel, submitted_on) select " + uuid
					+ ", " + form.id()
					+ ", u.id, case when mod(s.x, 3) = 0 then 'PAPER' else 'ONLINE' end, current_date - mod(s.x, 30)"
					+ " from " + series + " join (select id, row_number() over (order by id) - 1 as k"
					+ " from organization_unit where group_id = " + groupId + ") u on u.k = mod(s.x, " + UNITS + ")");
			statement.execute("insert into survey_answer (response_id, question_id, option_id) select r.id, q.id, "
					+ options + " from survey_response r cross join " + questions + " where r.form_id = " + form.id()
					// q.n in the condition keeps it per answer (H2 would otherwise drop
					// whole responses)
					+ " and case when q.n > 0 then random() end >= 0.03");
			try (var count = statement.executeQuery("select count(*) from survey_answer")) {
				count.next();
				return count.getLong(1);
			}
		}
	}

	/**
	 * The database writes the same rows itself: one per response with its unit, channel,
	 * day and each question's option label and weight, pivoted in SQL.
	 * @return the rows written
	 */
	private static long baseline(DataSource dataSource, SurveyFormView form, Path file, boolean postgres)
			throws Exception {
		StringBuilder columns = new StringBuilder();
		for (SurveyQuestionView question : form.questions()) {
			columns.append(", max(case when a.question_id = ")
				.append(question.id())
				.append(" then o.label end), max(case when a.question_id = ")
				.append(question.id())
				.append(" then o.weight end)");
		}
		String query = "select r.unit_id, r.channel, r.submitted_on" + columns
				+ " from survey_response r join survey_answer a on a.response_id = r.id"
				+ " join survey_option o on o.id = a.option_id where r.form_id = " + form.id()
				+ " group by r.id, r.unit_id, r.channel, r.submitted_on order by r.unit_id, r.submitted_on, r.channel, r.id";
		try (Connection connection = dataSource.getConnection()) {
			if (postgres) {
				try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					return connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyOut("copy (" + query + ") to stdout with (format csv, header)", out);
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("call csvwrite('" + file.toAbsolutePath().toString().replace("'", "''") + "', '"
						+ query.replace("'", "''") + "', 'charset=UTF-8')");
			}
			try (var lines = Files.lines(file)) {
				return lines.count() - 1;
			}
		}
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks since the last reset: at least the true peak. */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	/**
	 * The most heap in use after a garbage collection since the last reset: the live data
	 * an export holds, where the pools' peaks also count garbage not collected yet.
	 */
	private static final class LiveHeap implements NotificationListener {

		private final Set<String> heapPools = new HashSet<>();

		private final AtomicLong max = new AtomicLong();

		LiveHeap() {
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					this.heapPools.add(pool.getName());
				}
			}
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener(this, null, null);
			}
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = 0;
			for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
				if (this.heapPools.contains(pool.getKey())) {
					used += pool.getValue().getUsed();
				}
			}
			this.max.accumulateAndGet(used, Math::max);
		}

		void reset() {
			this.max.set(0);
		}

		/**
		 * Waits a little for the collector's notifications, which come on their own
		 * thread.
		 */
		long max() throws InterruptedException {
			Thread.sleep(200);
			return this.max.get();
		}

	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	private static void result(String key, long value) {
		System.out.println("RESULT " + key + "=" + value);
	}

}
