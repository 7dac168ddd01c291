package org.parindex.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.parindex.MutableClock;
import org.parindex.WebClient;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.AppraiseLeaves;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.identity.AccountView;
import org.parindex.identity.IdentityService;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail reminders against a real SMTP server (GreenMail, in the JVM): the demo's 2022
 * cycle in progress, the clock moved around its deadlines. An explanation request reaches
 * the unit's accounts once, with subject and link, but not an account that opted out; a
 * rolled-back action sends nothing; deadline reminders go once per window however often
 * the job runs; a mail refused while the server is down is sent by a later attempt. Run
 * against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "spring.mail.host=127.0.0.1",
				"parindex.mail.base-url=https://cchc.example.vn/", "parindex.mail.from=ParIndex <cchc@example.vn>",
				"parindex.mail.retry-delay=5m" })
@Import(NotificationScenario.Clock.class)
abstract class NotificationScenario {

	private static final String PASSWORD = "parindex-demo";

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int SMTP_PORT = freePort();

	static final GreenMail smtp = started();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CycleService cycles;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	org.parindex.assessment.DossierService dossiers;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	@Autowired
	NotificationService notifications;

	@Autowired
	JavaMailSenderImpl sender;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	CycleView cycle;

	UnitView dakPo;

	List<String> area3Leaves;

	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/**
	 * One server for the test JVM (the H2 and PostgreSQL classes share it; it ends with
	 * the JVM), emptied before each class.
	 */
	@BeforeAll
	static void emptyTheMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@BeforeEach
	void findTheCycleInProgress() {
		long group = this.organization.findGroup("gia-lai-district").orElseThrow().id();
		IndexSetView set = this.methodology.find(2022, group).orElseThrow();
		this.cycle = this.cycles.findForSet(set.id()).orElseThrow();
		this.dakPo = this.organization.findUnit("dak-po").orElseThrow();
		this.area3Leaves = set.nodes()
			.stream()
			.filter((node) -> node.code().startsWith("3.") && node.isLeaf())
			.map(NodeView::code)
			.toList();
		this.sender.setPort(SMTP_PORT);
	}

