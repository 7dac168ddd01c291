package org.parindex.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a hurried officer tries, through real HTTP with real sign-in:
 * sessions of accounts that were deactivated, reset or changed; password guessing in
 * parallel and from one address; telling locked from unknown accounts; malformed requests
 * that never reach the application; double submits of account forms; and exports that
 * must hold every row. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@Import(SecurityAttacksScenario.FailingController.class)
abstract class SecurityAttacksScenario {

	static final String PASSWORD = "parindex-demo";

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	AddressAttempts addresses;

	@BeforeEach
	void everyTestStartsWithAFreshAddressAllowance() {
		this.addresses.forgetAll();
	}

	private long account(String username, Role role) {
		return this.identity
			.createAccount(new CreateAccount(username, "Kiểm thử " + username, role, Optional.empty(), PASSWORD, false))
			.id();
	}

	private WebClient signedIn(String username) {
		WebClient web = new WebClient(this.port);
		assertThat(web.signIn(username, PASSWORD).headers().firstValue("Location")).as("sign-in of %s", username)
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account"));
		return web;
	}

	private static Map<String, String> group(String code) {
		return Map.of("code", code, "name", "Nhóm " + code, "nameEn", "Group " + code, "membersLabel", "đơn vị",
				"membersLabelEn", "units");
	}

