package org.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.engine.Level;
import org.parindex.identity.CreateAccount;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.methodology.CreateIndexSet;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetFrozenException;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actor;
import org.parindex.platform.FileStore;
import org.parindex.platform.FileSweeper;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.StoredFile;
import org.parindex.reporting.PublicationService;
import org.parindex.survey.RecordSurveyResults;
import org.parindex.survey.SurveyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow's rules hold whatever the way in: a published year changes through no
 * write path and is read as published; identical proposals at once make one; a large
 * upload never holds the cycle; files nothing refers to are swept. Run against H2 and
 * PostgreSQL, on the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.files.sweep-grace=PT1H" })
@Import(WorkflowRulesScenario.GatedStoreConfiguration.class)
abstract class WorkflowRulesScenario {

	private static final String PASSWORD = "parindex-demo";

	private static final String GROUP = "gia-lai-district";

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationService organization;

	@Autowired
	MethodologyService methodology;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	CycleService cycles;

	@Autowired
	DossierService dossiers;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	AssessmentService assessment;

	@Autowired
	SurveyService survey;

	@Autowired
	PublicationService publications;

	@Autowired
	IdentityService identity;

	@Autowired
	GatedFileStore files;

	@Autowired
	FileSweeper sweeper;

	@Value("${parindex.files.directory}")
	Path fileDirectory;

	long dakPo;

	@BeforeEach
	void findDakPo() {
		this.dakPo = this.organization.findUnit("dak-po").orElseThrow().id();
	}