	@Test
	void explanationRequestMailsTheUnitOnceButNotWhoOptedOut() throws Exception {
		WebClient officer = signedIn("dakpo.canbo");
		assertThat(officer
			.post("/account", "/account/contact", Map.of("email", " canbo.a@dakpo.example.vn ", "reminders", "true",
					"_reminders", "on", "language", "vi"))
			.statusCode()).isEqualTo(302);
		WebClient leader = signedIn("dakpo.lanhdao");
		assertThat(leader
			.post("/account", "/account/contact",
					Map.of("email", "lanhdao.a@dakpo.example.vn", "_reminders", "on", "language", "vi"))
			.statusCode()).isEqualTo(302);
		assertThat(leader.page("/account").body()).contains("lanhdao.a@dakpo.example.vn", "Nhắc việc qua e-mail",
				"Đã lưu cài đặt e-mail: lanhdao.a@dakpo.example.vn; nhận e-mail nhắc việc: không.");
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where action = 'contact-changed' "
					+ "and entity_id = 'dakpo.lanhdao' and new_value like '%reminders=off%'")
			.query(Long.class)
			.single()).as("the opt-out is audited").isEqualTo(1);

		this.clock.set(this.cycle.selfAssessmentUntil().toInstant().plus(Duration.ofHours(1)));
		String leaf = this.area3Leaves.get(0);
		flag(leaf);

		assertThat(waitFor((to) -> to.equals("canbo.a@dakpo.example.vn"))).isTrue();
		this.notifications.sendDue();
		assertThat(this.jdbc.sql("select count(*) from notification_message where status <> 'SENT' and occasion like ?")
			.param("explanation-requested/%")
			.query(Long.class)
			.single()).as("nothing left to send").isZero();
		List<MimeMessage> toOfficer = to("canbo.a@dakpo.example.vn");
		assertThat(toOfficer).hasSize(1);
		MimeMessage mail = toOfficer.get(0);
		assertThat(mail.getSubject()).isEqualTo("[ParIndex] Yêu cầu giải trình năm 2022: " + this.dakPo.name());
		assertThat(mail.getFrom()[0].toString()).contains("cchc@example.vn");
		String link = "https://cchc.example.vn/assessment/cycles/" + this.cycle.id() + "/unit/explanation";
		assertThat(part(mail, "text/plain")).contains("Kính gửi", leaf, link);
		assertThat(part(mail, "text/html")).contains("<a href=\"" + link + "\"", leaf);
		assertThat(to("lanhdao.a@dakpo.example.vn")).as("opted out").isEmpty();
		// the administrator sees who is reached and who opted out
		String accounts = signedIn("admin").page("/admin/identity/accounts").body();
		assertThat(accounts).containsPattern(
				"data-username=\"dakpo.lanhdao\"(?s:(?!</tr>).)*lanhdao.a@dakpo.example.vn(?s:(?!</tr>).)*Đã tắt nhắc việc");
		assertThat(accounts)
			.containsPattern(
					"data-username=\"dakpo.canbo\"(?s:(?!</tr>).)*canbo.a@dakpo.example.vn(?s:(?!</tr>).)*</tr>")
			.doesNotContainPattern("data-username=\"dakpo.canbo\"(?s:(?!</tr>).)*Đã tắt nhắc việc");
	}

	@Test
	void anAnswerMailsTheAreasAppraiserAndACouncilDecisionThePAROffice() throws Exception {
		this.identity.changeContact(account("thamdinh").id(), "thamdinh.d@example.vn", false, "vi");
		this.identity.changeContact(account("sonoivu").id(), "sonoivu.d@example.vn", false, "vi");
		this.clock.set(this.cycle.selfAssessmentUntil().toInstant().plus(Duration.ofHours(4)));
		String leaf = this.area3Leaves.get(3);
		flag(leaf);
		this.dossiers.answer(
				new org.parindex.assessment.AnswerQuestions(this.cycle.id(), this.dakPo.id(),
						List.of(new org.parindex.assessment.AnswerQuestions.Answer(leaf,
								"Đã bổ sung kế hoạch số 12/KH-UBND.", version(leaf), List.of(), ""))),
				actor(account("dakpo.canbo")));
		assertThat(waitFor((to) -> to.equals("thamdinh.d@example.vn"))).isTrue();
		MimeMessage answered = to("thamdinh.d@example.vn").get(0);
		assertThat(answered.getSubject()).isEqualTo("[ParIndex] " + this.dakPo.name() + " đã giải trình, năm 2022");
		assertThat(part(answered, "text/plain")).contains(leaf,
				"https://cchc.example.vn/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id());

		long proposed = this.appraisal.proposeAdjustment(new org.parindex.assessment.ProposeAdjustment(this.cycle.id(),
				this.dakPo.id(), org.parindex.assessment.AdjustmentKind.BONUS, new java.math.BigDecimal("0.5"),
				"Sáng kiến được công nhận", "Quyết định 12/QĐ-UBND"), actor(account("sonoivu")));
		// the council decides after the explanations (scheduled jobs are off in tests:
		// moving the clock closes no stage)
		this.clock.set(this.cycle.explanationUntil().toInstant().plus(Duration.ofHours(1)));
		this.appraisal.decideAdjustment(this.cycle.id(), proposed, false, "Quyết định chưa đủ căn cứ",
				actor(account("hoidong")));
		assertThat(waitFor((to) -> to.equals("sonoivu.d@example.vn"))).isTrue();
		MimeMessage decided = to("sonoivu.d@example.vn").get(0);
		assertThat(decided.getSubject())
			.isEqualTo("[ParIndex] Hội đồng không chấp thuận đề xuất cho " + this.dakPo.name() + ", năm 2022");
		assertThat(part(decided, "text/plain")).contains("điểm thưởng 0,5 điểm",
				"Lý do của Hội đồng: Quyết định chưa đủ căn cứ");
	}

	@Test
	void aRolledBackActionSendsNothing() throws Exception {
		this.identity.changeContact(account("dakpo.canbo").id(), "canbo.b@dakpo.example.vn", false, "en");
		this.clock.set(this.cycle.selfAssessmentUntil().toInstant().plus(Duration.ofHours(2)));
		String leaf = this.area3Leaves.get(1);
		this.transactions.executeWithoutResult((status) -> {
			flag(leaf);
			assertThat(this.jdbc.sql("select count(*) from notification_message where recipient = ?")
				.param("canbo.b@dakpo.example.vn")
				.query(Long.class)
				.single()).as("queued inside the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(this.notifications.sendDue()).isZero();
		assertThat(this.jdbc.sql("select count(*) from notification_message where recipient = ?")
			.param("canbo.b@dakpo.example.vn")
			.query(Long.class)
			.single()).isZero();
		assertThat(to("canbo.b@dakpo.example.vn")).isEmpty();

		// the same request committed is mailed, in English for this account
		flag(leaf);
		assertThat(waitFor(to -> to.equals("canbo.b@dakpo.example.vn"))).isTrue();
		MimeMessage mail = to("canbo.b@dakpo.example.vn").get(0);
		assertThat(mail.getSubject()).isEqualTo("[ParIndex] Explanation requested, 2022: " + this.dakPo.name());
		assertThat(part(mail, "text/plain")).startsWith("Dear ");
		// English writes times 17:00, never 17h00 (issue 9, fix9e)
		assertThat(part(mail, "text/plain")).containsPattern("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}")
			.doesNotContainPattern("\\d{2}h\\d{2}");
	}

	@Test
	void deadlineRemindersAreSentOncePerWindowHoweverOftenTheJobRuns() throws Exception {
		this.identity.changeContact(account("sonoivu").id(), "sonoivu.c@example.vn", false, "vi");
		Instant due = this.cycle.selfAssessmentUntil().toInstant();
		this.clock.set(due.minus(Duration.ofDays(3)));
		this.notifications.remindOfDeadlines();
		this.notifications.remindOfDeadlines();
		this.notifications.sendDue();
		this.notifications.sendDue();
		assertThat(waitFor(to -> to.equals("sonoivu.c@example.vn"))).isTrue();
		List<MimeMessage> week = to("sonoivu.c@example.vn");
		assertThat(week).hasSize(1);
		assertThat(week.get(0).getSubject()).startsWith("[ParIndex] Nhắc việc: hạn ")
			.containsPattern("\\d{2}h\\d{2} \\d{2}/\\d{2}/\\d{4}");
		assertThat(part(week.get(0), "text/plain")).contains("Còn không quá 7 ngày",
				"đơn vị chưa nộp hồ sơ tự đánh giá",
				"https://cchc.example.vn/admin/assessment/cycles/" + this.cycle.id());

		// the day before: one more, once
		this.clock.set(due.minus(Duration.ofHours(12)));
		this.notifications.remindOfDeadlines();
		this.notifications.remindOfDeadlines();
		this.notifications.sendDue();
		assertThat(waitFor(to -> to.equals("sonoivu.c@example.vn"), 2)).isTrue();
		this.notifications.remindOfDeadlines();
		this.notifications.sendDue();
		List<MimeMessage> both = to("sonoivu.c@example.vn");
		assertThat(both).hasSize(2);
		assertThat(part(both.get(1), "text/plain")).contains("Còn không quá 1 ngày");
		assertThat(this.jdbc.sql("select count(*) from notification_message where recipient = ? and status = 'SENT'")
			.param("sonoivu.c@example.vn")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aMailRefusedWhileTheServerIsDownIsSentLater() throws Exception {
		this.identity.changeContact(account("dakpo.canbo").id(), "canbo.d@dakpo.example.vn", false, "vi");
		this.clock.set(this.cycle.selfAssessmentUntil().toInstant().plus(Duration.ofHours(3)));
		int down = freePort();
		this.sender.setPort(down);
		flag(this.area3Leaves.get(2));
		this.notifications.sendDue();
		assertThat(waitForRow("canbo.d@dakpo.example.vn", "PENDING", 1)).as("one failed attempt kept").isTrue();
		assertThat(this.jdbc.sql("select last_error from notification_message where recipient = ?")
			.param("canbo.d@dakpo.example.vn")
			.query(String.class)
			.single()).isNotBlank();

		this.sender.setPort(SMTP_PORT);
		assertThat(this.notifications.sendDue()).as("not before its retry time").isZero();
		assertThat(to("canbo.d@dakpo.example.vn")).isEmpty();
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.notifications.sendDue()).isEqualTo(1);
		assertThat(to("canbo.d@dakpo.example.vn")).hasSize(1);
		assertThat(waitForRow("canbo.d@dakpo.example.vn", "SENT", 2)).isTrue();
	}

	@Test
	void anAddressThatIsNotOneIsRefusedWithTheFormKept() {
		WebClient officer = signedIn("dakpo.canbo");
		long before = this.jdbc.sql("select count(*) from identity_audit_event").query(Long.class).single();
		HttpResponse<String> refused = officer.post("/account", "/account/contact",
				Map.of("email", "canbo at dakpo", "reminders", "true", "_reminders", "on", "language", "vi"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Địa chỉ e-mail “canbo at dakpo” không hợp lệ", "value=\"canbo at dakpo\"");
		assertThat(officer.page("/account?lang=en").body()).doesNotContain("canbo at dakpo");
		assertThat(officer
			.post("/account", "/account/contact?lang=en", Map.of("email", "a@b", "_reminders", "on", "language", "vi"))
			.body()).contains("The e-mail address &quot;a@b&quot; is not valid", "at most 254 characters");
		// reminders switched on without an address are refused, naming the field, the
		// form kept (issue 9, A-mail)
		HttpResponse<String> noAddress = officer.post("/account", "/account/contact?lang=vi",
				Map.of("email", " ", "reminders", "true", "_reminders", "on", "language", "en"));
		assertThat(noAddress.statusCode()).isEqualTo(400);
		assertThat(noAddress.body()).contains("Địa chỉ e-mail: cần nhập để nhận e-mail nhắc việc");
		assertThat(officer
			.post("/account", "/account/contact?lang=en",
					Map.of("email", "", "reminders", "true", "_reminders", "on", "language", "vi"))
			.body()).contains("E-mail address: needed to receive e-mail reminders");
		// mail is on in this installation: no warning; both languages list the same kinds
		String vi = officer.page("/account?lang=vi").body();
		String en = officer.page("/account?lang=en").body();
		assertThat(vi).doesNotContain("id=\"mail-off\"").contains("khi hồ sơ bị trả lại");
		assertThat(en).doesNotContain("id=\"mail-off\"").contains("when a dossier is returned");
		assertThat(kinds(vi)).isEqualTo(kinds(en)).isEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from identity_audit_event").query(Long.class).single())
			.isEqualTo(before);
	}

	/** How many kinds of mail the account page's list names (items separated by ";"). */
	private static int kinds(String page) {
		int start = page.indexOf("id=\"reminder-kinds\"");
		String text = page.substring(start, page.indexOf("</p>", start));
		return text.split(";").length;
	}

	@Test
	void theAdministratorGivesAnAddressWhenCreatingAndImportingAccounts() {
		WebClient admin = signedIn("admin");
		HttpResponse<String> refused = admin.post("/admin/identity/accounts", "/admin/identity/accounts",
				Map.of("username", "dieutra.mail", "displayName", "Điều tra viên", "role", "SURVEY_STAFF", "unitId", "",
						"email", "dieutra@@example"));
		assertThat(refused.body()).contains("Địa chỉ e-mail “dieutra@@example” không hợp lệ", "value=\"dieutra.mail\"");
		assertThat(this.identity.findByUsername("dieutra.mail")).as("nothing created").isEmpty();
		assertThat(admin.post("/admin/identity/accounts", "/admin/identity/accounts", Map.of("username", "dieutra.mail",
				"displayName", "Điều tra viên", "role", "SURVEY_STAFF", "unitId", "", "email", "dieutra@example.vn"))
			.statusCode()).isEqualTo(302);
		assertThat(this.identity.contact(account("dieutra.mail").id()).orElseThrow().email())
			.contains("dieutra@example.vn");

		List<org.parindex.identity.AccountImport.Check> checks = this.identity.checkImport(List.of(
				new org.parindex.identity.AccountImport.Row(2, "bientap.mail", "Biên tập", "PORTAL_EDITOR", "",
						"bientap@example.vn"),
				new org.parindex.identity.AccountImport.Row(3, "bientap.sai", "Biên tập", "PORTAL_EDITOR", "",
						"bientap example.vn")));
		assertThat(checks.get(0).valid()).isTrue();
		assertThat(checks.get(1).problems()).extracting(org.parindex.identity.AccountImport.Problem::messageKey)
			.containsExactly("account.import.email");
		this.identity.importAccounts(List.of(checks.get(0).row()));
		assertThat(this.identity.contact(account("bientap.mail").id()).orElseThrow().email())
			.contains("bientap@example.vn");
	}

	// Steps

	private void flag(String leaf) {
		AccountView appraiser = account("thamdinh");
		this.appraisal.appraise(new AppraiseLeaves(this.cycle.id(), this.dakPo.id(), AppraiseLeaves.Round.ROUND1,
				List.of(new AppraiseLeaves.LeafScore(leaf, Optional.empty(), "", "",
						"Đề nghị bổ sung tài liệu kiểm chứng cho tiêu chí " + leaf + ".", false, version(leaf)))),
				actor(appraiser));
	}

	private int version(String leaf) {
		return this.jdbc
			.sql("select version from assessment_leaf_entry where index_set_id = ? and unit_id = ? "
					+ "and leaf_code = ?")
			.params(this.cycle.indexSetId(), this.dakPo.id(), leaf)
			.query(Integer.class)
			.optional()
			.orElse(-1);
	}

	private AccountView account(String username) {
		return this.identity.findByUsername(username).orElseThrow();
	}

	static Actor actor(AccountView account) {
		return new Actor() {
			@Override
			public long accountId() {
				return account.id();
			}

			@Override
			public String username() {
				return account.username();
			}

			@Override
			public String displayName() {
				return account.displayName();
			}

			@Override
			public Set<String> roles() {
				return Set.of(account.role().name());
			}

			@Override
			public Optional<Long> unitId() {
				return account.unitId();
			}
		};
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	// Reading the server's mailbox

	static List<MimeMessage> to(String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address))) {
				found.add(message);
			}
		}
		return found;
	}

	static boolean waitFor(java.util.function.Predicate<String> recipient) throws Exception {
		return waitFor(recipient, 1);
	}

	/**
	 * Waits (at most a minute: a loaded build machine) until {@code count} mails to a
	 * recipient have arrived.
	 */
	private static boolean waitFor(java.util.function.Predicate<String> recipient, int count) throws Exception {
		for (int i = 0; i < 600; i++) {
			long arrived = 0;
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch((to) -> recipient.test(to.toString()))) {
					arrived++;
				}
			}
			if (arrived >= count) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private boolean waitForRow(String recipient, String status, int attempts) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			long rows = this.jdbc
				.sql("select count(*) from notification_message where recipient = ? and status = ? and attempts = ?")
				.params(recipient, status, attempts)
				.query(Long.class)
				.single();
			if (rows == 1) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail started() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	/** The application's clock replaced by one the scenario sets around the deadlines. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now(), ZONE);
		}

	}

}
