package org.parindex.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parindex.PackagedApplication;
import org.parindex.PackagedDatabase;

/**
 * Crash check: does every save the application acknowledged survive {@code kill -9}?
 * <p>
 * It starts the packaged jar with the demo ({@code --spring.profiles.active=demo}) on a
 * fresh database (the default embedded H2 in a new working directory, or a new schema of
 * a PostgreSQL database), then, per run: signs in several sessions of Đak Pơ's officer
 * ({@code dakpo.canbo}), each saving its own criterion of area 1 of the 2022
 * self-assessment in a loop with the right version and an explanation unique to the save
 * ({@code crash r<run> s<session> n<counter>}), the first session also attaching a small
 * PDF named after the save; after the firing time, right after the next acknowledgement,
 * it kills the JVM with SIGKILL while the other saves are in flight (the moment a crash
 * hurts most), restarts it on the same data, signs in again and checks every
 * <em>acknowledged</em> save, that is every one answered with the success redirect to the
 * unit's page: the criterion holds that save's explanation or a later one of the same
 * session, and every acknowledged evidence file is listed and downloads with the bytes
 * sent. The next run fires at the restarted application.
 * <p>
 * Command line (see {@code tools/crash/crash-check.sh} and docs/operations.md):
 * {@code CrashCheck [--jar target/parindex-….jar] [--database h2|jdbc:postgresql://…?user=…&password=…]
 * [--sessions 6] [--seconds 10] [--runs 3] [--stop kill|term|alternate]
 * [--app-arg --name=value]… [--work-dir DIR]}; exits with 1 when an acknowledged save is
 * missing or a save was answered with a server error. {@code --stop term} ends each run
 * with a graceful stop (SIGTERM) instead of the kill: the saves in flight must then
 * complete; {@code --app-arg} passes a setting to the application (e.g. H2's former
 * default {@code --spring.datasource.url=jdbc:h2:file:./data/parindex;MODE=PostgreSQL;…}
 * without {@code WRITE_DELAY=0}, to see the loss).
 */
public final class CrashCheck {

	private static final String USERNAME = "dakpo.canbo";

	private static final String PASSWORD = "parindex-demo";

	/** The area whose criteria are saved: the demo's draft, with every input filled. */
	private static final String AREA = "1";

	private static final Pattern CYCLE = Pattern.compile("/assessment/cycles/(\\d+)/unit\"");

	private CrashCheck() {
	}

	/**
	 * Runs the check.
	 * @param settings what to run against and how long
	 * @return one result per run, in order
	 * @throws IllegalStateException when the application does not start, a session cannot
	 * sign in, or the demo's cycle is not found
	 */
	public static List<RunResult> run(Settings settings) {
		try (PackagedDatabase database = settings.database().equals("h2") ? PackagedDatabase.h2(settings.workDir())
				: PackagedDatabase.postgres(settings.database())) {
			List<String> demo = new ArrayList<>(List.of("--spring.profiles.active=demo"));
			demo.addAll(settings.applicationArguments());
			PackagedApplication application = PackagedApplication.start(settings.jar(), settings.workDir(), database,
					demo);
			List<RunResult> results = new ArrayList<>();
			try {
				for (int run = 1; run <= settings.runs(); run++) {
					boolean kill = settings.stop().kills(run);
					Firing firing = fire(application, settings, run);
					firing.killing();
					if (kill) {
						application.kill();
					}
					else {
						application.stop();
					}
					firing.awaitSessions();
					application = PackagedApplication.start(settings.jar(), settings.workDir(), database, demo);
					results.add(firing.verify(application,
							database.description() + (settings.applicationArguments().isEmpty() ? ""
									: " with " + String.join(" ", settings.applicationArguments())),
							kill ? "kill -9" : "SIGTERM"));
				}
				return results;
			}
			finally {
				application.stop();
			}
		}
	}