	@Test
	void aPublishedYearChangesThroughNoWritePath() {
		long group = this.organization.findGroup(GROUP).orElseThrow().id();
		IndexSetView set = this.methodology.find(2021, group).orElseThrow();
		CycleView cycle = this.cycles.findForSet(set.id()).orElseThrow();
		WebClient web = new WebClient(this.port);
		String ranking = web.get("/api/v1/reporting/rankings/2021/gia-lai-district", "application/json").body();
		String scorecard = web.get("/api/v1/reporting/scorecards/2021/gia-lai-district/dak-po", "application/json")
			.body();
		Actor office = actor("sonoivu", "PAR_OFFICE", Optional.empty());
		Actor officer = actor("dakpo.canbo", "UNIT_OFFICER", Optional.of(this.dakPo));
		Actor leader = actor("dakpo.lanhdao", "UNIT_LEADER", Optional.of(this.dakPo));
		Actor appraiser = actor("thamdinh", "APPRAISER", Optional.empty());
		Actor council = actor("hoidong", "COUNCIL_MEMBER", Optional.empty());
		Map<String, Runnable> writes = new java.util.LinkedHashMap<>();
		writes.put("AssessmentService.recordEntries", () -> this.assessment.recordEntries(new RecordLeafEntries(
				set.id(), this.dakPo,
				List.of(new RecordLeafEntries.Entry("1.4", Map.of("score", BigDecimal.ZERO), Optional.empty(), "")))));
		writes.put("AssessmentService.recordAdjustment", () -> this.assessment.recordAdjustment(
				new RecordAdjustment(set.id(), this.dakPo, AdjustmentKind.BONUS, BigDecimal.ONE, "Thêm", "hoidong")));
		writes.put("SurveyService.recordResults", () -> this.survey.recordResults(new RecordSurveyResults(set.id(),
				this.dakPo, List.of(new RecordSurveyResults.Result(surveyLeaf(set), 10, BigDecimal.ZERO)))));
		writes
			.put("DossierService.saveSelfAssessment",
					() -> this.dossiers
						.saveSelfAssessment(
								new SaveSelfAssessment(cycle.id(), this.dakPo,
										List.of(new SaveSelfAssessment.LeafDraft("1.4",
												Map.of("score", BigDecimal.ZERO), "", 1, List.of(), Optional.empty()))),
								officer));
		writes.put("DossierService.submit", () -> this.dossiers.submit(cycle.id(), this.dakPo, leader));
		writes.put("DossierService.returnToUnit",
				() -> this.dossiers.returnToUnit(cycle.id(), this.dakPo, "Sai", office));
		writes.put("DossierService.answer", () -> this.dossiers.answer(new AnswerQuestions(cycle.id(), this.dakPo,
				List.of(new AnswerQuestions.Answer("1.4", "Vì", 1, List.of()))), officer));
		writes.put("AppraisalService.appraise", () -> this.appraisal
			.appraise(new AppraiseLeaves(cycle.id(), this.dakPo, AppraiseLeaves.Round.ROUND1, List
				.of(new AppraiseLeaves.LeafScore("3.1", Optional.of(BigDecimal.ZERO), "Thiếu", "Thiếu", "", false, 1))),
					appraiser));
		writes.put("AppraisalService.approve", () -> this.appraisal.approve(cycle.id(), council));
		writes.put("AppraisalService.recordCompletedYear",
				() -> this.appraisal.recordCompletedYear(cycle.id(), "hoidong"));
		writes.put("AppraisalService.proposeAdjustment", () -> this.appraisal.proposeAdjustment(
				new ProposeAdjustment(cycle.id(), this.dakPo, AdjustmentKind.BONUS, BigDecimal.ONE, "Thêm", "1/QĐ"),
				office));
		writes.put("CycleService.update",
				() -> this.cycles.update(cycle.id(),
						new CycleDeadlines(LocalDateTime.of(2030, 1, 15, 17, 0), LocalDateTime.of(2030, 2, 15, 17, 0),
								LocalDateTime.of(2030, 2, 28, 17, 0), LocalDateTime.of(2030, 3, 31, 17, 0),
								LocalDateTime.of(2030, 4, 15, 8, 0), cycle.unitIds())));
		writes.put("IndexSetEditor.deleteNode", () -> this.editor.deleteNode(set.id(), set.version(), "1.4"));
		writes.put("IndexSetEditor.moveNode", () -> this.editor.moveNode(set.id(), set.version(), "1.4", -1));
		writes.put("IndexSetEditor.saveNode",
				() -> this.editor.saveNode(set.id(), set.version(), Optional.of("1.4"),
						new CreateIndexSet.NodeDraft("1.4", Optional.of("1"), Level.CRITERION, "Khác", "",
								BigDecimal.ONE, Optional.empty(), Optional.empty(), "", "")));
		writes.put("IndexSetEditor.replace", () -> this.editor.replace(set.id(), set.version(),
				new CreateIndexSet(2021, group, "Khác", "", false, set.componentMaxima(), set.bonusCap(),
						set.deductionCap(), 2, List.of(), List.of(new CreateIndexSet.NodeDraft("1", Optional.empty(),
								Level.AREA, "Khác", "", BigDecimal.ONE, Optional.empty(), Optional.empty(), "", ""))),
				"khac.xlsx"));
		writes.put("PublicationService.publish", () -> this.publications.publish(cycle.id(), office));
		for (Map.Entry<String, Runnable> write : writes.entrySet()) {
			assertThatExceptionOfType(RuntimeException.class).as(write.getKey())
				.isThrownBy(write.getValue()::run)
				.isInstanceOfAny(LocalizedException.class, IndexSetFrozenException.class,
						org.parindex.methodology.InvalidIndexSetException.class);
		}
		assertThat(web.get("/api/v1/reporting/rankings/2021/gia-lai-district", "application/json").body())
			.isEqualTo(ranking);
		assertThat(web.get("/api/v1/reporting/scorecards/2021/gia-lai-district/dak-po", "application/json").body())
			.isEqualTo(scorecard);
		assertThat(web.page("/reporting/scorecards/2021/gia-lai-district/dak-po").body()).contains("75,26");
	}

