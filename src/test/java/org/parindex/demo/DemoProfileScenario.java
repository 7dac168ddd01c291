package org.parindex.demo;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.PackagedApplication;
import org.parindex.PackagedDatabase;
import org.parindex.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo accounts never reach production: the packaged jar started as an operator starts it
 * ({@code java -jar}, default settings) on an empty database loads nothing of the demo,
 * so no account with the README's password exists; started with the {@code demo} profile
 * (what {@code mvn spring-boot:run} switches on) it loads the whole demo. Run against the
 * default embedded database and PostgreSQL.
 */
abstract class DemoProfileScenario {

	private static final String DEMO_PASSWORD = "parindex-demo";

	private static final String RANKING = "/reporting/rankings/2021/gia-lai-district";

	/**
	 * @param workDir the application's working directory
	 * @return an empty database
	 */
	abstract PackagedDatabase database(Path workDir);

	@Test
	void loadsTheDemoOnlyWhenItsProfileIsActive(@TempDir Path workDir) {
		Path jar = PackagedApplication.jar();
		try (PackagedDatabase database = database(workDir)) {
			try (PackagedApplication application = PackagedApplication.start(jar, workDir, database, List.of())) {
				assertThat(signsIn(application, "admin")).as("admin with the README's password").isFalse();
				assertThat(signsIn(application, "dakpo.canbo")).as("a unit officer of the demo").isFalse();
				assertThat(new WebClient(application.port()).page(RANKING).statusCode()).isEqualTo(404);
			}
			assertThat(database.count("identity_account")).as("accounts").isZero();
			assertThat(database.count("organization_unit_group")).as("unit groups").isZero();
			assertThat(database.count("organization_unit")).as("units").isZero();
			assertThat(database.count("methodology_index_set")).as("index sets").isZero();
			assertThat(database.count("flyway_schema_history")).as("the schema is there").isPositive();

			try (PackagedApplication application = PackagedApplication.start(jar, workDir, database,
					List.of("--spring.profiles.active=demo"))) {
				assertThat(signsIn(application, "admin")).isTrue();
				assertThat(signsIn(application, "dakpo.canbo")).isTrue();
				assertThat(new WebClient(application.port()).page(RANKING).statusCode()).isEqualTo(200);
			}
			assertThat(database.count("identity_account")).isEqualTo(9);
			assertThat(database.count("organization_unit")).isEqualTo(17);
		}
	}

	private static boolean signsIn(PackagedApplication application, String username) {
		return new WebClient(application.port()).signIn(username, DEMO_PASSWORD)
			.headers()
			.firstValue("Location")
			.filter((location) -> location.endsWith("/account"))
			.isPresent();
	}

}
