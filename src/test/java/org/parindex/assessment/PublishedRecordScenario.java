package org.parindex.assessment;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.engine.Component;
import org.parindex.engine.RuleType;
import org.parindex.identity.IdentityService;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is published stays what was reviewed and published (issue 9, rev9), on the demo's
 * 2022 year moved by the demo's stage mover: a question asked in round 1 without a score
 * survives the mover's round 1 (F5); a correction's reason never becomes the public
 * reason for lost points, which has its own field, required while points are still lost
 * (F3), and the correction's points field says how to write points of that criterion; a
 * revision from a correction lists the criteria it changed, old → new; an older
 * revision's scorecard keeps the bonus and deduction items it published; an unknown
 * proposal is named as such. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class PublishedRecordScenario {

	private static final String PASSWORD = "parindex-demo";

	private static final String QUESTION = "Đề nghị cung cấp quyết định ban hành kế hoạch kèm ngày ký.";

	private static final String COMMENT = "Chưa chấm: chờ đơn vị bổ sung.";

	private static final String CORRECTION = "Rà soát lại theo kiến nghị của huyện ngày 10/05";

	private static final String PUBLIC = "Chưa ban hành kế hoạch theo dõi, đánh giá trong năm";

	@LocalServerPort
	int port;

	@Autowired
	CycleService cycles;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	DossierService dossiers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcClient jdbc;

	IndexSetView set;

	CycleView cycle;

	UnitView dakPo;

	@BeforeEach
	void findTheYearInProgress() {
		YearInProgress year = YearInProgress.find(this.organization, this.methodology, this.cycles);
		this.set = year.set();
		this.cycle = year.cycle();
		this.dakPo = year.dakPo();
	}

	/**
	 * F5: the appraiser asks a question in round 1 and leaves the score blank; moving the
	 * year on to the explanation stage completes round 1 and keeps the question, the
	 * comment and the criterion asked about.
	 */
	@Test
	void aQuestionAskedWithoutAScoreSurvivesTheStageMover() {
		WebClient office = signedIn("sonoivu");
		move(office, "APPRAISAL");
		Actor appraiser = actor("thamdinh", "APPRAISER", Optional.empty());
		Set<String> areas = Set.copyOf(this.appraisal.areas(this.cycle.id(), appraiser));
		// a criterion of a handed-in dossier, in the appraiser's areas, not yet scored
		// nor asked about in round 1
		long unitId = 0;
		LeafRecordView asked = null;
		for (long unit : this.jdbc
			.sql("select unit_id from assessment_dossier where index_set_id = ? and status = 'SUBMITTED'"
					+ " order by unit_id")
			.param(this.set.id())
			.query(Long.class)
			.list()) {
			Optional<LeafRecordView> open = this.dossiers.dossier(this.cycle.id(), unit, appraiser)
				.leaves()
				.stream()
				.filter((leaf) -> areas.contains(leaf.leafCode().substring(0, leaf.leafCode().indexOf('.')))
						&& leaf.selfPoints().isPresent() && leaf.round1Points().isEmpty()
						&& leaf.finalPoints().isEmpty() && leaf.question().isEmpty())
				.findFirst();
			if (open.isPresent()) {
				unitId = unit;
				asked = open.get();
				break;
			}
		}
		assertThat(asked).as("a criterion open to round 1").isNotNull();
		String code = asked.leafCode();
		this.appraisal.appraise(new AppraiseLeaves(this.cycle.id(), unitId, AppraiseLeaves.Round.ROUND1, List
			.of(new AppraiseLeaves.LeafScore(code, Optional.empty(), COMMENT, "", QUESTION, false, asked.version()))),
				appraiser);

		move(office, "EXPLANATION");

		LeafRecordView after = this.dossiers.dossier(this.cycle.id(), unitId, appraiser)
			.leaves()
			.stream()
			.filter((leaf) -> leaf.leafCode().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(after.question()).as("the question asked in round 1").contains(QUESTION);
		assertThat(after.round1Comment()).as("the appraiser's comment").isEqualTo(COMMENT);
		assertThat(after.round1Points()).as("round 1 completed by the mover").isPresent();
		assertThat(this.dossiers.dossier(this.cycle.id(), unitId, appraiser).flagged())
			.extracting(LeafRecordView::leafCode)
			.contains(code);
	}

	/**
	 * F3, the points hint, the changed criteria of a revision, the frozen bonus and
	 * deduction items, and the unknown proposal, on the published year.
	 */
	@Test
	void whatIsPublishedStaysWhatWasReviewedAndPublished() {
		WebClient office = signedIn("sonoivu");
		move(office, "PUBLICATION");
		String page = "/admin/reporting/cycles/" + this.cycle.id() + "/publication";
		String corrections = "/admin/reporting/cycles/" + this.cycle.id() + "/corrections";
		Actor parOffice = actor("sonoivu", "PAR_OFFICE", Optional.empty());
		// a manual criterion of Đak Pơ with points published and no reviewed public
		// reason
		Map<String, org.parindex.engine.Leaf> manual = new java.util.HashMap<>();
		this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.APPRAISAL && leaf.rule().type() == RuleType.MANUAL)
			.forEach((leaf) -> manual.put(leaf.code(), leaf));
		LeafRecordView chosen = this.dossiers.dossier(this.cycle.id(), this.dakPo.id(), parOffice)
			.leaves()
			.stream()
			.filter((leaf) -> manual.containsKey(leaf.leafCode()) && leaf.reviewedReason().isEmpty())
			.findFirst()
			.orElseThrow();
		String code = chosen.leafCode();
		BigDecimal max = manual.get(code).maxPoints();
		BigDecimal old = published(code);
		// points that still lose some: 0, or half the maximum when 0 is published
		BigDecimal corrected = (old.signum() > 0) ? BigDecimal.ZERO
				: max.divide(new BigDecimal("2"), 4, java.math.RoundingMode.HALF_UP);
		Map<String, String> typed = new java.util.HashMap<>(Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode",
				code, "points", vietnamese(corrected), "reason", CORRECTION));

		// no public reason while points are still lost: asked for beside its field,
		// nothing changes
		HttpResponse<String> refused = office.post(page, corrections, typed);
		assertThat(refused.statusCode()).isEqualTo(400);
		Document refusedPage = Jsoup.parse(refused.body());
		assertThat(refusedPage.select("#publicReason-problem").text())
			.startsWith("Lý do mất điểm (công khai): sau đính chính tiêu chí " + code + " vẫn mất");
		assertThat(refusedPage.select("#corr-public-reason.is-invalid")).hasSize(1);
		// the points field says how to write points of that criterion, as the
		// appraisal's do
		assertThat(refusedPage.select("#corr-points-hint").text()).isEqualTo("Tiêu chí " + code + ": tối đa "
				+ vietnamese(max) + " điểm; viết như " + vietnamese(decimalWithin(max)));
		assertThat(this.jdbc.sql("select count(*) from reporting_publication where index_set_id = ?")
			.param(this.set.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		// unreadable points are told the same fitted way
		Map<String, String> unreadable = new java.util.HashMap<>(typed);
		unreadable.put("points", "abc");
		assertThat(Jsoup.parse(office.post(page, corrections, unreadable).body()).text())
			.contains("“abc” không phải là một số điểm: hãy viết số từ 0 đến " + vietnamese(max));
		// the correction's own reason is said to be published in the correction notice
		// (walk A of 02/12, finding 1)
		assertThat(refusedPage.select("#corr-reason-help").text())
			.startsWith("Sẽ được công bố trong thông báo đính chính công khai");
		// "0.250" names its reading and what to write, as every points field does (walk
		// A of 02/12, finding 3)
		unreadable.put("points", "0.250");
		assertThat(Jsoup.parse(office.post(page, corrections, unreadable).body()).text())
			.contains("“0.250” không rõ nghĩa", "hãy viết 0,25");
		// a criterion scored from figures says first that figures are entered, not points
		String byFigures = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.APPRAISAL && leaf.rule().type() == RuleType.RATIO)
			.map(org.parindex.engine.Leaf::code)
			.findFirst()
			.orElseThrow();
		Map<String, String> figures = new java.util.HashMap<>(unreadable);
		figures.put("leafCode", byFigures);
		figures.put("points", "1.000");
		assertThat(Jsoup.parse(office.post(page, corrections, figures).body()).text())
			.contains("Tiêu chí " + byFigures + " chấm theo số liệu: hãy nhập Số đạt và Tổng số")
			.doesNotContain("“1.000”");

		// with the public reason: the preview shows it in its own field, to confirm
		typed.put("publicReason", PUBLIC);
		HttpResponse<String> preview = office.post(page, corrections, typed);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(preview.body()).select("#confirm-correction #confirm-public-reason").text())
			.isEqualTo(PUBLIC);
		typed.put("confirmed", "true");
		assertThat(office.post(page, corrections, typed).statusCode()).isEqualTo(302);

		// the scorecard and the summary publish the public reason, never the
		// correction's
		Document card = Jsoup.parse(new WebClient(this.port).page(scorecard()).body());
		assertThat(card.select("tr[data-code=" + code + "]").text()).contains(PUBLIC).doesNotContain(CORRECTION);
		String summary = new WebClient(this.port)
			.page("/reporting/summaries/2022/gia-lai-district/" + this.dakPo.code())
			.body();
		assertThat(summary).contains(PUBLIC).doesNotContain(CORRECTION);
		assertThat(this.dossiers.dossier(this.cycle.id(), this.dakPo.id(), parOffice)
			.leaves()
			.stream()
			.filter((leaf) -> leaf.leafCode().equals(code))
			.findFirst()
			.orElseThrow()
			.reviewedReason()).contains(PUBLIC);

		// the revision lists the corrected criterion: old → new at the published
		// precision
		Document revision = Jsoup
			.parse(new WebClient(this.port).page("/reporting/rankings/2022/gia-lai-district/revisions/2").body());
		Element row = revision.selectFirst("#revision-criteria tr[data-criterion=" + code + "]");
		assertThat(row).isNotNull();
		assertThat(row.select("[data-old]").text()).isEqualTo(published(old, this.set.publishedPlaces()));
		assertThat(row.select("[data-new]").text()).isEqualTo(published(corrected, this.set.publishedPlaces()));
		assertThat(row.text()).contains(this.dakPo.name());

		// the bonus corrected through the normal path: the newer revision shows the new
		// item, the older one still the items it published
		List<String> itemsBefore = items(Jsoup.parse(new WebClient(this.port).page(scorecard()).body()));
		String bonusReason = "Bằng khen của UBND tỉnh về cải cách hành chính (đính chính)";
		BigDecimal bonusBefore = this.jdbc.sql("""
				select bonus_claimed from reporting_publication_result r join reporting_publication p
				on p.id = r.publication_id where p.index_set_id = ? and p.revision = 2 and r.unit_id = ?
				""").params(this.set.id(), this.dakPo.id()).query(BigDecimal.class).single();
		String newBonus = (bonusBefore.compareTo(new BigDecimal("0.75")) == 0) ? "0,5" : "0,75";
		assertThat(
				office
					.post(page, corrections,
							Map.of("unitId", Long.toString(this.dakPo.id()), "part", "BONUS", "points", newBonus,
									"reason", bonusReason, "confirmed", "true"))
					.statusCode())
			.isEqualTo(302);
		assertThat(items(Jsoup.parse(new WebClient(this.port).page(scorecard()).body())))
			.anySatisfy((item) -> assertThat(item).contains(bonusReason));
		Document older = Jsoup.parse(new WebClient(this.port).page(scorecard() + "/revisions/2").body());
		assertThat(items(older)).isEqualTo(itemsBefore).noneSatisfy((item) -> assertThat(item).contains(bonusReason));
		assertThat(older.select("#superseded-scorecard").text()).contains("lần công bố 2");
		// the older revision's page links its units to their scorecards as it published
		// them
		assertThat(Jsoup
			.parse(new WebClient(this.port).page("/reporting/rankings/2022/gia-lai-district/revisions/2").body())
			.select("a[data-unit=" + this.dakPo.code() + "]")
			.attr("href")).endsWith("/" + this.dakPo.code() + "/revisions/2");
		// a public reason given with a bonus is refused, naming why
		HttpResponse<String> bonusWithReason = office.post(page, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "part", "BONUS", "points", "0,25", "reason",
						bonusReason, "publicReason", PUBLIC));
		assertThat(bonusWithReason.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(bonusWithReason.body()).select("#publicReason-problem").text())
			.startsWith("Lý do mất điểm (công khai): chỉ dùng khi đính chính một tiêu chí");

		// a decision on an unknown proposal names the proposal, not the cycle
		WebClient council = signedIn("hoidong");
		HttpResponse<String> unknown = council.post("/assessment/cycles/" + this.cycle.id() + "/council",
				"/assessment/cycles/" + this.cycle.id() + "/adjustments/987654",
				Map.of("approve", "true", "reason", "Đồng ý", "confirmed", "true"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(unknown.body()).text()).contains("Không có đề xuất điểm thưởng/điểm trừ mã số 987654")
			.doesNotContain("Không có kỳ đánh giá");
	}

	private static List<String> items(Document scorecard) {
		return scorecard.select("[data-counted-adjustment]").stream().map(Element::text).toList();
	}

	private String scorecard() {
		return "/reporting/scorecards/2022/gia-lai-district/" + this.dakPo.code();
	}

	/** A criterion's points of Đak Pơ in the latest revision. */
	private BigDecimal published(String code) {
		return this.jdbc
			.sql("""
					select n.points from reporting_publication_node n join reporting_publication p on p.id = n.publication_id
					where p.index_set_id = ? and n.unit_id = ? and n.node_code = ? order by p.revision desc limit 1
					""")
			.params(this.set.id(), this.dakPo.id(), code)
			.query(BigDecimal.class)
			.single();
	}

	/** Points as a published page writes them: rounded half up, decimal comma. */
	private static String published(BigDecimal points, int places) {
		return points.setScale(places, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** The example a points hint gives: the maximum with decimals, else half below. */
	private static BigDecimal decimalWithin(BigDecimal max) {
		return (max.stripTrailingZeros().scale() > 0) ? max : max.subtract(new BigDecimal("0.5"));
	}

	private static String vietnamese(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private void move(WebClient office, String stage) {
		assertThat(office.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", stage, "confirmed", "true"))
			.statusCode()).as(stage).isEqualTo(302);
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private Actor actor(String username, String role, Optional<Long> unit) {
		long id = this.identity.findByUsername(username).orElseThrow().id();
		return new Actor() {

			@Override
			public long accountId() {
				return id;
			}

			@Override
			public String username() {
				return username;
			}

			@Override
			public String displayName() {
				return username;
			}

			@Override
			public Set<String> roles() {
				return Set.of(role);
			}

			@Override
			public Optional<Long> unitId() {
				return unit;
			}

		};
	}

}