	@Test
	void publishedPagesReadWhatWasPublishedNotTheEntries() {
		long group = this.organization.findGroup(GROUP).orElseThrow().id();
		IndexSetView set = this.methodology.find(2021, group).orElseThrow();
		WebClient web = new WebClient(this.port);
		String ranking = web.get("/api/v1/reporting/rankings/2021/gia-lai-district", "application/json").body();
		// Around every rule: the inputs changed in the database itself, the results'
		// revision raised.
		this.jdbc.sql("""
				update assessment_leaf_input set input_value = 0 where entry_id in (
				    select id from assessment_leaf_entry where index_set_id = ? and unit_id = ?)
				""").params(set.id(), this.dakPo).update();
		this.jdbc.sql("update scoring_revision set revision = revision + 1 where index_set_id = ?")
			.param(set.id())
			.update();
		assertThat(web.get("/api/v1/reporting/rankings/2021/gia-lai-district", "application/json").body())
			.isEqualTo(ranking);
		assertThat(web.page("/reporting/scorecards/2021/gia-lai-district/dak-po").body()).contains("75,26", "06/17");
	}

	@Test
	void aLeafHoldingUnitsWorkIsNeitherDeletedNorRecodedNorGivenAnotherRule() {
		long group = this.organization.findGroup(GROUP).orElseThrow().id();
		IndexSetView set = this.methodology.find(2022, group).orElseThrow();
		// the demo's Đak Pơ drafted area 1 of 2022: 1.1.1 holds its entry
		org.parindex.methodology.NodeView used = set.nodes()
			.stream()
			.filter((node) -> node.code().equals("1.1.1"))
			.findFirst()
			.orElseThrow();
		String before = this.jdbc.sql("select count(*) from assessment_leaf_entry where index_set_id = ?")
			.param(set.id())
			.query(Long.class)
			.single()
			.toString();
		Map<String, Runnable> edits = new java.util.LinkedHashMap<>();
		edits.put("delete the leaf", () -> this.editor.deleteNode(set.id(), set.version(), "1.1.1"));
		edits.put("delete its area", () -> this.editor.deleteNode(set.id(), set.version(), "1"));
		edits.put("recode it",
				() -> this.editor.saveNode(set.id(), set.version(), Optional.of("1.1.1"),
						new CreateIndexSet.NodeDraft("1.1.9", used.parentCode(), used.level(), used.name(),
								used.nameEn(), used.maxPoints(), used.component(), used.rule(), used.guidance(),
								used.evidence())));
		edits.put("give it another kind of rule",
				() -> this.editor.saveNode(set.id(), set.version(), Optional.of("1.1.1"),
						new CreateIndexSet.NodeDraft("1.1.1", used.parentCode(), used.level(), used.name(),
								used.nameEn(), used.maxPoints(), used.component(), Optional.of("manual step=0.25"),
								used.guidance(), used.evidence())));
		edits.put("make it an area",
				() -> this.editor.saveNode(set.id(), set.version(), Optional.of("1.1.1"),
						new CreateIndexSet.NodeDraft("1.1.1", Optional.empty(), Level.AREA, used.name(), used.nameEn(),
								used.maxPoints(), used.component(), used.rule(), used.guidance(), used.evidence())));
		edits.put("move it to the survey",
				() -> this.editor.saveNode(set.id(), set.version(), Optional.of("1.1.1"),
						new CreateIndexSet.NodeDraft("1.1.1", used.parentCode(), used.level(), used.name(),
								used.nameEn(), used.maxPoints(), Optional.of(org.parindex.engine.Component.SURVEY),
								Optional.of("survey"), used.guidance(), used.evidence())));
		edits.put("import a tree without it",
				() -> this.editor.replace(set.id(), set.version(),
						new CreateIndexSet(2022, group, set.name(), set.legalBasis(), false, set.componentMaxima(),
								set.bonusCap(), set.deductionCap(), 2, List.of(),
								set.nodes()
									.stream()
									.filter((node) -> !node.code().equals("1.1.1"))
									.map((node) -> new CreateIndexSet.NodeDraft(node.code(), node.parentCode(),
											node.level(), node.name(), node.nameEn(), node.maxPoints(),
											node.component(), node.rule(), node.guidance(), node.evidence()))
									.toList()),
						"khong-co-1.1.1.csv"));
		for (Map.Entry<String, Runnable> edit : edits.entrySet()) {
			assertThatExceptionOfType(org.parindex.methodology.InvalidIndexSetException.class).as(edit.getKey())
				.isThrownBy(edit.getValue()::run)
				.satisfies((ex) -> assertThat(ex.issues()).anySatisfy((issue) -> {
					assertThat(issue.messageKey()).isIn("methodology.node.in-use", "methodology.nodes.in-use");
					assertThat(issue.subject()).isEqualTo("1.1.1");
				}));
		}
		IndexSetView after = this.methodology.find(set.id()).orElseThrow();
		assertThat(after.version()).isEqualTo(set.version());
		assertThat(after.nodes()).extracting(org.parindex.methodology.NodeView::code).contains("1.1.1");
		// its wording may still be corrected
		this.editor.saveNode(set.id(), set.version(), Optional.of("1.1.1"),
				new CreateIndexSet.NodeDraft("1.1.1", used.parentCode(), used.level(), used.name() + " (sửa chữ)",
						used.nameEn(), used.maxPoints(), used.component(), used.rule(), used.guidance(),
						used.evidence()));
		assertThat(this.jdbc.sql("select count(*) from assessment_leaf_entry where index_set_id = ?")
			.param(set.id())
			.query(Long.class)
			.single()
			.toString()).isEqualTo(before);
	}

