package org.parindex.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.parindex.MutableClock;
import org.parindex.WebClient;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.identity.AccountView;
import org.parindex.identity.IdentityService;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication's mail against a real SMTP server (GreenMail, shared with
 * {@link NotificationScenario}): the demo's 2022 moved to publication by the demo's stage
 * mover, as the PAR office would, on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "spring.mail.host=127.0.0.1",
				"parindex.mail.base-url=https://cchc.example.vn/", "parindex.mail.from=ParIndex <cchc@example.vn>" })
@Import(PublicationMailScenario.Clock.class)
abstract class PublicationMailScenario {

	private static final String PASSWORD = "parindex-demo";

	@LocalServerPort
	int port;

	@Autowired
	CycleService cycles;

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
	JdbcClient jdbc;

	@Autowired
	org.parindex.demo.DemoCycle demo;

	@Autowired
	org.parindex.methodology.IndexSetEditor editor;

	CycleView cycle;

	UnitView dakPo;

	@BeforeAll
	static void emptyTheMailboxes() throws Exception {
		NotificationScenario.smtp.purgeEmailFromAllMailboxes();
	}

	@BeforeEach
	void findTheCycleInProgress() {
		long group = this.organization.findGroup("gia-lai-district").orElseThrow().id();
		IndexSetView set = this.methodology.find(2022, group).orElseThrow();
		this.cycle = this.cycles.findForSet(set.id()).orElseThrow();
		this.dakPo = this.organization.findUnit("dak-po").orElseThrow();
		this.sender.setPort(NotificationScenario.SMTP_PORT);
	}

	/**
	 * Issue 9, #15 (num9 item 6): the publication's notice, shown on each unit's home
	 * page for 30 days, is mailed to the unit's accounts once, with the unit's total and
	 * rank as published and a link to its scorecard, but not to an account that opted
	 * out. The demo's 2020 and 2021, published as of their past days at every start,
	 * mailed nobody. The mail follows {@code ResultsPublished}, announced with the kept
	 * results ({@code YearPublished} comes before them). In a context of its own: the
	 * demo's stage mover publishes 2022, which {@link NotificationScenario} needs in
	 * progress (and whose explanation requests, left open there, would keep the council
	 * from approving).
	 */
	@Test
	void thePublicationMailsEachUnitItsResultOnceButNotWhoOptedOut() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from notification_message where occasion like 'published/%'")
			.query(Long.class)
			.single()).as("the demo's past years, published at start, mailed nobody").isZero();
		this.identity.changeContact(account("dakpo.canbo").id(), "canbo.p@dakpo.example.vn", false, "vi");
		this.identity.changeContact(account("dakpo.lanhdao").id(), "lanhdao.p@dakpo.example.vn", true, "vi");

		// published with three decimals, as some provinces publish (97,685): the mail,
		// the
		// home page and the tables show them (issue 9, #11; num9 item 3)
		IndexSetView set = this.methodology.find(this.cycle.indexSetId()).orElseThrow();
		this.editor.changePublicationSettings(set.id(), set.version(), 3, set.rankLabel(), set.legalBasis());

		this.demo.moveTo(org.parindex.demo.DemoStage.PUBLICATION, NotificationScenario.actor(account("sonoivu")));

		this.notifications.sendDue();
		String queued = this.jdbc
			.sql("select occasion || ' ' || status || ' ' || coalesce(last_error, '') from notification_message "
					+ "where recipient = ?")
			.param("canbo.p@dakpo.example.vn")
			.query(String.class)
			.list()
			.toString();
		long published = this.jdbc.sql("select count(*) from reporting_publication where index_set_id = ?")
			.param(this.cycle.indexSetId())
			.query(Long.class)
			.single();
		assertThat(NotificationScenario.waitFor((to) -> to.equals("canbo.p@dakpo.example.vn")))
			.as("mail to the unit's officer; queued for it: %s; publications of 2022: %d", queued, published)
			.isTrue();
		List<MimeMessage> mails = NotificationScenario.to("canbo.p@dakpo.example.vn").stream().filter((mail) -> {
			try {
				return mail.getSubject().contains("đã công bố");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject())
			.isEqualTo("[ParIndex] Kết quả Chỉ số CCHC năm 2022 đã công bố: " + this.dakPo.name());
		String text = NotificationScenario.part(mail, "text/plain");
		String scorecard = "https://cchc.example.vn/reporting/scorecards/2022/gia-lai-district/dak-po";
		assertThat(text).contains("Kính gửi", "Kết quả Chỉ số cải cách hành chính năm 2022 đã được công bố ngày",
				scorecard);
		java.util.regex.Matcher standing = java.util.regex.Pattern
			.compile(java.util.regex.Pattern.quote(this.dakPo.name())
					+ " đạt tổng điểm (\\d+,\\d{3}), xếp thứ (\\d{2}/17)")
			.matcher(text);
		assertThat(standing.find()).as(text).isTrue();
		// the same figures as the unit's home page and its published scorecard
		assertThat(signedIn("dakpo.canbo").page("/account").body())
			.contains("đạt tổng điểm " + standing.group(1) + ", xếp thứ " + standing.group(2));
		assertThat(signedIn("dakpo.canbo").page("/reporting/scorecards/2022/gia-lai-district/dak-po").body())
			.contains(standing.group(1));
		// every table of published figures shows the set's three decimals
		String council = signedIn("hoidong").page("/assessment/cycles/" + this.cycle.id() + "/council").body();
		assertThat(council).containsPattern("<td class=\"text-end fw-bold\">\\d+,\\d{3}</td>")
			.doesNotContainPattern("<td class=\"text-end fw-bold\">\\d+,\\d{2}</td>");
		String losses = signedIn("dakpo.canbo").page("/reporting/rankings/2022/gia-lai-district/losses").body();
		assertThat(losses).containsPattern("\\d+/\\d+</td>\\s*<td class=\"text-end\">\\d+,\\d{3}</td>")
			.doesNotContainPattern("\\d+/\\d+</td>\\s*<td class=\"text-end\">\\d+,\\d{2}</td>");
		assertThat(signedIn("dakpo.canbo").page("/reporting/rankings/2022/gia-lai-district").body())
			.contains(standing.group(1));
		assertThat(NotificationScenario.to("lanhdao.p@dakpo.example.vn")).as("opted out").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notification_message where occasion = ?")
			.param("published/" + this.cycle.indexSetId() + "/" + this.dakPo.id())
			.query(Long.class)
			.single()).as("once per account and unit").isEqualTo(1);
	}

	private AccountView account(String username) {
		return this.identity.findByUsername(username).orElseThrow();
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh"));
		}

	}

}
