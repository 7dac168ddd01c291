package org.parindex.crash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.PackagedApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged write is lost on a crash: the packaged jar, with the demo, takes saves
 * of six sessions of Đak Pơ's officer (one attaching a PDF each time), is killed with
 * SIGKILL right after a save was acknowledged while others are in flight, and restarts;
 * every save answered with the success redirect is there afterwards. A second run stops
 * it gracefully (SIGTERM) instead: the saves in flight complete, none fails with a server
 * error. See {@link CrashCheck}. Run against the default embedded database and
 * PostgreSQL.
 */
abstract class CrashRecoveryScenario {

	/**
	 * Long enough for saves to be acknowledged in the last half second before the kill.
	 */
	private static final Duration FIRING = Duration.ofSeconds(6);

	/**
	 * @return {@code h2} or a PostgreSQL JDBC URL (see {@link CrashCheck.Settings})
	 */
	abstract String database();

	@Test
	void everyAcknowledgedSaveSurvivesAKillAndAStop(@TempDir Path workDir) {
		List<CrashCheck.RunResult> results = CrashCheck.run(new CrashCheck.Settings(PackagedApplication.jar(),
				database(), 6, FIRING, 2, CrashCheck.Stop.ALTERNATE, List.of(), workDir));
		String report = CrashCheck.report(results);
		System.out.println(report);
		for (CrashCheck.RunResult result : results) {
			assertThat(result.lost()).as("acknowledged but missing after the restart\n%s", report).isEmpty();
			assertThat(result.found()).isEqualTo(result.acknowledged());
			assertThat(result.evidenceFound()).isEqualTo(result.evidenceAcknowledged());
			assertThat(result.acknowledged()).as("saves acknowledged (each session's at least once)\n%s", report)
				.isGreaterThanOrEqualTo(6);
			assertThat(result.evidenceAcknowledged()).as("evidence files acknowledged\n%s", report).isPositive();
			assertThat(result.failed()).as("saves answered with a server error\n%s", report).isZero();
		}
	}

}
