package org.parindex.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parindex.PackagedApplication;
import org.parindex.PackagedDatabase;
import org.parindex.WebClient;
import org.parindex.survey.SurveyFormFiles;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveyOptionView;
import org.parindex.survey.SurveyQuestionView;

/**
 * Online survey submissions per second through the public form's real HTTP path
 * (docs/benchmarks.md, "The survey: points and online submissions"), against the packaged
 * jar run as an operator runs it ({@code java -jar}, no JVM option, the default
 * {@code application.properties}), with the demo data, on the default H2 file database or
 * a new schema of a PostgreSQL database.
 * <p>
 * Set-up, as the survey staff ({@code dieutra}) through the pages: a form of
 * {@code --questions} questions on the 2022 survey leaves is imported from XLSX, and a
 * batch of {@code --codes-per-unit} invitation codes is issued for each of the 17 units
 * and downloaded as CSV. Then {@code --users} virtual users (one thread each, one shared
 * {@link HttpClient}, every respondent a new session) each answer with one code after
 * another as a browser does: the code page ({@code GET /khao-sat}), the code sent with
 * the page's CSRF token ({@code POST /khao-sat} → 302), the form ({@code GET
 * /khao-sat/{code}}), with {@code --drafts true} one draft save per answer as the page's
 * script posts on each change ({@code POST /khao-sat/{code}/nhap?async=true} → 204), the
 * answers sent ({@code POST /khao-sat/{code}} → 302 to the thank-you page) and the
 * thank-you page. Every status is checked. After {@code --warmup} seconds the respondents
 * completed within {@code --seconds} are counted. At the end the staff's invitation page
 * must show as many codes used as respondents completed.
 * <p>
 * Same-run baseline of the HTTP path: the same users requesting the thank-you page
 * ({@code GET /khao-sat/cam-on}: a small template, no database), 3 s warm-up then 10 s.
 * With {@code --static-dir DIR --static-url URL}, a web server (nginx, started by
 * {@code tools/bench/survey.sh}) serving {@code DIR} at {@code URL} is the second
 * baseline: the thank-you page's bytes and one respondent's form page's bytes, as the
 * application sent them, are written to {@code DIR/cam-on.html} and
 * {@code DIR/form.html}, checked to come back unchanged from {@code URL}, and requested
 * by the same users, 3 s warm-up then 10 s each: what serving the same bytes costs
 * without the application. Each figure is printed with the machine's load average over
 * the last minute at its end.
 * <p>
 * Command line (from the project's root, after {@code mvn -DskipTests package}; see
 * {@code tools/bench/survey.sh}): {@code SurveySubmitBenchmark [--jar …]
 * [--database h2|jdbc:postgresql://…] [--users 64] [--warmup 10] [--seconds 30]
 * [--codes-per-unit 400] [--questions 30] [--drafts false] [--app-jvm "JVM options"]
 * [--static-dir DIR --static-url http://127.0.0.1:PORT] [--start-minutes 20]
 * [--code-attempts N]}, where {@code --code-attempts} sets the application's
 * {@code parindex.survey.code-attempts.capacity} (every user of the benchmark shares one
 * address, 127.0.0.1, and with draft saves the default 30 look-ups in flight at once are
 * exceeded: valid codes are then answered 429), and {@code --start-minutes} bounds the
 * application's start with the demo data (on the loaded two-core machine it took more
 * than the five minutes of {@link PackagedApplication}'s start). where {@code --app-jvm}
 * passes options to the application's JVM, e.g. a flight recording.
 */
public final class SurveySubmitBenchmark {