	private static Map<String, String> withToken(Map<String, String> fields, String token) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token);
		return all;
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	// Item 2: a deactivated, reset or changed account is out at once.

	@Test
	void aDeactivatedAccountIsOutOnItsNextRequestAndChangesNothing() {
		long id = account("office.deactivated", Role.PAR_OFFICE);
		WebClient office = signedIn("office.deactivated");
		assertThat(office.page("/admin/assessment/cycles/3").statusCode()).isEqualTo(200);
		String token = office.csrf("/admin/organization/units").orElseThrow();

		WebClient admin = signedIn("admin");
		HttpResponse<String> deactivated = admin.post("/admin/identity/accounts",
				"/admin/identity/accounts/" + id + "/active", Map.of("active", "false"));
		assertThat(deactivated.statusCode()).isEqualTo(302);

		HttpResponse<String> create = office.postWithoutToken("/admin/organization/units/groups",
				withToken(group("after-deactivation"), token));
		assertThat(create.statusCode()).isEqualTo(302);
		assertThat(location(create)).endsWith("/login?expired");
		assertThat(count("organization_unit_group where code = 'after-deactivation'")).isZero();
		assertThat(count("identity_audit_event where actor = 'office.deactivated'")).isZero();
		HttpResponse<String> cycle = office.page("/admin/assessment/cycles/3");
		assertThat(cycle.statusCode()).isEqualTo(302);
		assertThat(location(cycle)).endsWith("/login");
		assertThat(new WebClient(this.port).page("/login?expired").body()).contains("Phiên đăng nhập đã kết thúc");
		assertThat(location(new WebClient(this.port).signIn("office.deactivated", PASSWORD))).endsWith("/login?error");
	}

	@Test
	void aPasswordResetEndsEveryOpenSessionOfTheAccount() {
		long id = account("office.reset", Role.PAR_OFFICE);
		WebClient office = signedIn("office.reset");
		WebClient phone = signedIn("office.reset");
		String token = office.csrf("/admin/organization/units").orElseThrow();
		WebClient admin = signedIn("admin");
		assertThat(admin.post("/admin/identity/accounts", "/admin/identity/accounts/" + id + "/password", Map.of())
			.statusCode()).isEqualTo(302);

		HttpResponse<String> create = office.postWithoutToken("/admin/organization/units/groups",
				withToken(group("after-reset"), token));
		assertThat(location(create)).endsWith("/login?expired");
		assertThat(count("organization_unit_group where code = 'after-reset'")).isZero();
		assertThat(location(phone.page("/account"))).endsWith("/login?expired");
		assertThat(location(phone.page("/account"))).endsWith("/login");
	}

	@Test
	void aRoleChangedInTheDatabaseEndsOpenSessions() {
		account("office.demoted", Role.PAR_OFFICE);
		WebClient office = signedIn("office.demoted");
		String token = office.csrf("/admin/organization/units").orElseThrow();
		this.jdbc.sql("update identity_account set role = 'PORTAL_EDITOR' where username = 'office.demoted'").update();

		HttpResponse<String> create = office.postWithoutToken("/admin/organization/units/groups",
				withToken(group("after-demotion"), token));
		assertThat(location(create)).endsWith("/login?expired");
		assertThat(count("organization_unit_group where code = 'after-demotion'")).isZero();
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
		account("office.changer", Role.PAR_OFFICE);
		WebClient laptop = signedIn("office.changer");
		WebClient phone = signedIn("office.changer");
		HttpResponse<String> changed = laptop.post("/account/password", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "cải-cách-2026", "repeatPassword", "cải-cách-2026"));
		assertThat(location(changed)).endsWith("/account");
		assertThat(laptop.page("/account").statusCode()).isEqualTo(200);
		assertThat(laptop.page("/admin/assessment/cycles/3").statusCode()).isEqualTo(200);
		assertThat(location(phone.page("/account"))).endsWith("/login?expired");
	}

	// Item 3: lockout that holds under parallel guesses, no user enumeration.

	@Test
	void parallelGuessesAreBoundedByTheLock() throws Exception {
		long id = account("parallel.guess", Role.PORTAL_EDITOR);
		int clients = 100;
		List<WebClient> webs = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			WebClient web = new WebClient(this.port);
			webs.add(web);
			tokens.add(web.csrf("/login").orElseThrow());
		}
		int right = 57;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			WebClient web = webs.get(i);
			Map<String, String> form = Map.of("username", "parallel.guess", "password",
					(i == right) ? PASSWORD : "wrong-guess-" + i, "_csrf", tokens.get(i));
			answers.add(pool.submit(() -> {
				start.await();
				return web.postWithoutToken("/login", form);
			}));
		}
		start.countDown();
		int signedIn = 0;
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).isEqualTo(302);
			if (location(response).endsWith("/account")) {
				signedIn++;
			}
		}
		pool.shutdown();
		assertThat(signedIn).isLessThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select failed_attempts from identity_account where id = ?")
			.param(id)
			.query(Integer.class)
			.single()).as("wrong passwords evaluated").isEqualTo(SignInAttempts.MAX_FAILURES);
		assertThat(count("identity_audit_event where entity_id = 'parallel.guess' and action = 'sign-in-failed'"))
			.isEqualTo(SignInAttempts.MAX_FAILURES);
		assertThat(this.identity.find(id).orElseThrow().lockedUntil()).isPresent();
		this.addresses.forgetAll();
		assertThat(location(new WebClient(this.port).signIn("parallel.guess", PASSWORD))).endsWith("/login?error");
	}

	@Test
	void aLockedAccountAndAnUnknownNameGetTheSameAnswer() {
		account("locked.twin", Role.PORTAL_EDITOR);
		for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
			assertThat(location(new WebClient(this.port).signIn("locked.twin", "wrong-" + i))).endsWith("/login?error");
		}
		WebClient locked = new WebClient(this.port);
		WebClient unknown = new WebClient(this.port);
		HttpResponse<String> lockedAnswer = locked.signIn("locked.twin", PASSWORD);
		HttpResponse<String> unknownAnswer = unknown.signIn("no.such.person", PASSWORD);
		assertThat(lockedAnswer.statusCode()).isEqualTo(unknownAnswer.statusCode()).isEqualTo(302);
		assertThat(location(lockedAnswer)).isEqualTo(location(unknownAnswer)).endsWith("/login?error");
		assertThat(lockedAnswer.body()).isEqualTo(unknownAnswer.body());
		// the page gives back the name each typed (walk #16) and differs in nothing else
		String lockedPage = withoutToken(locked.page("/login?error").body());
		String unknownPage = withoutToken(unknown.page("/login?error").body());
		assertThat(lockedPage).contains("value=\"locked.twin\"");
		assertThat(unknownPage).contains("value=\"no.such.person\"");
		assertThat(lockedPage.replace("value=\"locked.twin\"", "value=\"no.such.person\"")).isEqualTo(unknownPage)
			.contains("hoặc tài khoản đang tạm khóa");
		assertThat(new WebClient(this.port).page("/login?error&lang=en").body()).contains("temporarily locked");
	}

	private static String withoutToken(String page) {
		return page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
	}

	@Test
	void wrongCurrentPasswordsLockTheAccountAndSignOut() {
		account("password.guess", Role.PORTAL_EDITOR);
		WebClient web = signedIn("password.guess");
		for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
			HttpResponse<String> wrong = web.post("/account/password", "/account/password", Map.of("currentPassword",
					"wrong-" + i, "newPassword", "mật-khẩu-mới-1", "repeatPassword", "mật-khẩu-mới-1"));
			assertThat(wrong.statusCode()).isEqualTo(200);
			assertThat(wrong.body()).contains("Mật khẩu hiện tại không đúng.");
		}
		HttpResponse<String> last = web.post("/account/password", "/account/password", Map.of("currentPassword",
				"wrong-last", "newPassword", "mật-khẩu-mới-1", "repeatPassword", "mật-khẩu-mới-1"));
		assertThat(location(last)).endsWith("/login?locked");
		assertThat(location(web.page("/account"))).endsWith("/login");
		assertThat(new WebClient(this.port).page("/login?locked").body()).contains("Tài khoản tạm bị khóa");
		assertThat(location(new WebClient(this.port).signIn("password.guess", PASSWORD))).endsWith("/login?error");
		assertThat(count("identity_audit_event where entity_id = 'password.guess' and action = 'sign-in-failed'"))
			.isEqualTo(SignInAttempts.MAX_FAILURES);
	}

	@Test
	void oneAddressGetsALimitedNumberOfWrongPasswords() {
		account("address.user", Role.PORTAL_EDITOR);
		WebClient user = signedIn("address.user");
		for (int i = 0; i < AddressAttempts.DEFAULT_CAPACITY; i++) {
			assertThat(location(new WebClient(this.port).signIn("nobody." + i, "guess-" + i))).as("guess %s", i)
				.endsWith("/login?error");
		}
		WebClient next = new WebClient(this.port);
		HttpResponse<String> refused = next.signIn("address.user", PASSWORD);
		assertThat(location(refused)).endsWith("/login?throttled");
		assertThat(next.page("/login?throttled").body()).contains("Quá nhiều lần nhập sai mật khẩu từ địa chỉ này");
		assertThat(new WebClient(this.port).page("/login?throttled&lang=en").body())
			.contains("Too many wrong passwords from this address");
		HttpResponse<String> change = user.post("/account/password", "/account/password", Map.of("currentPassword",
				PASSWORD, "newPassword", "mật-khẩu-mới-2", "repeatPassword", "mật-khẩu-mới-2"));
		assertThat(change.statusCode()).isEqualTo(429);
		assertThat(change.body()).contains("Quá nhiều lần nhập sai mật khẩu từ địa chỉ này");
		this.addresses.forgetAll();
		assertThat(location(new WebClient(this.port).signIn("address.user", PASSWORD))).endsWith("/account");
	}

	// Item 7: double submits and races never duplicate and never 500.

	@Test
	void concurrentIdenticalAccountCreationsMakeOneAccountAndClearMessages() throws Exception {
		WebClient admin = signedIn("admin");
		String token = admin.csrf("/admin/identity/accounts").orElseThrow();
		Map<String, String> form = Map.of("username", "race.user", "displayName", "Người đua", "role", "SURVEY_STAFF",
				"unitId", "", "_csrf", token);
		List<HttpResponse<String>> answers = parallel(50,
				() -> admin.postWithoutToken("/admin/identity/accounts", form));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).isIn(200, 302));
		assertThat(count("identity_account where username = 'race.user'")).isEqualTo(1);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 302).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 200)
			.allSatisfy((answer) -> assertThat(answer.body()).contains("Tên đăng nhập race.user đã được dùng."));
		assertThat(count("identity_audit_event where entity_id = 'race.user' and action = 'created'")).isEqualTo(1);
	}

	@Test
	void concurrentIdenticalAreaAssignmentsAgree() throws Exception {
		long id = account("race.appraiser", Role.APPRAISER);
		long set = this.jdbc.sql("select id from methodology_index_set where index_year = 2021")
			.query(Long.class)
			.single();
		WebClient office = signedIn("sonoivu");
		String page = "/admin/identity/accounts/" + id + "/areas?set=" + set;
		String token = office.csrf(page).orElseThrow();
		List<HttpResponse<String>> answers = parallel(20,
				() -> office.postWithoutToken("/admin/identity/accounts/" + id + "/areas",
						Map.of("set", Long.toString(set), "areas", "5", "_csrf", token)));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(302));
		assertThat(this.identity.areas(id)).extracting(AppraiserArea::areaCode).containsExactly("5");
	}

	@Test
	void concurrentDeactivationsAreRecordedOnce() throws Exception {
		long id = account("race.deactivated", Role.SURVEY_STAFF);
		WebClient admin = signedIn("admin");
		String token = admin.csrf("/admin/identity/accounts").orElseThrow();
		List<HttpResponse<String>> answers = parallel(20, () -> admin
			.postWithoutToken("/admin/identity/accounts/" + id + "/active", Map.of("active", "false", "_csrf", token)));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(302));
		assertThat(count("identity_audit_event where entity_id = 'race.deactivated' and action = 'deactivated'"))
			.isEqualTo(1);
	}

	private static <T> List<T> parallel(int times, Callable<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	// Item 10: every error page is ours.

	@Test
	void requestsRefusedBeforeTheApplicationGetOurPageAndHeaders() throws IOException {
		for (String target : List.of("/%", "/webjars/../../x", "/api/v1/reporting/scorecards/2021/gia-lai-district/%00",
				"/admin/audit;x=1", "/a%2Fb", "/x%25y")) {
			RawResponse vietnamese = raw(target, "Accept: text/html");
			assertThat(vietnamese.status()).as(target).isEqualTo(400);
			assertOurHeaders(vietnamese, target);
			assertThat(vietnamese.header("content-type")).as(target).startsWith("text/html");
			assertThat(vietnamese.body()).as(target)
				.contains("lang=\"vi\"", "Yêu cầu không hợp lệ")
				.doesNotContain("Tomcat", "HTTP Status", "Bad Request");
			RawResponse english = raw(target, "Accept: text/html", "Cookie: parindex-lang=en");
			assertThat(english.status()).as(target).isEqualTo(400);
			assertOurHeaders(english, target);
			assertThat(english.body()).as(target).contains("lang=\"en\"", "Bad request").doesNotContain("Tomcat");
		}
		RawResponse trace = rawMethod("TRACE", "/", "Accept: text/html");
		assertThat(trace.status()).isEqualTo(405);
		assertOurHeaders(trace, "TRACE /");
		RawResponse json = raw("/api/v1/reporting/scorecards/2021/gia-lai-district/%00", "Accept: application/json",
				"Cookie: parindex-lang=en");
		assertThat(json.status()).isEqualTo(400);
		assertOurHeaders(json, "API");
		assertThat(json.header("content-type")).startsWith("application/problem+json");
		assertThat(json.body()).contains("\"status\":400", "Bad request");
	}

	private static void assertOurHeaders(RawResponse response, String what) {
		assertThat(response.header("content-security-policy")).as(what).isEqualTo(CSP);
		assertThat(response.header("x-frame-options")).as(what).isEqualTo("DENY");
		assertThat(response.header("x-content-type-options")).as(what).isEqualTo("nosniff");
		assertThat(response.header("referrer-policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void errorPagesShowWhoIsSignedIn() {
		account("error.viewer", Role.PORTAL_EDITOR);
		WebClient officer = signedIn("error.viewer");
		for (String path : List.of("/reporting/rankings/2021/no-such-group", "/no/such/page", "/admin/audit",
				"/test/failure")) {
			HttpResponse<String> page = officer.page(path);
			assertThat(page.statusCode()).as(path).isIn(403, 404, 500);
			assertThat(page.body()).as(path)
				.contains("Kiểm thử", "Đăng xuất")
				.doesNotContain(">Đăng nhập<", "Exception");
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).contains(CSP);
			assertThat(page.body()).as(path).contains("href=\"" + path + "?lang=en\"");
		}
		assertThat(officer.page("/test/failure").statusCode()).isEqualTo(500);
	}

	// Issue 8, item 1: an ended session says so, keeps the way back, and never rewrites
	// links.

	@Test
	void noPageLinkCarriesTheSessionInItsAddress() {
		WebClient fresh = new WebClient(this.port);
		HttpResponse<String> login = fresh.page("/login");
		assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
		assertThat(login.body()).contains("href=\"/assets/css/parindex.css\"");
		String token = fresh.csrf("/login").orElseThrow();
		HttpResponse<String> expired = new WebClient(this.port).postWithoutToken("/login",
				Map.of("username", "admin", "password", PASSWORD, "_csrf", token));
		assertThat(expired.body()).doesNotContainIgnoringCase("jsessionid");
		assertThat(new WebClient(this.port).page("/").body()).doesNotContainIgnoringCase("jsessionid");
	}

	@Test
	void aFormSentAfterTheSessionEndedSaysSoAndLeadsBackToThePage() {
		account("session.ender", Role.PORTAL_EDITOR);
		WebClient officer = signedIn("session.ender");
		String token = officer.csrf("/account/password").orElseThrow();
		// The session ended (timeout or cookie dropped): the same form, without the
		// session.
		WebClient ended = new WebClient(this.port);
		HttpResponse<String> answer = ended.postWithoutToken(
				"/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "mật-khẩu-mới-9",
						"repeatPassword", "mật-khẩu-mới-9", "_csrf", token),
				Map.of("Referer", "http://localhost:" + this.port + "/account/password"));
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Phiên làm việc đã hết hạn", "Quay lại")
			.contains("href=\"/login?return=/account/password\"")
			.doesNotContain("Không có quyền truy cập", "Tài khoản của bạn không có quyền")
			.doesNotContainIgnoringCase("jsessionid");
		HttpResponse<String> signIn = ended.post("/login?return=/account/password", "/login",
				Map.of("username", "session.ender", "password", PASSWORD, "return", "/account/password"));
		assertThat(location(signIn)).endsWith("/account/password");
		// Only paths of this site are followed after sign-in.
		for (String elsewhere : List.of("https://evil.example/x", "//evil.example/x", "/\\evil.example")) {
			HttpResponse<String> refused = new WebClient(this.port).post("/login", "/login",
					Map.of("username", "session.ender", "password", PASSWORD, "return", elsewhere));
			assertThat(location(refused)).as(elsewhere).endsWith("/account");
		}
		// The sign-in form itself, sent after its session ended.
		String loginToken = new WebClient(this.port).csrf("/login").orElseThrow();
		HttpResponse<String> login = new WebClient(this.port).postWithoutToken("/login",
				Map.of("username", "session.ender", "password", PASSWORD, "_csrf", loginToken));
		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(login.body()).contains("Phiên làm việc đã hết hạn", "href=\"/login\"");
		// A public form (the survey's code page) sent after its session ended: no word of
		// signing in, the page to open again instead.
		String publicToken = new WebClient(this.port).csrf("/khao-sat").orElseThrow();
		HttpResponse<String> survey = new WebClient(this.port).postWithoutToken("/khao-sat",
				Map.of("code", "ABCD-EFGH", "_csrf", publicToken),
				Map.of("Referer", "http://localhost:" + this.port + "/khao-sat"));
		assertThat(survey.statusCode()).isEqualTo(403);
		assertThat(survey.body()).contains("Trang đã mở quá lâu", "href=\"/khao-sat\"", "Mở lại trang")
			.doesNotContain("Đăng nhập và quay lại trang", "Vui lòng đăng nhập lại");
		// A real refusal stays one.
		HttpResponse<String> forbidden = officer.page("/admin/audit");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Không có quyền truy cập").doesNotContain("Phiên làm việc đã hết hạn");
	}

	// Issue 8, item 2: passwords bcrypt cannot hold are refused, never a 500.

	static final String LONG_PASSWORD = "Mật khẩu của tôi là Nguyễn Văn Ánh ở huyện Đắk Pơ tỉnh Gia Lai";

	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedWithItsLimitWhereverItIsSet() {
		assertThat(LONG_PASSWORD.getBytes(StandardCharsets.UTF_8)).hasSize(84);
		long id = account("long.password", Role.PORTAL_EDITOR);
		WebClient officer = signedIn("long.password");
		HttpResponse<String> changed = officer.post("/account/password", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", LONG_PASSWORD, "repeatPassword", LONG_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("tối đa 72 byte", "ít hơn nếu có dấu");
		assertThat(location(new WebClient(this.port).signIn("long.password", PASSWORD))).endsWith("/account");

		// The first sign-in's forced change goes through the same check.
		this.identity.createAccount(new CreateAccount("long.first", "Kiểm thử long.first", Role.PORTAL_EDITOR,
				Optional.empty(), PASSWORD, true));
		WebClient first = new WebClient(this.port);
		first.signIn("long.first", PASSWORD);
		assertThat(location(first.page("/account"))).endsWith("/account/password");
		HttpResponse<String> forced = first.post("/account/password", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", LONG_PASSWORD, "repeatPassword", LONG_PASSWORD));
		assertThat(forced.statusCode()).isEqualTo(200);
		assertThat(forced.body()).contains("tối đa 72 byte");

		// An account created or reset with such a password (the service's callers).
		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidAccountException.class,
					() -> this.identity.createAccount(new CreateAccount("long.created", "Kiểm thử", Role.PORTAL_EDITOR,
							Optional.empty(), LONG_PASSWORD, true)))
			.messageKey()).isEqualTo("account.password.too-long");
		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidAccountException.class, () -> this.identity.resetPassword(id, LONG_PASSWORD))
			.messageKey()).isEqualTo("account.password.too-long");
		assertThat(count("identity_account where username = 'long.created'")).isZero();
		assertThat(location(new WebClient(this.port).signIn("long.password", PASSWORD))).endsWith("/account");

		// Signing in with such a password is a wrong password, nothing more.
		HttpResponse<String> signIn = new WebClient(this.port).signIn("long.password", LONG_PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(location(signIn)).endsWith("/login?error");
	}

	// Issue 8, item 3: the language link of a page answered to a form leads to a page.

	@Test
	void theLanguageLinkOfAPageAnsweredToAFormLeadsToAPage() {
		account("lang.poster", Role.PORTAL_EDITOR);
		WebClient officer = signedIn("lang.poster");
		Map<String, String> mismatch = Map.of("currentPassword", PASSWORD, "newPassword", "mật-khẩu-mới-3",
				"repeatPassword", "khác-hẳn-3");
		String token = officer.csrf("/account").orElseThrow();
		HttpResponse<String> fromAccount = officer.postWithoutToken("/account/password", withToken(mismatch, token),
				Map.of("Referer", "http://localhost:" + this.port + "/account?lang=vi"));
		assertThat(fromAccount.body()).contains("href=\"/account?lang=en\"")
			.doesNotContain("href=\"/account/password?lang=en\"");
		HttpResponse<String> noReferer = officer.postWithoutToken("/account/password", withToken(mismatch, token));
		assertThat(noReferer.body()).contains("href=\"/?lang=en\"").doesNotContain("/account/password?lang=en");
		HttpResponse<String> elsewhere = officer.postWithoutToken("/account/password", withToken(mismatch, token),
				Map.of("Referer", "https://evil.example/account"));
		assertThat(elsewhere.body()).contains("href=\"/?lang=en\"");

		WebClient admin = signedIn("admin");
		HttpResponse<String> getOfAForm = admin.page("/admin/identity/accounts/1/active");
		assertThat(getOfAForm.statusCode()).isEqualTo(405);
		assertThat(getOfAForm.body()).contains("chỉ nhận biểu mẫu được gửi")
			.doesNotContain("Vui lòng thử lại sau")
			.contains("href=\"/?lang=en\"");
		HttpResponse<String> english = admin.page("/admin/identity/accounts/1/active?lang=en");
		assertThat(english.statusCode()).isEqualTo(405);
		assertThat(english.body()).contains("only takes a submitted form").doesNotContain("try again later");
	}

	// Issue 8, item 4: a filter's bad date is said on the filter's page.

	@Test
	void theAuditFilterRefusesADateItCannotUseOnItsOwnPage() {
		WebClient admin = signedIn("admin");
		for (String from : List.of("99999-01-01", "2026-13-45", "hôm-qua")) {
			HttpResponse<String> page = admin
				.page("/admin/audit?from=" + java.net.URLEncoder.encode(from, StandardCharsets.UTF_8));
			assertThat(page.statusCode()).as(from).isEqualTo(400);
			assertThat(page.body()).as(from)
				.contains("Nhật ký thay đổi", "id=\"from\"", "Từ ngày: “" + from + "”", "01/01/2000", "31/12/2100")
				.doesNotContain("tham số from");
		}
		HttpResponse<String> far = admin.page("/admin/audit?to=%2B99999-01-01");
		assertThat(far.statusCode()).isEqualTo(400);
		assertThat(far.body()).contains("Đến ngày: phải từ 01/01/2000 đến 31/12/2100");
		HttpResponse<String> english = admin.page("/admin/audit?from=99999-01-01&lang=en");
		assertThat(english.body()).contains("From: “99999-01-01”", "01/01/2000");
		HttpResponse<String> export = admin.get("/admin/audit/export.csv?from=99999-01-01&lang=vi", "text/html");
		assertThat(export.statusCode()).isEqualTo(400);
		assertThat(export.body()).contains("Từ ngày: “99999-01-01”");
		assertThat(admin.page("/admin/audit?from=2020-01-01&to=2030-12-31").statusCode()).isEqualTo(200);
		HttpResponse<String> backwards = admin.page("/admin/audit?from=2027-01-01&to=2020-01-01");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body()).contains("Đến ngày không được trước Từ ngày");
	}

	// Item 14: exports are whole.

	@Test
	void theAuditExportHoldsEveryMatchingRow() {
		int rows = 2500;
		OffsetDateTime at = OffsetDateTime.now().minusDays(1);
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			batch.add(new Object[] { at.plusSeconds(i), "exporter", "export-test", "row-" + i });
		}
		for (Object[] row : batch) {
			this.jdbc.sql("""
					insert into identity_audit_event (occurred_at, actor, entity_type, entity_id, action)
					values (?, ?, ?, ?, 'tested')
					""").params(row).update();
		}
		WebClient admin = signedIn("admin");
		HttpResponse<String> csv = admin.get("/admin/audit/export.csv?type=export-test", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(rows + 1);
		assertThat(lines.get(1)).contains("\"row-2499\"");
		assertThat(lines.get(rows)).contains("\"row-0\"");
		assertThat(admin.page("/admin/audit?type=export-test").body())
			.contains("Tệp CSV có đủ mọi bản ghi theo bộ lọc.");
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	private RawResponse raw(String target, String... headers) throws IOException {
		return rawMethod("GET", target, headers);
	}

	/**
	 * One request written byte by byte, as a browser or an attacker's tool may send it.
	 */
	private RawResponse rawMethod(String method, String target, String... headers) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			StringBuilder request = new StringBuilder(method).append(' ')
				.append(target)
				.append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return RawResponse.parse(in.readAllBytes());
		}
	}

	/** A response read off the socket; header names in lower case. */
	record RawResponse(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name);
		}

		static RawResponse parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String[] head = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(head[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						head[i].substring(colon + 1).strip());
			}
			String body = text.substring(end + 4);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				StringBuilder joined = new StringBuilder();
				byte[] raw = body.getBytes(StandardCharsets.UTF_8);
				int at = 0;
				while (at < raw.length) {
					int lineEnd = indexOf(raw, at);
					int size = Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).strip(),
							16);
					if (size == 0) {
						break;
					}
					joined.append(new String(raw, lineEnd + 2, size, StandardCharsets.UTF_8));
					at = lineEnd + 2 + size + 2;
				}
				body = joined.toString();
			}
			return new RawResponse(status, headers, body);
		}

		private static int indexOf(byte[] raw, int from) {
			for (int i = from; i < raw.length - 1; i++) {
				if (raw[i] == '\r' && raw[i + 1] == '\n') {
					return i;
				}
			}
			return raw.length;
		}

	}

	/** A page that fails, to see the 500 page. */
	@Controller
	@PreAuthorize("isAuthenticated()")
	static class FailingController {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("a failure for the test");
		}

	}

}