	@Test
	void identicalBonusProposalsAtOnceMakeOne() throws Exception {
		long group = this.organization.findGroup(GROUP).orElseThrow().id();
		CycleView cycle = this.cycles.findForSet(this.methodology.find(2022, group).orElseThrow().id()).orElseThrow();
		long kongChro = this.organization.findUnit("kong-chro").orElseThrow().id();
		String council = "/assessment/cycles/" + cycle.id() + "/council";
		WebClient office = signedIn("sonoivu");
		String token = office.csrf(council).orElseThrow();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<HttpResponse<String>>> responses = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < 50; i++) {
			responses.add(pool.submit(() -> {
				start.await();
				return office.postWithoutToken("/assessment/cycles/" + cycle.id() + "/adjustments",
						Map.of("_csrf", token, "unitId", Long.toString(kongChro), "kind", "BONUS", "points", "0,5",
								"reason", "Đơn vị dẫn đầu phong trào thi đua", "evidence", "Quyết định 12/QĐ-UBND"));
			}));
		}
		start.countDown();
		for (Future<HttpResponse<String>> response : responses) {
			assertThat(response.get(120, TimeUnit.SECONDS).statusCode()).isLessThan(500);
		}
		pool.shutdown();
		assertThat(this.jdbc.sql("select count(*) from assessment_adjustment where unit_id = ? and index_set_id = ?")
			.params(kongChro, cycle.indexSetId())
			.query(Long.class)
			.single()).isEqualTo(1);
		WebClient later = signedIn("sonoivu");
		HttpResponse<String> again = later.post(council, "/assessment/cycles/" + cycle.id() + "/adjustments",
				Map.of("unitId", Long.toString(kongChro), "kind", "BONUS", "points", "0,5", "reason",
						"Đơn vị dẫn đầu phong trào thi đua", "evidence", "Quyết định 12/QĐ-UBND"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Đề xuất giống hệt");
	}

	@Test
	void aLargeUploadDoesNotHoldTheCycle() throws Exception {
		long group = this.organization.findGroup(GROUP).orElseThrow().id();
		CycleView cycle = this.cycles.findForSet(this.methodology.find(2022, group).orElseThrow().id()).orElseThrow();
		long kbang = this.organization.findUnit("kbang").orElseThrow().id();
		this.identity.createAccount(new CreateAccount("kbang.nhanh", "Cán bộ Kbang", Role.UNIT_OFFICER,
				Optional.of(kbang), "mat-khau-thu-nghiem-1", false));
		String page = "/assessment/cycles/" + cycle.id() + "/unit";
		WebClient slow = signedIn("dakpo.canbo");
		WebClient other = new WebClient(this.port);
		other.signIn("kbang.nhanh", "mat-khau-thu-nghiem-1");
		String slowToken = slow.csrf(page).orElseThrow();
		String otherToken = other.csrf(page).orElseThrow();
		CountDownLatch release = this.files.closeGate();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<HttpResponse<String>> upload = pool.submit(() -> slow.multipart(page, page,
					List.of(Map.entry("_csrf", slowToken), Map.entry("leaf", "1.4"), Map.entry("version.1.4", "1"),
							Map.entry("input.1.4.score", "1"), Map.entry("explanation.1.4", "Kèm báo cáo")),
					List.of(new WebClient.FilePart("file.1.4", "bao-cao-lon.pdf", PDF))));
			assertThat(this.files.awaitEntered(Duration.ofSeconds(60))).as("the upload reached the file store")
				.isTrue();
			Future<HttpResponse<String>> save = pool.submit(() -> other.postWithoutToken(page,
					Map.of("_csrf", otherToken, "leaf", "1.4", "input.1.4.score", "0.5")));
			assertThat(save.get(60, TimeUnit.SECONDS).statusCode())
				.as("another unit saves while the upload is still being stored")
				.isEqualTo(302);
			assertThat(upload.isDone()).isFalse();
			release.countDown();
			assertThat(upload.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from assessment_evidence where unit_id = ? and file_name = ?")
			.params(this.dakPo, "bao-cao-lon.pdf")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void filesNothingRefersToAreSwept() throws IOException {
		StoredFile orphan = this.files
			.store(new ByteArrayInputStream("không ai dùng".getBytes(StandardCharsets.UTF_8)));
		StoredFile fresh = this.files.store(new ByteArrayInputStream("vừa tải lên".getBytes(StandardCharsets.UTF_8)));
		StoredFile used = this.files.store(new ByteArrayInputStream(PDF));
		this.jdbc.sql("""
				insert into assessment_evidence (index_set_id, unit_id, leaf_code, phase, file_sha256, file_name,
				    media_type, file_size, created_by, created_at)
				values (1, ?, '1.4', 'SELF', ?, 'da-quet.pdf', 'application/pdf', ?, 'dakpo.canbo', current_timestamp)
				""").params(this.dakPo, used.sha256(), used.size()).update();
		age(orphan.sha256());
		age(used.sha256());
		assertThat(this.sweeper.sweep()).isGreaterThanOrEqualTo(1);
		assertThat(this.files.exists(orphan.sha256())).as("nothing refers to it").isFalse();
		assertThat(this.files.exists(fresh.sha256())).as("within the grace period").isTrue();
		assertThat(this.files.exists(used.sha256())).as("evidence refers to it").isTrue();
	}

	private void age(String sha256) throws IOException {
		Path file = this.fileDirectory.resolve(sha256.substring(0, 2)).resolve(sha256);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
	}

	private static String surveyLeaf(IndexSetView set) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == org.parindex.engine.Component.SURVEY)
			.findFirst()
			.orElseThrow()
			.code();
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

	/** Imported (not detected), so that only this scenario's context has the gate. */
	static class GatedStoreConfiguration {

		@Bean
		@Primary
		GatedFileStore gatedFileStore(@Qualifier("localFileStore") FileStore local) {
			return new GatedFileStore(local);
		}

	}

	/**
	 * The file store, with a gate a test can close: an upload then waits in it, as a
	 * large file would while it is checked, hashed and written.
	 */
	static final class GatedFileStore implements FileStore {

		private final FileStore delegate;

		private volatile CountDownLatch gate = new CountDownLatch(0);

		private volatile CountDownLatch entered = new CountDownLatch(1);

		GatedFileStore(FileStore delegate) {
			this.delegate = delegate;
		}

		CountDownLatch closeGate() {
			this.entered = new CountDownLatch(1);
			this.gate = new CountDownLatch(1);
			return this.gate;
		}

		boolean awaitEntered(Duration timeout) throws InterruptedException {
			return this.entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		@Override
		public StoredFile store(InputStream content) throws IOException {
			this.entered.countDown();
			try {
				this.gate.await(120, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			return this.delegate.store(content);
		}

		@Override
		public InputStream open(String sha256) throws IOException {
			return this.delegate.open(sha256);
		}

		@Override
		public boolean exists(String sha256) {
			return this.delegate.exists(sha256);
		}

		@Override
		public int sweep(Predicate<String> referenced, Duration grace, Instant now) throws IOException {
			return this.delegate.sweep(referenced, grace, now);
		}

	}

}
