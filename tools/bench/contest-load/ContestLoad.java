import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contest's load generator (issue 11 items 8 and 9; docs/benchmarks.md, "The contest under load"). Simulated
 * participants take part through the application's real pages, as a browser does (its static files cached): the
 * registration page and its form, the participant's page and its start button, the attempt page (a small page without
 * its questions) and the questions' JSON that contest-attempt.js fetches, the saves of contest-attempt.js (at most one
 * on its way at a time, the answers given meanwhile together in the next: answering as fast as the generator does,
 * the first answer alone and then the nine others with the prediction), and the submission, answered with the result
 * page itself: 9 requests. (Until 2026-12-02 the attempt page carried its questions and the submission redirected to
 * the result page, a request of its own.) Each participant keeps the cookies it is given (a session if the application creates one, the
 * contest's CSRF cookie) and sends the CSRF token of the page it posts from; the sessions created are counted. CCCD numbers pass CccdNumber's checks (province
 * 064, the century and year digits of the birth date, a serial), phones MobileNumber's (090 and a serial).
 * <p>
 * Modes (Java 17+, no dependencies: {@code java ContestLoad.java --mode load --base http://127.0.0.1:8080 ...}):
 * <ul>
 * <li>{@code load}: for each of {@code --levels} (default 16,64,256) concurrent participants, each starting a new
 * participant as soon as one is done (no think time), {@code --warmup} seconds (default 10) then {@code --seconds}
 * counted (default 30): completed attempts per second (result shown), p50/p99 of each step, errors, the load
 * average; with {@code --pgbench-tps}, the ratio to it;</li>
 * <li>{@code soak}: {@code --participants} (default 10,000) register and start ({@code --threads} at a time, default
 * 32), then each saves one answer every {@code --every} seconds (default 30) for {@code --seconds}, within the
 * attempt's time limit ({@code --limit}, default 15 minutes, from the first start);</li>
 * <li>{@code crash}: as {@code load} at one level for {@code --seconds}, ignoring the gap while the application is
 * killed and restarted (crash-check.sh), and writing every acknowledged submission (the submit answered with its
 * result) to {@code --acks}: participant token, attempt token, the score the result showed (-1 if none was read).</li>
 * </ul>
 */
public class ContestLoad {

	enum Step {

		REGISTER_PAGE, REGISTER, PARTICIPANT_PAGE, START, ATTEMPT_PAGE, QUESTIONS, SAVE, SUBMIT

	}

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern UNIT = Pattern.compile("<option value=\"([0-9]+)\"");

	static final Pattern GROUP = Pattern.compile("<option value=\"([A-Z]{1,10})\"");

	/** A question of the attempt's JSON, up to the next one. */
	static final Pattern QUESTION = Pattern.compile("\\{\"number\":([0-9]+),(.*?)(?=\\{\"number\":|$)");

	static final Pattern POSITION = Pattern.compile("\"position\":([0-9]+)");

	static final Pattern SCORE = Pattern.compile("id=\"result-score\">([0-9]+)/");

	static final AtomicLong IDS = new AtomicLong();

	static HttpClient client;

	static String base;

	static String slug;

	static volatile List<String> units;

	static volatile List<String> groups;

	/** Latencies (µs) and errors per step of one phase. */
	static final class Stats {

		final Map<Step, long[]> latencies = new EnumMap<>(Step.class);

		final Map<Step, Integer> counts = new EnumMap<>(Step.class);

		final Map<Step, AtomicLong> errors = new EnumMap<>(Step.class);

		final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

		final AtomicLong completed = new AtomicLong();

		/** Sessions created (a first SESSION cookie set for a participant) while counted. */
		final AtomicLong sessions = new AtomicLong();

		/** CPU seconds the application used while counted (0: unknown). */
		volatile double cpuSeconds;

		volatile boolean counting;

		Stats() {
			for (Step step : Step.values()) {
				this.latencies.put(step, new long[1024]);
				this.counts.put(step, 0);
				this.errors.put(step, new AtomicLong());
			}
		}

		synchronized void record(Step step, long micros) {
			if (!this.counting) {
				return;
			}
			long[] values = this.latencies.get(step);
			int n = this.counts.get(step);
			if (n == values.length) {
				values = Arrays.copyOf(values, n * 2);
				this.latencies.put(step, values);
			}
			values[n] = micros;
			this.counts.put(step, n + 1);
		}

		void sessionCreated() {
			if (this.counting) {
				this.sessions.incrementAndGet();
			}
		}

		void error(Step step, String kind) {
			if (this.counting) {
				this.errors.get(step).incrementAndGet();
				this.errorKinds.computeIfAbsent(step + " " + kind, (k) -> new AtomicLong()).incrementAndGet();
			}
		}

		synchronized String line(Step step) {
			int n = this.counts.get(step);
			long[] values = Arrays.copyOf(this.latencies.get(step), n);
			Arrays.sort(values);
			return String.format(Locale.ROOT, "  %-17s %8d requests  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  errors %d",
					step.name().toLowerCase(Locale.ROOT).replace('_', ' '), n, percentile(values, 0.50),
					percentile(values, 0.99), (n == 0) ? 0.0 : values[n - 1] / 1000.0, this.errors.get(step).get());
		}

		long totalErrors() {
			return this.errors.values().stream().mapToLong(AtomicLong::get).sum();
		}

	}

	static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
	}

	/** A failed step: the participant stops there. */
	static final class StepFailed extends Exception {

		StepFailed(String message) {
			super(message, null, false, false);
		}

	}

	/** One simulated participant with its own session. */
	static final class Participant {

		final long id = IDS.getAndIncrement();

		/** The cookies the application set: the session's, if any, and the contest's CSRF cookie. */
		final Map<String, String> cookies = new LinkedHashMap<>();

		String csrf = "";

		String participantToken = "";

		String attemptToken = "";

		/** question number to the positions of its options, and whether several may be chosen. */
		final Map<Integer, List<String>> options = new LinkedHashMap<>();

		final Map<Integer, String> chosen = new LinkedHashMap<>();

		HttpResponse<String> send(Stats stats, Step step, String path, String form, int expected)
				throws StepFailed {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Accept-Language", "vi");
			if (!this.cookies.isEmpty()) {
				StringBuilder cookie = new StringBuilder();
				this.cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ")
					.append(name)
					.append('=')
					.append(value));
				request.header("Cookie", cookie.toString());
			}
			if (form == null) {
				request.GET();
			}
			else {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form));
			}
			long started = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				stats.error(step, ex.getClass().getSimpleName());
				throw new StepFailed(step + ": " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new StepFailed("interrupted");
			}
			long micros = (System.nanoTime() - started) / 1000;
			for (String set : response.headers().allValues("Set-Cookie")) {
				String pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String name = pair.substring(0, equals);
					if (name.equals("SESSION") && !this.cookies.containsKey(name)) {
						stats.sessionCreated();
					}
					this.cookies.put(name, pair.substring(equals + 1));
				}
			}
			if (response.statusCode() != expected) {
				stats.error(step, "HTTP " + response.statusCode());
				throw new StepFailed(step + ": HTTP " + response.statusCode() + " " + path);
			}
			stats.record(step, micros);
			return response;
		}

		void csrf(String page) throws StepFailed {
			Matcher matcher = CSRF.matcher(page);
			if (!matcher.find()) {
				throw new StepFailed("no CSRF token");
			}
			this.csrf = matcher.group(1);
		}

		static String location(HttpResponse<String> response, String part) throws StepFailed {
			String location = response.headers().firstValue("Location").orElse("");
			int at = location.indexOf(part);
			if (at < 0) {
				throw new StepFailed("redirected to " + location);
			}
			String rest = location.substring(at + part.length());
			int end = rest.indexOf('/');
			return (end < 0) ? rest : rest.substring(0, end);
		}

		void register(Stats stats) throws StepFailed {
			String page = send(stats, Step.REGISTER_PAGE, "/cuoc-thi/" + slug + "/dang-ky", null, 200).body();
			csrf(page);
			if (units == null) {
				units = matches(UNIT, page);
				groups = matches(GROUP, page);
				if (units.isEmpty() || groups.isEmpty()) {
					throw new StepFailed("no units or groups on the registration page");
				}
			}
			ThreadLocalRandom random = ThreadLocalRandom.current();
			int year = 1960 + (int) (this.id % 40);
			boolean female = random.nextBoolean();
			String cccd = String.format(Locale.ROOT, "064%d%02d%06d", (female ? 1 : 0), year % 100,
					(this.id / 40) % 1_000_000);
			String phone = String.format(Locale.ROOT, "090%07d", this.id % 10_000_000);
			Map<String, String> form = new LinkedHashMap<>();
			form.put("fullName", "Người dự thi " + this.id);
			form.put("birthDate", String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12),
					1 + random.nextInt(28)));
			form.put("cccd", cccd);
			form.put("phone", phone);
			form.put("groupCode", groups.get(random.nextInt(groups.size())));
			form.put("unitId", units.get(random.nextInt(units.size())));
			form.put("address", "Thôn " + (1 + random.nextInt(9)));
			form.put("consent", "on");
			form.put("publishResult", "on");
			form.put("_csrf", this.csrf);
			HttpResponse<String> response = send(stats, Step.REGISTER, "/cuoc-thi/" + slug + "/dang-ky",
					encode(form), 302);
			this.participantToken = location(response, "/du-thi/");
		}

		void start(Stats stats) throws StepFailed {
			String path = "/cuoc-thi/" + slug + "/du-thi/" + this.participantToken;
			csrf(send(stats, Step.PARTICIPANT_PAGE, path, null, 200).body());
			HttpResponse<String> response = send(stats, Step.START, path + "/bat-dau",
					"_csrf=" + enc(this.csrf), 302);
			this.attemptToken = location(response, "/bai-thi/");
			String page = send(stats, Step.ATTEMPT_PAGE, "/cuoc-thi/" + slug + "/bai-thi/" + this.attemptToken, null,
					200)
				.body();
			csrf(page);
			// the questions, as the page's script fetches them
			String json = send(stats, Step.QUESTIONS,
					"/cuoc-thi/" + slug + "/bai-thi/" + this.attemptToken + "/cau-hoi", null, 200)
				.body();
			Matcher questions = QUESTION.matcher(json);
			while (questions.find()) {
				Matcher positions = POSITION.matcher(questions.group(2));
				List<String> values = new ArrayList<>();
				while (positions.find()) {
					values.add(positions.group(1));
				}
				this.options.put(Integer.valueOf(questions.group(1)), values);
			}
			if (this.options.isEmpty() || this.options.values().stream().anyMatch(List::isEmpty)) {
				throw new StepFailed("no questions on the attempt page");
			}
		}

		/**
		 * Saves a batch, as the page's script does (contest-attempt.js): an answer, chosen at
		 * random, to each of the questions numbered, and the prediction if asked, in one
		 * request ({@code q<n>=position}, {@code prediction}).
		 */
		void save(Stats stats, List<Integer> numbers, boolean prediction) throws StepFailed {
			StringBuilder form = new StringBuilder("_csrf=").append(enc(this.csrf));
			for (int number : numbers) {
				List<String> positions = this.options.get(number);
				String option = positions.get(ThreadLocalRandom.current().nextInt(positions.size()));
				this.chosen.put(number, option);
				form.append("&q").append(number).append('=').append(option);
			}
			if (prediction) {
				form.append("&prediction=").append(1 + this.id % 50);
			}
			HttpResponse<String> response = send(stats, Step.SAVE,
					"/cuoc-thi/" + slug + "/bai-thi/" + this.attemptToken + "/luu", form.toString(), 200);
			if (!response.body().contains("\"saved\":true")) {
				stats.error(Step.SAVE, "not saved");
				throw new StepFailed("save: " + response.body());
			}
		}

		/**
		 * Submits (as the form does, every answer with it) and reads the result it is
		 * answered with.
		 * @return the score shown, or -1 when none was read from an acknowledged submission
		 */
		int submit(Stats stats, PrintWriter acks) throws StepFailed {
			StringBuilder form = new StringBuilder("_csrf=").append(enc(this.csrf));
			this.chosen.forEach((number, option) -> form.append("&q").append(number).append('=').append(option));
			form.append("&prediction=").append(1 + this.id % 50);
			String path = "/cuoc-thi/" + slug + "/bai-thi/" + this.attemptToken;
			HttpResponse<String> response = send(stats, Step.SUBMIT, path + "/nop", form.toString(), 200);
			int score = -1;
			try {
				Matcher matcher = SCORE.matcher(response.body());
				if (!matcher.find()) {
					stats.error(Step.SUBMIT, "no score");
				}
				else {
					score = Integer.parseInt(matcher.group(1));
				}
				return score;
			}
			finally {
				if (acks != null) {
					synchronized (acks) {
						acks.println(this.participantToken + "," + this.attemptToken + "," + score);
						acks.flush();
					}
				}
			}
		}

		/** The whole attempt; true when the result was shown. */
		boolean takePart(Stats stats, PrintWriter acks) throws StepFailed {
			register(stats);
			start(stats);
			// as the page's script does for answers given faster than a save's round trip:
			// the first answer goes at once; the others and the prediction, given while it is
			// on its way, go together in the next save
			List<Integer> numbers = new ArrayList<>(this.options.keySet());
			save(stats, numbers.subList(0, 1), false);
			save(stats, numbers.subList(1, numbers.size()), true);
			return submit(stats, acks) >= 0;
		}

	}

	static List<String> matches(Pattern pattern, String page) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(page);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String encode(Map<String, String> form) {
		StringBuilder body = new StringBuilder();
		form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
		return body.toString();
	}

	/** The application's process, when known: its CPU time is measured per phase. */
	static long appPid;

	/** CPU seconds (user and system) the application's process used so far; 0 when unknown. */
	static double appCpuSeconds() {
		if (appPid <= 0) {
			return 0;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + appPid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime, fields 14 and 15 of proc(5), in clock ticks of 1/100 s
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** Samples the 1-minute load average every second while a phase is counted. */
	static final class LoadSampler implements AutoCloseable {

		final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		double sum;

		double max;

		int n;

		LoadSampler() {
			this.timer.scheduleAtFixedRate(() -> {
				double one = Double.parseDouble(loadAverage().split(" ")[0]);
				synchronized (this) {
					this.sum += one;
					this.max = Math.max(this.max, one);
					this.n++;
				}
			}, 0, 1, TimeUnit.SECONDS);
		}

		@Override
		public synchronized String toString() {
			return String.format(Locale.ROOT, "load average (1 min) during the run: mean %.2f, max %.2f",
					(this.n == 0) ? 0 : this.sum / this.n, this.max);
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

	/**
	 * Concurrent participants, each starting anew when done, for warm-up plus counted seconds.
	 */
	static Stats run(int concurrency, int warmup, int seconds, PrintWriter acks, boolean quiet) throws Exception {
		Stats stats = new Stats();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup + seconds);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		AtomicLong samples = new AtomicLong();
		for (int i = 0; i < concurrency; i++) {
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					Participant participant = new Participant();
					try {
						if (participant.takePart(stats, acks) && stats.counting) {
							stats.completed.incrementAndGet();
						}
					}
					catch (StepFailed ex) {
						if (!quiet && samples.incrementAndGet() <= 5) {
							System.out.println("  error: " + ex.getMessage());
						}
						try {
							Thread.sleep(200);
						}
						catch (InterruptedException stop) {
							return;
						}
					}
				}
			});
		}
		Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
		double cpu = appCpuSeconds();
		stats.counting = true;
		try (LoadSampler load = new LoadSampler()) {
			Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
			stats.counting = false;
			stats.cpuSeconds = appCpuSeconds() - cpu;
			System.out.println("  " + load);
		}
		pool.shutdown();
		pool.awaitTermination(5, TimeUnit.MINUTES);
		return stats;
	}

	static void report(Stats stats, int concurrency, int seconds, double pgbench) {
		double rate = stats.completed.get() / (double) seconds;
		long requests = stats.counts.values().stream().mapToLong(Integer::longValue).sum();
		System.out.printf(Locale.ROOT, "  requests answered: %d in %d s = %.1f/s%n", requests, seconds,
				requests / (double) seconds);
		if (stats.cpuSeconds > 0) {
			System.out.printf(Locale.ROOT,
					"  application CPU: %.1f s in %d s (%.2f cores); %.2f ms per request, %.0f ms per completed attempt%n",
					stats.cpuSeconds, seconds, stats.cpuSeconds / seconds, 1000 * stats.cpuSeconds / Math.max(1, requests),
					1000 * stats.cpuSeconds / Math.max(1, stats.completed.get()));
		}
		System.out.printf(Locale.ROOT, "  completed attempts: %d in %d s = %.1f/s%s%n", stats.completed.get(), seconds,
				rate, (pgbench > 0) ? String.format(Locale.ROOT, "; pgbench single-row inserts %.0f/s; ratio %.2f %%",
						pgbench, 100 * rate / pgbench) : "");
		for (Step step : Step.values()) {
			System.out.println(stats.line(step));
		}
		System.out.println("  sessions created: " + stats.sessions.get());
		System.out.println("  errors: " + stats.totalErrors() + (stats.errorKinds.isEmpty() ? "" : " " + stats.errorKinds));
	}

	static void soak(int participants, int threads, int every, int seconds, Duration limit) throws Exception {
		Stats setup = new Stats();
		setup.counting = true;
		List<Participant> open = java.util.Collections.synchronizedList(new ArrayList<>());
		long first = System.nanoTime();
		System.out.println("== soak: registering and starting " + participants + " participants, " + threads
				+ " at a time; " + loadAverage());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try (LoadSampler load = new LoadSampler()) {
			for (int i = 0; i < participants; i++) {
				pool.submit(() -> {
					Participant participant = new Participant();
					try {
						participant.register(setup);
						participant.start(setup);
						open.add(participant);
					}
					catch (StepFailed ex) {
						// counted in setup's errors
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.HOURS);
			double took = (System.nanoTime() - first) / 1e9;
			System.out.printf(Locale.ROOT, "  %d attempts open after %.0f s (%.1f registered and started per second); %s%n",
					open.size(), took, open.size() / took, load);
		}
		for (Step step : List.of(Step.REGISTER_PAGE, Step.REGISTER, Step.PARTICIPANT_PAGE, Step.START,
				Step.ATTEMPT_PAGE, Step.QUESTIONS)) {
			System.out.println(setup.line(step));
		}
		System.out.println("  errors: " + setup.totalErrors() + (setup.errorKinds.isEmpty() ? "" : " " + setup.errorKinds));
		long left = limit.toNanos() - (System.nanoTime() - first) - TimeUnit.SECONDS.toNanos(30);
		int hold = (int) Math.min(seconds, TimeUnit.NANOSECONDS.toSeconds(left));
		if (hold < seconds) {
			System.out.println("  holding " + hold + " s, not " + seconds
					+ " s: the first attempts reach their time limit then");
		}
		if (hold <= every) {
			System.out.println("  no time left to hold the attempts open");
			return;
		}
		Stats saves = new Stats();
		saves.counting = true;
		System.out.println("== soak: " + open.size() + " open attempts, one save each every " + every + " s, for "
				+ hold + " s; " + loadAverage());
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(threads);
		long stop = System.nanoTime() + TimeUnit.SECONDS.toNanos(hold);
		try (LoadSampler load = new LoadSampler()) {
			for (Participant participant : open) {
				long delay = ThreadLocalRandom.current().nextLong(every * 1000L);
				timer.scheduleAtFixedRate(() -> {
					if (System.nanoTime() > stop) {
						return;
					}
					List<Integer> numbers = new ArrayList<>(participant.options.keySet());
					try {
						participant.save(saves,
								List.of(numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()))), false);
					}
					catch (StepFailed ex) {
						// counted
					}
				}, delay, every * 1000L, TimeUnit.MILLISECONDS);
			}
			double cpu = appCpuSeconds();
			Thread.sleep(TimeUnit.SECONDS.toMillis(hold));
			if (appPid > 0) {
				System.out.printf(Locale.ROOT, "  application CPU while holding: %.1f s in %d s (%.2f cores)%n",
						appCpuSeconds() - cpu, hold, (appCpuSeconds() - cpu) / hold);
			}
			timer.shutdownNow();
			timer.awaitTermination(1, TimeUnit.MINUTES);
			System.out.println("  " + load);
		}
		System.out.println(saves.line(Step.SAVE));
		System.out.println("  errors: " + saves.totalErrors() + (saves.errorKinds.isEmpty() ? "" : " " + saves.errorKinds));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String mode = options.getOrDefault("mode", "load");
		base = options.getOrDefault("base", "http://127.0.0.1:8080");
		slug = options.getOrDefault("slug", "cchc-thu-nghiem");
		IDS.set(Long.parseLong(options.getOrDefault("first-id", "0")));
		appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
		double pgbench = Double.parseDouble(options.getOrDefault("pgbench-tps", "0"));
		client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(8))
			.build();
		switch (mode) {
			case "load" -> {
				for (String level : options.getOrDefault("levels", "16,64,256").split(",")) {
					int concurrency = Integer.parseInt(level.strip());
					System.out.println("== " + concurrency + " concurrent participants, " + warmup + " s warm-up, "
							+ seconds + " s counted; " + loadAverage());
					report(run(concurrency, warmup, seconds, null, false), concurrency, seconds, pgbench);
				}
			}
			case "soak" -> soak(Integer.parseInt(options.getOrDefault("participants", "10000")),
					Integer.parseInt(options.getOrDefault("threads", "32")),
					Integer.parseInt(options.getOrDefault("every", "30")), seconds,
					Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "15"))));
			case "crash" -> {
				int concurrency = Integer.parseInt(options.getOrDefault("levels", "64").split(",")[0]);
				try (PrintWriter acks = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("acks"))))) {
					System.out.println("== crash run: " + concurrency + " concurrent participants, " + seconds
							+ " s; " + loadAverage());
					report(run(concurrency, 0, seconds, acks, true), concurrency, seconds, 0);
				}
			}
			default -> throw new IllegalArgumentException("--mode load|soak|crash");
		}
		System.exit(0);
	}

}