	private static Firing fire(PackagedApplication application, Settings settings, int run) {
		Semaphore acknowledgements = new Semaphore(0);
		List<CriterionSaver> savers = savers(application, settings.sessions(), run, acknowledgements);
		Firing firing = new Firing(run, savers.get(0).unitPage(), savers);
		firing.start();
		try {
			sleep(settings.firing());
			// every session has had a save acknowledged (a slow machine may need longer)
			Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
			while (savers.stream().anyMatch((saver) -> saver.acknowledged().isEmpty())
					&& Instant.now().isBefore(deadline)) {
				sleep(Duration.ofMillis(100));
			}
			// kill right after a save was acknowledged, while the others are in flight
			acknowledgements.drainPermits();
			acknowledgements.tryAcquire(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return firing;
	}

	/**
	 * Signs in {@code sessions} sessions of Đak Pơ's officer, each reading area 1 of the
	 * current self-assessment and given its own criterion; the first attaches a PDF to
	 * every save.
	 * @param application the application, with the demo
	 * @param sessions how many, at most the criteria of area 1 with inputs (18 in the
	 * demo)
	 * @param run the run's number, for the explanations
	 * @param acknowledgements released once per acknowledged save
	 * @return the sessions, not started
	 */
	static List<CriterionSaver> savers(PackagedApplication application, int sessions, int run,
			Semaphore acknowledgements) {
		try {
			OfficerSession first = signedIn(application);
			String cyclePage = "/assessment/cycles/" + currentCycle(first) + "/unit";
			List<OfficerSession.Criterion> criteria = OfficerSession.Criterion
				.read(first.page(cyclePage + "?area=" + AREA))
				.values()
				.stream()
				.filter((criterion) -> !criterion.inputs().isEmpty()
						&& criterion.inputs().values().stream().noneMatch(String::isEmpty))
				.limit(sessions)
				.toList();
			if (criteria.size() < sessions) {
				throw new IllegalStateException("Area " + AREA + " has only " + criteria.size()
						+ " criteria with inputs; the demo's draft is expected");
			}
			List<CriterionSaver> savers = new ArrayList<>();
			for (int i = 0; i < sessions; i++) {
				OfficerSession session = (i == 0) ? first : signedIn(application);
				if (i > 0) {
					session.page(cyclePage + "?area=" + AREA);
				}
				savers.add(new CriterionSaver(session, cyclePage, AREA, criteria.get(i), run, i, i == 0,
						acknowledgements));
			}
			return savers;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The latest cycle the officer's unit takes part in: the demo's 2022 cycle. */
	private static long currentCycle(OfficerSession session) throws IOException, InterruptedException {
		Matcher matcher = CYCLE.matcher(session.page("/assessment"));
		long latest = -1;
		while (matcher.find()) {
			latest = Math.max(latest, Long.parseLong(matcher.group(1)));
		}
		if (latest < 0) {
			throw new IllegalStateException("No self-assessment on /assessment for " + USERNAME);
		}
		return latest;
	}

	private static OfficerSession signedIn(PackagedApplication application) throws IOException, InterruptedException {
		OfficerSession session = new OfficerSession(application.port());
		if (!session.signIn(USERNAME, PASSWORD)) {
			throw new IllegalStateException("Cannot sign in as " + USERNAME + ":\n" + application.logTail());
		}
		return session;
	}

	private static void sleep(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}

	/**
	 * Command line: prints one line per run and exits with 1 when an acknowledged save is
	 * missing after a restart.
	 * @param args see the class description
	 */
	public static void main(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> applicationArguments = new ArrayList<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				usage("unexpected " + args[i]);
			}
			if (args[i].equals("--app-arg")) {
				applicationArguments.add(args[i + 1]);
			}
			else {
				options.put(args[i].substring(2), args[i + 1]);
			}
		}
		if (args.length % 2 != 0) {
			usage("missing value of " + args[args.length - 1]);
		}
		Path workDir;
		boolean temporary = !options.containsKey("work-dir");
		try {
			workDir = temporary ? Files.createTempDirectory("parindex-crash-") : Paths.get(options.remove("work-dir"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Settings settings = new Settings(
				options.containsKey("jar") ? Paths.get(options.remove("jar")) : PackagedApplication.jar(),
				Optional.ofNullable(options.remove("database")).orElse("h2"),
				Integer.parseInt(Optional.ofNullable(options.remove("sessions")).orElse("6")),
				Duration.ofSeconds(Long.parseLong(Optional.ofNullable(options.remove("seconds")).orElse("10"))),
				Integer.parseInt(Optional.ofNullable(options.remove("runs")).orElse("3")),
				Stop.valueOf(Optional.ofNullable(options.remove("stop")).orElse("kill").toUpperCase(Locale.ROOT)),
				applicationArguments, workDir);
		if (!options.isEmpty()) {
			usage("unknown option(s) " + options.keySet());
		}
		System.out.printf("Crash check: %d session(s), %d s of saves then %s, %d run(s); work directory %s%n",
				settings.sessions(), settings.firing().toSeconds(), settings.stop().description, settings.runs(),
				workDir);
		List<RunResult> results = run(settings);
		boolean allFound = true;
		for (RunResult result : results) {
			System.out.println(result.summary());
			result.lost().forEach((lost) -> System.out.println("  LOST " + lost));
			result.refusals().forEach((refusal) -> System.out.println("  refused " + refusal));
			allFound &= result.allFound() && result.failed() == 0;
		}
		if (temporary && allFound) {
			Directories.delete(workDir);
		}
		else {
			System.out.println("Kept " + workDir + " (app.log, data)");
		}
		System.exit(allFound ? 0 : 1);
	}

	private static void usage(String problem) {
		System.err.println("CrashCheck: " + problem);
		System.err
			.println("usage: CrashCheck [--jar target/parindex-….jar] [--database h2|jdbc:postgresql://host:port/db"
					+ "?user=…&password=…] [--sessions 6] [--seconds 10] [--runs 3] [--stop kill|term|alternate]"
					+ " [--app-arg --name=value]… [--work-dir DIR]");
		System.exit(2);
	}

	/**
	 * What to run the check against.
	 *
	 * @param jar the packaged application
	 * @param database {@code h2} for the default embedded database, or a PostgreSQL JDBC
	 * URL with {@code user} and {@code password} parameters (a new schema is created in
	 * it and dropped afterwards)
	 * @param sessions signed-in sessions saving at once, 1 to the number of criteria of
	 * area 1 (18 in the demo)
	 * @param firing how long the sessions save before the kill
	 * @param runs how many fire-kill-restart-verify rounds
	 * @param stop how each run ends the application
	 * @param applicationArguments further arguments for the application, e.g. another
	 * datasource URL to show what a setting does
	 * @param workDir the application's working directory (its {@code ./data}, the log)
	 */
	public record Settings(Path jar, String database, int sessions, Duration firing, int runs, Stop stop,
			List<String> applicationArguments, Path workDir) {

	}

	/** How a run ends the application while saves are in flight. */
	public enum Stop {

		/** SIGKILL, as a crash: nothing runs after it. */
		KILL("kill -9"),

		/**
		 * SIGTERM, as an operator's stop: the saves in flight must complete, not fail.
		 */
		TERM("a graceful stop (SIGTERM)"),

		/** Odd runs kill, even runs stop gracefully. */
		ALTERNATE("kill -9 and a graceful stop in turn");

		private final String description;

		Stop(String description) {
			this.description = description;
		}

		boolean kills(int run) {
			return this == KILL || (this == ALTERNATE && run % 2 == 1);
		}

	}

	/**
	 * What one run found.
	 *
	 * @param run its number, from 1
	 * @param database which database
	 * @param stop how the application was ended ({@code kill -9} or {@code SIGTERM})
	 * @param acknowledged saves answered with the success redirect
	 * @param found of those, the saves present after the restart (or overwritten by a
	 * later save of the same session)
	 * @param evidenceAcknowledged evidence files among the acknowledged saves
	 * @param evidenceFound of those, the files listed and downloadable after the restart
	 * @param refused saves answered with the form again (e.g. a version clash)
	 * @param failed saves answered with a server error (5xx)
	 * @param lost one line per acknowledged save or file missing after the restart
	 * @param refusals per session that was refused, the last answer (status and message)
	 */
	public record RunResult(int run, String database, String stop, int acknowledged, int found,
			int evidenceAcknowledged, int evidenceFound, int refused, int failed, List<String> lost,
			List<String> refusals) {

		/**
		 * @return whether every acknowledged save and file was found
		 */
		public boolean allFound() {
			return this.lost.isEmpty() && this.found == this.acknowledged
					&& this.evidenceFound == this.evidenceAcknowledged;
		}

		/**
		 * @return one line for the report
		 */
		public String summary() {
			return String.format(
					"run %d, %s, %s: saves acknowledged %d, found %d; evidence files acknowledged %d, "
							+ "found %d; refused %d; server errors %d",
					this.run, this.database, this.stop, this.acknowledged, this.found, this.evidenceAcknowledged,
					this.evidenceFound, this.refused, this.failed);
		}

	}

	/** The sessions of one run, saving until the application dies. */
	private static final class Firing {

		private final int run;

		private final String cyclePage;

		private final List<CriterionSaver> savers;

		private final ExecutorService executor;

		private final List<Future<?>> futures = new ArrayList<>();

		private Instant killedAt = Instant.now();

		Firing(int run, String cyclePage, List<CriterionSaver> savers) {
			this.run = run;
			this.cyclePage = cyclePage;
			this.savers = savers;
			this.executor = Executors.newFixedThreadPool(savers.size());
		}

		void start() {
			this.savers.forEach((saver) -> this.futures.add(this.executor.submit(saver)));
		}

		/**
		 * Notes the moment of the kill; the sessions go on until their connections fail.
		 */
		void killing() {
			this.killedAt = Instant.now();
		}

		void awaitSessions() {
			this.savers.forEach(CriterionSaver::stop);
			for (Future<?> future : this.futures) {
				try {
					future.get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException("A session failed", ex.getCause());
				}
			}
			this.executor.shutdown();
		}

		RunResult verify(PackagedApplication application, String database, String stop) {
			try {
				OfficerSession checker = signedIn(application);
				Map<String, OfficerSession.Criterion> criteria = OfficerSession.Criterion
					.read(checker.page(this.cyclePage + "?area=" + AREA));
				int acknowledged = 0;
				int found = 0;
				int evidenceAcknowledged = 0;
				int evidenceFound = 0;
				int refused = 0;
				int failed = 0;
				List<String> lost = new ArrayList<>();
				List<String> refusals = new ArrayList<>();
				for (CriterionSaver saver : this.savers) {
					String code = saver.criterion().code();
					refused += saver.refused();
					failed += saver.failed();
					if (saver.refused() + saver.failed() > 0) {
						refusals.add(code + ": " + saver.refusal());
					}
					OfficerSession.Criterion criterion = criteria.get(code);
					int persisted = (criterion != null) ? saver.counterIn(criterion.explanation()) : -1;
					for (CriterionSaver.Save save : saver.acknowledged()) {
						acknowledged++;
						if (save.counter() <= persisted) {
							found++;
						}
						else {
							lost.add(String.format(
									"save %s of criterion %s, acknowledged %s before the kill (found: %s)",
									saver.token(save.counter()), code, Duration.between(save.at(), this.killedAt),
									(criterion != null) ? "\"" + criterion.explanation() + "\"" : "no criterion"));
						}
						if (save.file().isPresent()) {
							evidenceAcknowledged++;
							OfficerSession.FilePart file = save.file().get();
							Optional<Long> id = Optional.ofNullable(criterion)
								.map((c) -> c.evidence().get(file.filename()));
							Optional<byte[]> content = id.isPresent()
									? checker.download("/assessment/evidence/" + id.get()) : Optional.empty();
							if (content.isPresent() && Arrays.equals(content.get(), file.content())) {
								evidenceFound++;
							}
							else {
								lost.add(String.format(
										"evidence file %s of criterion %s, acknowledged %s before the kill" + " (%s)",
										file.filename(), code, Duration.between(save.at(), this.killedAt),
										id.isEmpty() ? "not listed" : "listed, but its content differs"));
							}
						}
					}
				}
				return new RunResult(this.run, database, stop, acknowledged, found, evidenceAcknowledged, evidenceFound,
						refused, failed, lost, refusals);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Lines of a report, for tests and logs. */
	static String report(List<RunResult> results) {
		return results.stream()
			.map((result) -> result.summary()
					+ result.lost().stream().map((line) -> "\n  LOST " + line).collect(Collectors.joining())
					+ result.refusals().stream().map((line) -> "\n  refused " + line).collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

}
