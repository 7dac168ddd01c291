package org.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/parindex-*.jar}) run as a child process, as an
 * operator runs it: {@code java -jar}, in its own working directory, on a free port, with
 * its output in {@code app.log} there. {@link #kill()} ends it as a crash does (SIGKILL:
 * no shutdown hook, no flush), {@link #stop()} as an operator does (SIGTERM, graceful).
 * Used by the crash check and by the tests of the packaged jar's defaults.
 */
public final class PackagedApplication implements AutoCloseable {

	/** How long a start may take, demo data included, on a busy two-core machine. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final Process process;

	private final int port;

	private final Path log;

	private PackagedApplication(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * The jar built by {@code mvn package}, under {@code target/} of the working
	 * directory (the project's root when Maven runs the tests).
	 * @return its path
	 * @throws IllegalStateException when there is none
	 */
	public static Path jar() {
		Path target = Paths.get("target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches("parindex-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/parindex-*.jar: run mvn package first"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No target/ directory: run mvn package first", ex);
		}
	}

	/**
	 * Starts the jar and waits until it is ready (its runners, such as the demo loader,
	 * have run).
	 * @param jar the packaged application
	 * @param workDir its working directory (created if missing); {@code ./data} is there
	 * @param database where it keeps its data
	 * @param arguments further command-line arguments, e.g.
	 * {@code --spring.profiles.active=demo}
	 * @return the running application
	 * @throws IllegalStateException when it exits or is not ready within five minutes
	 */
	public static PackagedApplication start(Path jar, Path workDir, PackagedDatabase database, List<String> arguments) {
		return start(jar, workDir, database, List.of("-XX:TieredStopAtLevel=1"), arguments);
	}

	/**
	 * Starts the jar with the given JVM options instead of the quick-start one
	 * ({@code -XX:TieredStopAtLevel=1}, which keeps the JIT to its first tier), and waits
	 * until it is ready; benchmarks pass none, to run as an operator's {@code java -jar}
	 * does.
	 * @param jar the packaged application
	 * @param workDir its working directory (created if missing); {@code ./data} is there
	 * @param database where it keeps its data
	 * @param jvmOptions options of the JVM, before {@code -jar}
	 * @param arguments further command-line arguments
	 * @return the running application
	 * @throws IllegalStateException when it exits or is not ready within five minutes
	 */
	public static PackagedApplication start(Path jar, Path workDir, PackagedDatabase database, List<String> jvmOptions,
			List<String> arguments) {
		try {
			Files.createDirectories(workDir);
			int port = freePort();
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElse("java"));
			command.addAll(jvmOptions);
			command.add("-jar");
			command.add(jar.toAbsolutePath().toString());
			command.add("--server.port=" + port);
			// readiness: /actuator/health answers 503 until the runners (demo loader) are
			// done
			command.add("--management.endpoint.health.probes.enabled=true");
			command.addAll(database.arguments());
			command.addAll(arguments);
			Path log = workDir.resolve("app.log");
			Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			Process process = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			PackagedApplication application = new PackagedApplication(process, port, log);
			application.awaitReady();
			return application;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the HTTP port it listens on
	 */
	public int port() {
		return this.port;
	}

	/**
	 * @return the process id, for reports
	 */
	public long pid() {
		return this.process.pid();
	}

	/** Ends the process at once with SIGKILL, as a crash would, and waits for it. */
	public void kill() {
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	/** Stops the process gracefully (SIGTERM), or kills it after a minute. */
	public void stop() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!waitFor(Duration.ofMinutes(1))) {
			kill();
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * @return the last lines of the application's output, for failure messages
	 */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private void awaitReady() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(10))
			.build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The application exited with " + this.process.exitValue() + ":\n" + logTail());
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(250));
		}
		kill();
		throw new IllegalStateException("The application was not ready within " + START_TIMEOUT + ":\n" + logTail());
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