	private static final String PASSWORD = "parindex-demo";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?<![A-Z_])SESSION=([^;]+)");

	private static final Pattern CODE = Pattern.compile("/khao-sat/([0-9A-Z]{5}-[0-9A-Z]{5})");

	private static final List<String> LABELS = List.of("A", "B", "C", "D", "E");

	private final URI base;

	private final HttpClient http;

	private final List<String> questionCodes;

	private final boolean drafts;

	/**
	 * One respondent's form page, as the application sent it, for the static baseline.
	 */
	private final AtomicReference<String> formPage = new AtomicReference<>();

	private SurveySubmitBenchmark(int port, List<String> questionCodes, boolean drafts, int users) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			// daemon threads: the client is never closed, and must not keep the JVM alive
			.executor(Executors.newFixedThreadPool(Math.max(2, users / 8), (task) -> {
				Thread thread = new Thread(task, "http-client");
				thread.setDaemon(true);
				return thread;
			}))
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.questionCodes = questionCodes;
		this.drafts = drafts;
	}

	/**
	 * @param args see the class description
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = Bench.options(args);
		Path jar = options.containsKey("jar") ? Paths.get(options.get("jar")) : PackagedApplication.jar();
		String database = options.getOrDefault("database", "h2");
		int users = Integer.parseInt(options.getOrDefault("users", "64"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
		int codesPerUnit = Integer.parseInt(options.getOrDefault("codes-per-unit", "400"));
		int questions = Integer.parseInt(options.getOrDefault("questions", "30"));
		boolean drafts = Boolean.parseBoolean(options.getOrDefault("drafts", "false"));
		Duration startTimeout = Duration.ofMinutes(Long.parseLong(options.getOrDefault("start-minutes", "20")));
		List<String> jvmOptions = options.containsKey("app-jvm") ? List.of(options.get("app-jvm").split(" "))
				: List.of();
		List<String> appArguments = new ArrayList<>(List.of("--spring.profiles.active=demo"));
		if (options.containsKey("code-attempts")) {
			appArguments.add("--parindex.survey.code-attempts.capacity=" + options.get("code-attempts"));
		}
		Path workDir = Files.createTempDirectory("parindex-submit-bench-");
		try (PackagedDatabase data = database.equals("h2") ? PackagedDatabase.h2(workDir)
				: PackagedDatabase.postgres(database);
				App application = App.start(jar, workDir, data, jvmOptions, appArguments, startTimeout)) {
			System.out.printf("%s, application pid %d: %d users, %d questions%s; application arguments %s%n",
					data.description(), application.pid(), users, questions, drafts ? ", a draft save per answer" : "",
					appArguments);
			Staff staff = new Staff(new WebClient(application.port()));
			long formId = staff.importForm(questions);
			List<String> codes = staff.issueCodes(formId, codesPerUnit);
			Collections.shuffle(codes, new Random(42));
			System.out.printf("Form %d imported, %d codes issued%n", formId, codes.size());
			List<String> questionCodes = new ArrayList<>();
			for (int q = 1; q <= questions; q++) {
				questionCodes.add("C" + q);
			}
			SurveySubmitBenchmark bench = new SurveySubmitBenchmark(application.port(), questionCodes, drafts, users);
			Load load = bench.respondents(new ConcurrentLinkedQueue<>(codes), users, warmup, measured);
			load.print("respondents (code → form → submit)", measured);
			long used = staff.usedCodes(formId);
			if (used != load.completedInAll.get()) {
				throw new IllegalStateException(
						"Codes used " + used + " but respondents completed " + load.completedInAll.get());
			}
			System.out.printf("Codes used (staff's page): %d = respondents completed in all%n", used);
			Load thanks = bench.thanks("/khao-sat/cam-on", users, Duration.ofSeconds(3), Duration.ofSeconds(10));
			thanks.print("baseline: thank-you page", Duration.ofSeconds(10));
			if (options.containsKey("static-dir")) {
				bench.staticBaseline(Paths.get(options.get("static-dir")), options.get("static-url"), users);
			}
		}
		finally {
			Bench.delete(workDir);
		}
	}

	/** One respondent after another per user, each with the next code, until stopped. */
	private Load respondents(ConcurrentLinkedQueue<String> codes, int users, Duration warmup, Duration measured)
			throws InterruptedException {
		Load load = new Load();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		for (int i = 0; i < users; i++) {
			Random random = new Random(i);
			pool.submit(() -> {
				while (!load.stop.get()) {
					String code = codes.poll();
					if (code == null) {
						load.ranOut.set(true);
						return;
					}
					load.run(() -> respond(code, random, load));
				}
			});
		}
		load.measure(warmup, measured);
		pool.shutdown();
		pool.awaitTermination(5, TimeUnit.MINUTES);
		return load;
	}

	/**
	 * The web server's baseline: the thank-you page's and a form page's bytes written to
	 * the server's directory, checked to come back unchanged, then requested by the same
	 * users.
	 */
	private void staticBaseline(Path directory, String url, int users) throws IOException, InterruptedException {
		byte[] thanks = this.http
			.send(HttpRequest.newBuilder(this.base.resolve("/khao-sat/cam-on")).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body();
		byte[] form = this.formPage.get().getBytes(StandardCharsets.UTF_8);
		Files.write(directory.resolve("cam-on.html"), thanks);
		Files.write(directory.resolve("form.html"), form);
		for (Map.Entry<String, byte[]> page : List.of(Map.entry("cam-on.html", thanks), Map.entry("form.html", form))) {
			String path = url + "/" + page.getKey();
			byte[] served = this.http
				.send(HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.ofByteArray())
				.body();
			if (!Arrays.equals(served, page.getValue())) {
				throw new IllegalStateException(path + " does not serve the application's bytes");
			}
			Load load = thanks(path, users, Duration.ofSeconds(3), Duration.ofSeconds(10));
			load.print("baseline: web server, the same bytes as " + page.getKey() + " (" + page.getValue().length
					+ " bytes)", Duration.ofSeconds(10));
		}
	}

	/** The same users on one page (the thank-you page, or a URL), for a baseline. */
	private Load thanks(String path, int users, Duration warmup, Duration measured) throws InterruptedException {
		Load load = new Load();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		for (int i = 0; i < users; i++) {
			pool.submit(() -> {
				while (!load.stop.get()) {
					load.run(() -> {
						long start = System.nanoTime();
						new Session().get(path, 200, load);
						load.completed(start, System.nanoTime() - start);
					});
				}
			});
		}
		load.measure(warmup, measured);
		pool.shutdown();
		pool.awaitTermination(5, TimeUnit.MINUTES);
		return load;
	}

	private void respond(String code, Random random, Load load) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Session session = new Session();
		String token = session.token(session.get("/khao-sat", 200, load));
		HttpResponse<String> entered = session.post("/khao-sat", List.of(Map.entry("code", code)), token, 302, load);
		String form = this.base.resolve(entered.headers().firstValue("Location").orElseThrow()).getPath();
		if (!form.equals("/khao-sat/" + code)) {
			throw new IllegalStateException("Code " + code + " led to " + form);
		}
		HttpResponse<String> page = session.get(form, 200, load);
		if (!page.body().contains("id=\"survey-form\"")) {
			throw new IllegalStateException("No form for " + code);
		}
		this.formPage.compareAndSet(null, page.body());
		token = session.token(page);
		List<Map.Entry<String, String>> answers = new ArrayList<>();
		for (String question : this.questionCodes) {
			answers.add(Map.entry("q." + question, LABELS.get(random.nextInt(LABELS.size()))));
			if (this.drafts) {
				session.post(form + "/nhap?async=true", answers, token, 204, load);
			}
		}
		long sent = System.nanoTime();
		HttpResponse<String> submitted = session.post(form, answers, token, 302, load);
		long submitNanos = System.nanoTime() - sent;
		if (!submitted.headers().firstValue("Location").orElse("").endsWith("/khao-sat/cam-on")) {
			throw new IllegalStateException("Submission of " + code + " went to " + submitted.headers().map());
		}
		session.get("/khao-sat/cam-on", 200, load);
		load.submitted(submitNanos);
		load.completed(start, System.nanoTime() - start);
	}

	/** A browser's session: its cookie, kept by hand (one client serves every user). */
	private final class Session {

		private String cookie;

		HttpResponse<String> get(String path, int expected, Load load) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(SurveySubmitBenchmark.this.base.resolve(path))
				.header("Accept", "text/html")
				.GET(), expected, load);
		}

		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String token, int expected,
				Load load) throws IOException, InterruptedException {
			List<Map.Entry<String, String>> all = new ArrayList<>(fields);
			all.add(Map.entry("_csrf", token));
			String body = all.stream()
				.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(SurveySubmitBenchmark.this.base.resolve(path))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)), expected, load);
		}

		private HttpResponse<String> send(HttpRequest.Builder request, int expected, Load load)
				throws IOException, InterruptedException {
			if (this.cookie != null) {
				request.header("Cookie", "SESSION=" + this.cookie);
			}
			HttpResponse<String> response = SurveySubmitBenchmark.this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString());
			load.requests.incrementAndGet();
			for (String header : response.headers().allValues("Set-Cookie")) {
				Matcher session = SESSION.matcher(header);
				if (session.find()) {
					this.cookie = session.group(1);
				}
			}
			if (response.statusCode() != expected) {
				throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
						+ response.statusCode() + " instead of " + expected);
			}
			return response;
		}

		String token(HttpResponse<String> page) {
			Matcher token = CSRF.matcher(page.body());
			if (!token.find()) {
				throw new IllegalStateException("No CSRF token on " + page.uri());
			}
			return token.group(1);
		}

	}

	/** Counts of one load: completed units of work, their durations, failures. */
	private static final class Load {

		final AtomicBoolean stop = new AtomicBoolean();

		final AtomicBoolean ranOut = new AtomicBoolean();

		final AtomicLong requests = new AtomicLong();

		final AtomicLong completedInAll = new AtomicLong();

		final List<Long> durations = Collections.synchronizedList(new ArrayList<>());

		final List<Long> submits = Collections.synchronizedList(new ArrayList<>());

		final Map<String, Long> failures = new ConcurrentHashMap<>();

		volatile boolean measuring;

		volatile long requestsAtStart;

		volatile long requestsAtEnd;

		void run(Work work) {
			try {
				work.run();
			}
			catch (Exception ex) {
				String kind = String.valueOf(ex.getMessage()).replaceAll("[0-9A-Z]{5}-[0-9A-Z]{5}", "…");
				this.failures.merge(ex.getClass().getSimpleName() + ": " + kind, 1L, Long::sum);
			}
		}

		void completed(long start, long nanos) {
			this.completedInAll.incrementAndGet();
			if (this.measuring) {
				this.durations.add(nanos);
			}
		}

		void submitted(long nanos) {
			if (this.measuring) {
				this.submits.add(nanos);
			}
		}

		void measure(Duration warmup, Duration measured) throws InterruptedException {
			Thread.sleep(warmup.toMillis());
			this.requestsAtStart = this.requests.get();
			this.measuring = true;
			Thread.sleep(measured.toMillis());
			this.measuring = false;
			this.requestsAtEnd = this.requests.get();
			this.stop.set(true);
		}

		void print(String what, Duration measured) {
			double seconds = measured.toMillis() / 1000.0;
			System.out.printf(
					"%s: %.1f per s (%d in %.0f s), %.0f requests/s; time per unit of work p50 %.0f ms, p95 %.0f ms,"
							+ " p99 %.0f ms%s; load average %.2f%n",
					what, this.durations.size() / seconds, this.durations.size(), seconds,
					(this.requestsAtEnd - this.requestsAtStart) / seconds, Bench.percentile(this.durations, 50) / 1e6,
					Bench.percentile(this.durations, 95) / 1e6, Bench.percentile(this.durations, 99) / 1e6,
					this.submits.isEmpty() ? ""
							: String.format("; the submission (POST) p50 %.0f ms, p95 %.0f ms, p99 %.0f ms",
									Bench.percentile(this.submits, 50) / 1e6, Bench.percentile(this.submits, 95) / 1e6,
									Bench.percentile(this.submits, 99) / 1e6),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			if (this.ranOut.get()) {
				System.out.println("WARNING: the codes ran out; issue more with --codes-per-unit");
			}
			if (!this.failures.isEmpty()) {
				System.out.println("FAILURES: " + this.failures);
			}
		}

	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

	/**
	 * The packaged jar run as {@link PackagedApplication} runs it ({@code java -jar}, its
	 * own working directory, a free port, readiness by {@code /actuator/health} once the
	 * demo loader has run), with a start bounded by the benchmark's option instead of
	 * five minutes.
	 */
	private static final class App implements AutoCloseable {

		private final Process process;

		private final int port;

		private App(Process process, int port) {
			this.process = process;
			this.port = port;
		}

		static App start(Path jar, Path workDir, PackagedDatabase database, List<String> jvmOptions,
				List<String> arguments, Duration timeout) throws IOException, InterruptedException {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElse("java"));
			command.addAll(jvmOptions);
			command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
					"--management.endpoint.health.probes.enabled=true"));
			command.addAll(database.arguments());
			command.addAll(arguments);
			Path log = workDir.resolve("app.log");
			App app = new App(new ProcessBuilder(command).directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start(), port);
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(10))
				.build();
			Instant started = Instant.now();
			Instant deadline = started.plus(timeout);
			while (Instant.now().isBefore(deadline) && app.process.isAlive()) {
				try {
					if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						System.out.printf("Application ready in %.0f s%n",
								Duration.between(started, Instant.now()).toMillis() / 1000.0);
						return app;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			List<String> lines = Files.readAllLines(log);
			app.close();
			throw new IllegalStateException("The application was not ready within " + timeout + ":\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
		}

		int port() {
			return this.port;
		}

		long pid() {
			return this.process.pid();
		}

		/** SIGTERM, then SIGKILL after a minute. */
		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
				this.process.destroyForcibly();
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
		}

	}

	/** The survey staff's set-up, through the pages. */
	private static final class Staff {

		private final WebClient client;

		Staff(WebClient client) {
			this.client = client;
			HttpResponse<String> signedIn = client.signIn("dieutra", PASSWORD);
			if (signedIn.statusCode() != 302
					|| signedIn.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("Cannot sign in as dieutra: " + signedIn.statusCode());
			}
		}

		/** Imports a form on the 2022 survey leaves from XLSX; returns its id. */
		long importForm(int questions) {
			Document hub = page("/admin/survey");
			Element section = hub.select("section[id^=set-]")
				.stream()
				.filter((s) -> s.select("h2").text().contains("2022"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No 2022 set on the survey hub"));
			long setId = Long.parseLong(section.id().substring("set-".length()));
			Set<String> leaves = new LinkedHashSet<>(
					page("/admin/survey/forms/new?set=" + setId).select("select[name$=leafCode] option[value]")
						.eachAttr("value"));
			leaves.remove("");
			List<String> leafList = List.copyOf(leaves);
			if (leafList.isEmpty()) {
				throw new IllegalStateException("No survey leaves offered for set " + setId);
			}
			List<SurveyOptionView> likert = List.of(option(1, "A", "Rất tốt", "1"), option(2, "B", "Tốt", "0.6"),
					option(3, "C", "Chưa tốt", "0.2"), option(4, "D", "Kém", "0"), option(5, "E", "Không biết", null));
			List<SurveyQuestionView> list = new ArrayList<>();
			for (int q = 0; q < questions; q++) {
				String leaf = leafList.get(q % leafList.size());
				list.add(new SurveyQuestionView(0, q + 1, "C" + (q + 1), "Ông/bà đánh giá thế nào về mục " + leaf + "?",
						leaf, likert));
			}
			byte[] xlsx = SurveyFormFiles.toXlsx(new SurveyFormView(0, setId, "BENCH", "Phiếu khảo sát thử tải",
					"Người dân", BigDecimal.ONE, null, Instant.now().minus(Duration.ofDays(1)),
					Instant.now().plus(Duration.ofDays(30)), 0, 0, list));
			HttpResponse<String> imported = this.client.multipart("/admin/survey",
					"/admin/survey/forms/import?set=" + setId, List.of(Map.entry("code", "BENCH")),
					List.of(new WebClient.FilePart("file", "bench.xlsx", xlsx)));
			if (imported.statusCode() != 302) {
				throw new IllegalStateException("Import refused: " + imported.statusCode());
			}
			return page("/admin/survey").select("section#set-" + setId + " tr[id^=form-]")
				.stream()
				.filter((row) -> row.select("code").text().equals("BENCH"))
				.map((row) -> Long.parseLong(row.id().substring("form-".length())))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The imported form is not on the hub"));
		}

		private static SurveyOptionView option(int position, String label, String text, String weight) {
			return new SurveyOptionView(0, position, label, text, (weight != null) ? new BigDecimal(weight) : null);
		}

		/** Issues a batch per unit and downloads the batches' codes. */
		List<String> issueCodes(long formId, int perUnit) {
			String invitations = "/admin/survey/forms/" + formId + "/invitations";
			List<String> units = page(invitations).select("tr[data-unit-id]").eachAttr("data-unit-id");
			for (String unit : units) {
				HttpResponse<String> issued = this.client.post(invitations, invitations + "/batches",
						Map.of("unitId", unit, "count", Integer.toString(perUnit)));
				if (issued.statusCode() != 302) {
					throw new IllegalStateException("Batch refused for unit " + unit + ": " + issued.statusCode());
				}
			}
			List<String> codes = new ArrayList<>();
			for (String csv : page(invitations).select("a[href$=.csv]").eachAttr("href")) {
				Matcher code = CODE.matcher(new String(this.client.bytes(csv), StandardCharsets.UTF_8));
				while (code.find()) {
					codes.add(code.group(1));
				}
			}
			if (codes.size() != units.size() * perUnit) {
				throw new IllegalStateException("Expected " + units.size() * perUnit + " codes, got " + codes.size());
			}
			return codes;
		}

		/** The codes used, as the staff's invitation page counts them. */
		long usedCodes(long formId) {
			return page("/admin/survey/forms/" + formId + "/invitations").select("[data-used]")
				.eachText()
				.stream()
				.mapToLong((text) -> Long.parseLong(text.replaceAll("[^0-9]", "")))
				.sum();
		}

		private Document page(String path) {
			HttpResponse<String> response = this.client.page(path);
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + ": " + response.statusCode());
			}
			return Jsoup.parse(response.body(), "http://localhost" + path);
		}

	}

}
