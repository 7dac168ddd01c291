package org.parindex.methodology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.identity.CreateAccount;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.engine.ProblemKind;
import org.parindex.organization.OrganizationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The PAR office prepares a year's index set: copies last year's, edits it with live
 * checks, exports it to Excel and imports it back; broken files are refused whole; a
 * published year's set is frozen. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class IndexSetEditingScenario {

	@LocalServerPort
	int port;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	IndexSetLimits limits;

	@Test
	void aPublishedYearsSetIsFrozen() {
		IndexSetView published = set(2021);
		assertThat(published.published()).isTrue();
		assertThatExceptionOfType(IndexSetFrozenException.class)
			.isThrownBy(() -> this.editor.deleteNode(published.id(), published.version(), "1.1.1"))
			.satisfies((ex) -> assertThat(ex.year()).isEqualTo(2021));
		assertThat(set(2021).nodes()).hasSize(published.nodes().size());
		WebClient office = signedIn("sonoivu");
		HttpResponse<String> refused = office.post("/admin/methodology/index-sets/" + published.id(),
				"/admin/methodology/index-sets/" + published.id() + "/nodes/1.1.1/delete",
				Map.of("version", Integer.toString(published.version())));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(office.page("/admin/methodology/index-sets/" + published.id()).body())
			.contains("Kết quả năm 2021 đã công bố: bộ chỉ số này không sửa được nữa.");
		assertThat(set(2021).nodes()).hasSize(published.nodes().size());
	}

	@Test
	void aCopiedDraftIsEditedWithLiveChecks() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2025, groupId(),
				"Bộ chỉ số cấp huyện năm 2025", "Kế hoạch 2025", Optional.of(set(2021).id()), Map.of(), null, null));
		assertThat(draft.published()).isFalse();
		assertThat(draft.nodes()).hasSize(set(2021).nodes().size());
		assertThat(this.editor.problems(draft)).isEmpty();

		CreateIndexSet.NodeDraft leaf = IndexSetEditor.draft(draft.node("1.1.1").orElseThrow());
		IndexSetView changed = this.editor.saveNode(draft.id(), draft.version(), Optional.of("1.1.1"),
				new CreateIndexSet.NodeDraft("1.1.1", leaf.parentCode(), leaf.level(), leaf.name(), leaf.nameEn(),
						new BigDecimal("1"), leaf.component(), leaf.rule(), leaf.guidance(),
						"Kế hoạch CCHC năm đã ban hành"));
		assertThat(this.editor.problems(changed)).extracting(IndexSetIssue::messageKey)
			.contains(ProblemKind.BRANCH_MAX_MISMATCH.messageKey(), ProblemKind.COMPONENT_MAX_MISMATCH.messageKey());
		assertThat(this.editor.problems(changed)).extracting(IndexSetIssue::subject).contains("1.1", "APPRAISAL");

		IndexSetView added = this.editor.saveNode(draft.id(), changed.version(), Optional.empty(),
				new CreateIndexSet.NodeDraft("1.1.4", Optional.of("1.1"), Level.SUB_CRITERION, "Tiêu chí mới", "",
						new BigDecimal("0.5"), Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", ""));
		assertThat(added.nodes().stream().map(NodeView::code).toList()).containsSubsequence("1.1.3", "1.1.4", "1.2");
		IndexSetView moved = this.editor.moveNode(draft.id(), added.version(), "1.1.4", -1);
		assertThat(moved.nodes().stream().map(NodeView::code).toList()).containsSubsequence("1.1.2", "1.1.4", "1.1.3");
		IndexSetView deleted = this.editor.deleteNode(draft.id(), moved.version(), "1.1");
		assertThat(deleted.node("1.1")).isEmpty();
		assertThat(deleted.node("1.1.4")).isEmpty();
		assertThat(deleted.nodes()).hasSize(set(2021).nodes().size() - 4);

		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.editor.saveNode(draft.id(), deleted.version(), Optional.empty(),
					new CreateIndexSet.NodeDraft("9.9", Optional.of("9"), Level.CRITERION, "Mồ côi", "", BigDecimal.ONE,
							Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", "")))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.containsExactly("methodology.node.unknown-parent"));
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where entity_type = 'index-set' "
					+ "and entity_id = ? and action in ('node-changed', 'node-added', 'node-moved', 'node-deleted')")
			.param(Long.toString(draft.id()))
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void publicationSettingsAreSetOnThePageExportedImportedAndCopiedToTheNextYear() throws Exception {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2061, groupId(),
				"Bộ chỉ số cấp huyện năm 2061", "", Optional.of(set(2021).id()), Map.of(), null, null));
		assertThat(draft.publishedPlaces()).isEqualTo(2);
		assertThat(draft.rankLabel()).isEqualTo(org.parindex.engine.RankLabel.UNIT_COUNT_WIDTH);
		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets/" + draft.id();

		HttpResponse<String> refused = office.post(page, page + "/publication-settings",
				Map.of("version", Integer.toString(draft.version()), "publishedPlaces", "9", "rankLabel", "NONE"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Số chữ số thập phân");
		assertThat(this.methodology.find(draft.id()).orElseThrow().publishedPlaces()).isEqualTo(2);

		HttpResponse<String> saved = office.post(page, page + "/publication-settings",
				Map.of("version", Integer.toString(draft.version()), "publishedPlaces", "3", "rankLabel", "NONE"));
		assertThat(saved.statusCode()).isEqualTo(302);
		IndexSetView changed = this.methodology.find(draft.id()).orElseThrow();
		assertThat(changed.publishedPlaces()).isEqualTo(3);
		assertThat(changed.rankLabel()).isEqualTo(org.parindex.engine.RankLabel.NONE);
		org.jsoup.nodes.Document editor = org.jsoup.Jsoup.parse(office.page(page).body());
		assertThat(editor.select("#publishedPlaces option[selected]").attr("value")).isEqualTo("3");
		assertThat(editor.select("#rankLabel option[selected]").attr("value")).isEqualTo("NONE");

		// the spreadsheet carries both settings, and an import brings them back
		byte[] xlsx = office.bytes(page + "/export.xlsx");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Map<String, String> settings = new java.util.HashMap<>();
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					if (row.getCell(0) != null && row.getCell(1) != null) {
						settings.put(row.getCell(0).toString(), row.getCell(1).toString());
					}
				}
			}
			assertThat(settings).containsEntry("rank_label", "NONE");
		}
		IndexSetView other = this.editor.createDraft(new IndexSetEditor.CreateDraft(2062, groupId(), "Tạm thời", "",
				Optional.empty(), maxima(), new BigDecimal("6"), new BigDecimal("8")));
		assertThat(importFile(office, other, "bo-chi-so-2061.xlsx", xlsx).statusCode()).isEqualTo(302);
		IndexSetView imported = this.methodology.find(other.id()).orElseThrow();
		assertThat(imported.publishedPlaces()).isEqualTo(3);
		assertThat(imported.rankLabel()).isEqualTo(org.parindex.engine.RankLabel.NONE);

		// the next year's draft copied from it keeps them
		IndexSetView next = this.editor.createDraft(new IndexSetEditor.CreateDraft(2063, groupId(),
				"Bộ chỉ số cấp huyện năm 2063", "", Optional.of(draft.id()), Map.of(), null, null));
		assertThat(next.publishedPlaces()).isEqualTo(3);
		assertThat(next.rankLabel()).isEqualTo(org.parindex.engine.RankLabel.NONE);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where entity_type = 'index-set' and entity_id = ?"
					+ " and action = 'publication-settings'")
			.param(Long.toString(draft.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Walk #22: the set's legal basis, the decision the reports cite after "Căn cứ", is
	 * kept by a copy, edited on the set's page (text that itself starts with "Căn cứ" is
	 * refused naming the field, and changes nothing), exported with the set's workbook
	 * and imported back.
	 */
	@Test
	void theLegalBasisIsCopiedEditedOnThePageExportedAndImported() throws Exception {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2064, groupId(),
				"Bộ chỉ số cấp huyện năm 2064", "", Optional.of(set(2021).id()), Map.of(), null, null));
		assertThat(draft.legalBasis()).isEqualTo("Quyết định số 83/QĐ-UBND ngày 24/02/2019 của UBND tỉnh Gia Lai");
		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets/" + draft.id();
		assertThat(org.jsoup.Jsoup.parse(office.page(page).body()).select("#legalBasis").val())
			.isEqualTo(draft.legalBasis());

		HttpResponse<String> refused = office.post(page, page + "/publication-settings",
				Map.of("version", Integer.toString(draft.version()), "publishedPlaces", "2", "rankLabel",
						"UNIT_COUNT_WIDTH", "legalBasis", "Căn cứ Quyết định số 7/QĐ-UBND"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Căn cứ ban hành", "không bắt đầu bằng “Căn cứ”");
		assertThat(this.methodology.find(draft.id()).orElseThrow().legalBasis()).isEqualTo(draft.legalBasis());

		String basis = "Quyết định số 05/QĐ-UBND ngày 10/01/2064 của UBND tỉnh Gia Lai";
		assertThat(office
			.post(page, page + "/publication-settings", Map.of("version", Integer.toString(draft.version()),
					"publishedPlaces", "2", "rankLabel", "UNIT_COUNT_WIDTH", "legalBasis", " " + basis + " "))
			.statusCode()).isEqualTo(302);
		assertThat(this.methodology.find(draft.id()).orElseThrow().legalBasis()).isEqualTo(basis);
		assertThat(org.jsoup.Jsoup.parse(office.page(page).body()).select("#legalBasis").val()).isEqualTo(basis);

		byte[] xlsx = office.bytes(page + "/export.xlsx");
		IndexSetView other = this.editor.createDraft(new IndexSetEditor.CreateDraft(2065, groupId(), "Tạm thời", "",
				Optional.empty(), maxima(), new BigDecimal("6"), new BigDecimal("8")));
		assertThat(other.legalBasis()).isEmpty();
		assertThat(importFile(office, other, "bo-chi-so-2064.xlsx", xlsx).statusCode()).isEqualTo(302);
		assertThat(this.methodology.find(other.id()).orElseThrow().legalBasis()).isEqualTo(basis);
	}

	@Test
	void anExportedSetImportsBackIdentical() {
		IndexSetView source = set(2021);
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2023, groupId(), "Tạm thời", "",
				Optional.empty(), maxima(), new BigDecimal("6"), new BigDecimal("8")));
		WebClient office = signedIn("sonoivu");
		byte[] xlsx = office.bytes("/admin/methodology/index-sets/" + source.id() + "/export.xlsx");
		HttpResponse<String> imported = importFile(office, draft, "bo-chi-so.xlsx", xlsx);
		assertThat(imported.statusCode()).isEqualTo(302);
		IndexSetView copy = this.methodology.find(draft.id()).orElseThrow();
		assertThat(copy.name()).isEqualTo(source.name());
		assertThat(copy.componentMaxima()).isEqualTo(source.componentMaxima());
		assertThat(copy.bonusCap()).isEqualByComparingTo(source.bonusCap());
		assertThat(copy.classes()).isEqualTo(source.classes());
		assertThat(comparable(copy.nodes())).isEqualTo(comparable(source.nodes()));
		assertThat(this.editor.problems(copy)).isEmpty();

		byte[] csv = office.bytes("/admin/methodology/index-sets/" + source.id() + "/export.csv");
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF\"Mã (code)\"");
		List<CreateIndexSet.NodeDraft> fromCsv = IndexSetFiles.criteriaFromCsv(new ByteArrayInputStream(csv),
				this.limits.fileLimits());
		assertThat(fromCsv.stream().map((node) -> node.code() + " " + node.rule().orElse("")).toList())
			.isEqualTo(source.nodes().stream().map((node) -> node.code() + " " + node.rule().orElse("")).toList());
	}

	@Test
	void aSpreadsheetEditedOutsideImportsAsEdited() throws Exception {
		IndexSetView source = set(2021);
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2027, groupId(), "Bộ chỉ số 2027",
				"", Optional.of(source.id()), Map.of(), null, null));
		Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(IndexSetFiles.toXlsx(draft)));
		Sheet criteria = workbook.getSheet(IndexSetFiles.CRITERIA);
		for (Row row : criteria) {
			String code = row.getCell(0).getStringCellValue();
			if (code.equals("7.2.2")) {
				row.getCell(3).setCellValue("Tỷ lệ hồ sơ trực tuyến toàn trình");
				row.getCell(8).setCellValue("full-at=0,6");
			}
			if (code.equals("3.1")) {
				row.getCell(10).setCellValue("Kế hoạch rà soát và báo cáo kết quả rà soát");
			}
		}
		workbook.getSheet(IndexSetFiles.SETTINGS).getRow(0).getCell(1).setCellValue("Bộ chỉ số năm 2027 (đã sửa)");
		ByteArrayOutputStream edited = new ByteArrayOutputStream();
		workbook.write(edited);
		workbook.close();
		WebClient office = signedIn("sonoivu");
		importFile(office, draft, "bo-chi-so-2027.xlsx", edited.toByteArray());
		IndexSetView result = this.methodology.find(draft.id()).orElseThrow();
		assertThat(result.name()).isEqualTo("Bộ chỉ số năm 2027 (đã sửa)");
		assertThat(result.node("7.2.2").orElseThrow().name()).isEqualTo("Tỷ lệ hồ sơ trực tuyến toàn trình");
		assertThat(result.node("7.2.2").orElseThrow().rule()).contains("ratio full-at=0.6");
		assertThat(result.node("3.1").orElseThrow().evidence())
			.isEqualTo("Kế hoạch rà soát và báo cáo kết quả rà soát");
		assertThat(result.nodes()).hasSize(source.nodes().size());
		assertThat(this.editor.problems(result)).isEmpty();
	}

	@Test
	void aBrokenFileIsRefusedWholeWithRowLevelErrors() throws Exception {
		IndexSetView source = set(2021);
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2024, groupId(), "Bộ chỉ số 2024",
				"", Optional.of(source.id()), Map.of(), null, null));
		byte[] xlsx = IndexSetFiles.toXlsx(source);
		Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
		Sheet criteria = workbook.getSheet(IndexSetFiles.CRITERIA);
		Row third = criteria.getRow(3);
		third.getCell(5).setCellValue("nhiều");
		third.getCell(8).setCellValue("full-at=abc");
		criteria.getRow(5).getCell(1).setCellValue("Chương");
		criteria.getRow(7).getCell(2).setCellValue("99");
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		workbook.write(broken);
		workbook.close();
		assertThatExceptionOfType(IndexSetFiles.IndexSetFileException.class)
			.isThrownBy(() -> IndexSetFiles.fromXlsx(new ByteArrayInputStream(broken.toByteArray()), 2024, groupId(),
					this.limits.fileLimits()))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.sheet() + "!" + issue.column() + issue.row() + " " + issue.messageKey())
				.contains("Tieu chi!F4 methodology.file.number", "Tieu chi!B6 methodology.file.level",
						"Tieu chi!C8 methodology.node.unknown-parent")
				.anySatisfy((line) -> assertThat(line).startsWith("Tieu chi!I4 methodology.rule.")));
		WebClient office = signedIn("sonoivu");
		importFile(office, draft, "hong.xlsx", broken.toByteArray());
		assertThat(office.page("/admin/methodology/index-sets/" + draft.id()).body())
			.contains("Tieu chi, dòng 4, cột F: Phải là một số không âm.");
		assertThat(comparable(this.methodology.find(draft.id()).orElseThrow().nodes()))
			.isEqualTo(comparable(source.nodes()));
		importFile(office, draft, "rac.xlsx", "không phải Excel".getBytes(StandardCharsets.UTF_8));
		assertThat(office.page("/admin/methodology/index-sets/" + draft.id()).body()).contains("Không đọc được tệp");
	}

	@Test
	void theEditorIsForThePAROffice() {
		assertThat(signedIn("sonoivu").page("/admin/methodology/index-sets").statusCode()).isEqualTo(200);
		assertThat(signedIn("dakpo.canbo").page("/admin/methodology/index-sets").statusCode()).isEqualTo(403);
		assertThat(signedIn("thamdinh").bytes("/admin/methodology/index-sets/" + set(2021).id() + "/export.xlsx"))
			.isNotEmpty()
			.satisfies((bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotStartWith("PK"));
	}

	@Test
	void twoEditorsNeverOverwriteEachOther() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2026, groupId(), "Bộ chỉ số 2026",
				"", Optional.of(set(2021).id()), Map.of(), null, null));
		this.identity.createAccount(new CreateAccount("sonoivu.hai", "Chuyên viên thứ hai", Role.PAR_OFFICE,
				Optional.empty(), "parindex-demo", false));
		WebClient first = signedIn("sonoivu");
		WebClient second = signedIn("sonoivu.hai");
		String page = "/admin/methodology/index-sets/" + draft.id();
		String loaded = Integer.toString(draft.version());
		NodeView node = draft.node("1.4").orElseThrow();
		Map<String, String> rename = new java.util.HashMap<>(Map.of("version", loaded, "originalCode", "1.4", "code",
				"1.4", "parentCode", "1", "level", "CRITERION", "name", "Tuyên truyền cải cách hành chính", "maxPoints",
				node.maxPoints().toPlainString(), "component", "APPRAISAL", "rule", node.rule().get()));
		assertThat(first.post(page, page + "/nodes", rename).statusCode()).isEqualTo(302);
		// the notice names the criterion saved (issue 9, A-messages)
		assertThat(first.page(page).body()).contains("Đã lưu tiêu chí 1.4 “Tuyên truyền cải cách hành chính”.");
		rename.put("name", "Thông tin, tuyên truyền");
		HttpResponse<String> clash = second.post(page, page + "/nodes", rename);
		assertThat(clash.statusCode()).isEqualTo(409);
		// named by display name, not login (issue 9, A-messages)
		assertThat(clash.body()).contains("Bộ chỉ số vừa được Nguyễn Thị Thu Hằng sửa lúc")
			.contains("value=\"Thông tin, tuyên truyền\"");
		assertThat(this.methodology.find(draft.id()).orElseThrow().node("1.4").orElseThrow().name())
			.isEqualTo("Tuyên truyền cải cách hành chính");
		assertThat(second.post(page, page + "/nodes/1.5/delete", Map.of("version", loaded, "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.methodology.find(draft.id()).orElseThrow().node("1.5")).isPresent();
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.editor.moveNode(draft.id(), draft.version(), "1.4", -1))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.containsExactly("methodology.index-set.edited-meanwhile"));
	}

	@Test
	void anUnknownUnitGroupIsRefusedByEveryWayInAndTheSetPageStandsAnyGroup() {
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.editor.createDraft(new IndexSetEditor.CreateDraft(2043, 999_999, "Không khối", "",
					Optional.empty(), maxima(), BigDecimal.ONE, BigDecimal.ONE)))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.containsExactly("methodology.index-set.unknown-group"));
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, BigDecimal.ONE);
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.methodology.create(new CreateIndexSet(2043, 999_999, "Không khối", "", false, maxima,
					BigDecimal.ONE, BigDecimal.ONE, 2, List.of(),
					List.of(new CreateIndexSet.NodeDraft("1", Optional.empty(), Level.AREA, "Lĩnh vực", "",
							BigDecimal.ONE, Optional.empty(), Optional.empty(), "", ""),
							new CreateIndexSet.NodeDraft("1.1", Optional.of("1"), Level.CRITERION, "Tiêu chí", "",
									BigDecimal.ONE, Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", "")))))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.contains("methodology.index-set.unknown-group"));
		assertThat(this.methodology.list()).noneMatch((set) -> set.year() == 2043);

		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2043, groupId(), "Khối sẽ mất", "",
				Optional.empty(), maxima(), BigDecimal.ONE, BigDecimal.ONE));
		this.jdbc.sql("update methodology_index_set set unit_group_id = 999999 where id = ?")
			.param(draft.id())
			.update();
		HttpResponse<String> page = signedIn("sonoivu").page("/admin/methodology/index-sets/" + draft.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Khối sẽ mất");
	}

	@Test
	void aParentLoopIsRefusedNamingItsCodesInTheEditorAndTheImport() throws Exception {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2028, groupId(), "Bộ chỉ số 2028",
				"", Optional.of(set(2021).id()), Map.of(), null, null));
		CreateIndexSet.NodeDraft area = IndexSetEditor.draft(draft.node("2").orElseThrow());
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.editor.saveNode(draft.id(), draft.version(), Optional.of("2"),
					new CreateIndexSet.NodeDraft("2", Optional.of("2.2"), area.level(), area.name(), area.nameEn(),
							area.maxPoints(), area.component(), area.rule(), area.guidance(), area.evidence())))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.containsExactly("methodology.node.parent-loop"));
		assertThat(this.methodology.find(draft.id()).orElseThrow().nodes()).hasSize(draft.nodes().size());

		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets/" + draft.id();
		Map<String, String> loop = new java.util.HashMap<>(Map.of("version", Integer.toString(draft.version()),
				"originalCode", "2", "code", "2", "parentCode", "2.2", "level", "AREA", "name", "Lĩnh vực đã sửa",
				"maxPoints", area.maxPoints().toPlainString()));
		HttpResponse<String> refused = office.post(page, page + "/nodes", loop);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Mục 2: chuỗi mục cha quay vòng (2 → 2.2 → 2)")
			.contains("value=\"Lĩnh vực đã sửa\"");
		assertThat(this.methodology.find(draft.id()).orElseThrow().nodes()).hasSize(draft.nodes().size());

		String csv = "Mã (code);Cấp (level);Mục cha (parent);Tên (name);Tên tiếng Anh (name_en);Điểm tối đa (max);"
				+ "Phần (component);Cách chấm (rule)\r\n1;Lĩnh vực;1.1;Lĩnh vực;;1;;\r\n"
				+ "1.1;Tiêu chí;1;Tiêu chí;;1;Thẩm định;yes-no\r\n";
		assertThatExceptionOfType(IndexSetFiles.IndexSetFileException.class)
			.isThrownBy(() -> IndexSetFiles.criteriaFromCsv(
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), this.limits.fileLimits()))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.column() + issue.row() + " " + issue.messageKey())
				.containsExactly("C2 methodology.node.parent-loop"));
		importFile(office, draft, "vong.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(office.page(page).body()).contains("Dòng 2, cột C: Mục 1: chuỗi mục cha quay vòng (1 → 1.1 → 1)");
		assertThat(this.methodology.find(draft.id()).orElseThrow().nodes()).hasSize(draft.nodes().size());
	}

	@Test
	void nodeCodesAreDottedLettersAndDigitsInTheServiceAndTheImport() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2029, groupId(), "Bộ chỉ số 2029",
				"", Optional.of(set(2021).id()), Map.of(), null, null));
		for (String code : List.of("1.1.1; DROP", "1.2/b", "..", "1.2\\b", "<b>x</b>", "%25", "1.", ".1", "1..2")) {
			assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class).as(code)
				.isThrownBy(() -> this.editor.saveNode(draft.id(), draft.version(), Optional.empty(),
						new CreateIndexSet.NodeDraft(code, Optional.of("1.1"), Level.SUB_CRITERION, "Mã lạ", "",
								BigDecimal.ONE, Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", "")));
			assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class).as(code)
				.isThrownBy(() -> this.editor.saveNode(draft.id(), draft.version(), Optional.empty(),
						new CreateIndexSet.NodeDraft("1.1.9", Optional.of(code), Level.SUB_CRITERION, "Cha lạ", "",
								BigDecimal.ONE, Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", "")));
		}
		assertThat(this.methodology.find(draft.id()).orElseThrow().version()).isEqualTo(draft.version());
		IndexSetView added = this.editor.saveNode(draft.id(), draft.version(), Optional.empty(),
				new CreateIndexSet.NodeDraft("1.1.4a", Optional.of("1.1"), Level.SUB_CRITERION, "Mã có chữ", "",
						BigDecimal.ONE, Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", ""));
		assertThat(added.node("1.1.4a")).isPresent();

		String csv = "Mã (code);Cấp (level);Mục cha (parent);Tên (name);Tên tiếng Anh (name_en);Điểm tối đa (max);"
				+ "Phần (component);Cách chấm (rule)\r\n1;Lĩnh vực;;Lĩnh vực;;1;;\r\n"
				+ "\"1.1.1; DROP\";Tiêu chí;1;Tiêu chí;;1;Thẩm định;yes-no\r\n"
				+ "\"1.2/b\";Tiêu chí;<b>x</b>;Tiêu chí;;1;Thẩm định;yes-no\r\n";
		assertThatExceptionOfType(IndexSetFiles.IndexSetFileException.class)
			.isThrownBy(() -> IndexSetFiles.criteriaFromCsv(
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), this.limits.fileLimits()))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.column() + issue.row() + " " + issue.messageKey())
				.contains("A3 methodology.file.node-code", "A4 methodology.file.node-code",
						"C4 methodology.file.parent-code"));
		WebClient office = signedIn("sonoivu");
		importFile(office, added, "ma.csv", csv.replace("1.1.1; DROP", "1.1.1").getBytes(StandardCharsets.UTF_8));
		assertThat(office.page("/admin/methodology/index-sets/" + draft.id()).body())
			.contains("Dòng 4, cột A: Mã chỉ gồm chữ số và chữ cái không dấu, các phần cách nhau bằng một dấu chấm");
		assertThat(this.methodology.find(draft.id()).orElseThrow().node("1.1.4a")).isPresent();
	}

	@Test
	void anImportWithoutDataRowsOrWithAStrayNulIsRefusedOnTheImportForm() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2031, groupId(), "Bộ chỉ số 2031",
				"", Optional.of(set(2021).id()), Map.of(), null, null));
		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets/" + draft.id();
		HttpResponse<String> headerOnly = importFile(office, draft, "trong.csv",
				"Mã (code);Cấp (level);Mục cha (parent);Tên (name)\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(headerOnly.statusCode()).isEqualTo(302);
		assertThat(office.page(page).body()).contains("Tệp không có dòng dữ liệu nào");
		byte[] stray = "Mã (code);Cấp (level);Mục cha (parent);Tên (name)\r\n1;Lĩnh vực;;Tên.\r\n"
			.getBytes(StandardCharsets.UTF_8);
		stray[stray.length - 3] = 0;
		byte[] even = (stray.length % 2 == 0) ? stray : java.util.Arrays.copyOf(stray, stray.length + 1);
		if (even != stray) {
			even[even.length - 1] = '\n';
		}
		importFile(office, draft, "nul.csv", even);
		assertThat(office.page(page).body()).contains("Tệp chứa byte NUL (dòng 2)");
		assertThat(this.methodology.find(draft.id()).orElseThrow().nodes()).hasSize(draft.nodes().size());
	}

	/**
	 * The case file of issue 9 (item 14a): "Trừ 0,5 điểm cho mỗi lần vi phạm" written as
	 * {@code count per-item=-0,5}, which used to import with a problem and score −1,50.
	 * It imports as the deduction it means ({@code deduct per-item=0.5}) and 3 violations
	 * on its 2-point leaf give 0,5; 7 give 0, never less.
	 */
	@Test
	void aDeductionPerViolationImportsAndNeverScoresBelowZero() throws Exception {
		byte[] original;
		try (var in = getClass().getResourceAsStream("/cases/deduct-per-violation.xlsx")) {
			original = in.readAllBytes();
		}
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2051, groupId(), "Bộ chỉ số 2051",
				"", Optional.empty(), maxima(), BigDecimal.ZERO, BigDecimal.ZERO));
		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets/" + draft.id();
		importFile(office, draft, "deduct-per-violation.xlsx", original);
		IndexSetView imported = this.methodology.find(draft.id()).orElseThrow();
		assertThat(imported.nodes()).as(() -> office.page(page).body()).hasSize(2);
		assertThat(imported.node("1.1").orElseThrow().rule()).contains("deduct per-item=0.5");
		assertThat(this.editor.problems(imported)).isEmpty();
		org.parindex.engine.UnitResult three = org.parindex.engine.Scorer.score(imported.definition(),
				new org.parindex.engine.UnitInputs("u",
						Map.of("1.1", org.parindex.engine.LeafInputs.of(Map.of("violations", new BigDecimal("3")))),
						List.of(), List.of()));
		assertThat(three.total()).isEqualByComparingTo("0.5");
		org.parindex.engine.UnitResult many = org.parindex.engine.Scorer.score(imported.definition(),
				new org.parindex.engine.UnitInputs("u",
						Map.of("1.1", org.parindex.engine.LeafInputs.of(Map.of("violations", new BigDecimal("7")))),
						List.of(), List.of()));
		assertThat(many.total()).isEqualByComparingTo("0");
	}

	/**
	 * Every kind of row at the wrong place in the tree is refused at import, naming its
	 * row: a sub-criterion or a criterion without a parent (once taken for a top-level
	 * node), an area with a parent, a sub-criterion directly under an area.
	 */
	@Test
	void aRowWithoutItsParentIsRefusedNamingTheRow() {
		String header = "Mã (code);Cấp (level);Mục cha (parent);Tên (name);Tên tiếng Anh (name_en);Điểm tối đa (max);"
				+ "Phần (component);Cách chấm (rule);Tham số (parameters)\r\n";
		String csv = header + "1;Lĩnh vực;;Lĩnh vực;;3;;;\r\n"
				+ "1.1;Tiêu chí;1;Tiêu chí;;1;Thẩm định;bands;ratio 80%:0,5 100%:1\r\n"
				+ "1.1.1;Tiêu chí thành phần;;Thành phần mồ côi;;1;Thẩm định;yes-no;\r\n"
				+ "1.2;Tiêu chí;;Tiêu chí mồ côi;;1;Thẩm định;yes-no;\r\n" + "2;Lĩnh vực;1;Lĩnh vực con;;1;;;\r\n"
				+ "1.3;Tiêu chí thành phần;1;Thành phần dưới lĩnh vực;;1;Thẩm định;yes-no;\r\n";
		assertThatExceptionOfType(IndexSetFiles.IndexSetFileException.class)
			.isThrownBy(() -> IndexSetFiles.criteriaFromCsv(
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), this.limits.fileLimits()))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.column() + issue.row() + " " + issue.messageKey())
				.containsExactlyInAnyOrder("C4 methodology.node.needs-parent", "C5 methodology.node.needs-parent",
						"C6 methodology.node.area-has-parent", "C7 methodology.node.parent-level"));
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2052, groupId(), "Bộ chỉ số 2052",
				"", Optional.of(set(2021).id()), Map.of(), null, null));
		WebClient office = signedIn("sonoivu");
		importFile(office, draft, "mo-coi.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(office.page("/admin/methodology/index-sets/" + draft.id()).body())
			.contains("Dòng 4, cột C: Mục 1.1.1 ở cấp Tiêu chí thành phần nên phải có mục cha");
		assertThat(this.methodology.find(draft.id()).orElseThrow().nodes()).hasSize(draft.nodes().size());
		CreateIndexSet.NodeDraft orphan = new CreateIndexSet.NodeDraft("1.9.9", Optional.empty(), Level.SUB_CRITERION,
				"Thành phần mồ côi", "", BigDecimal.ONE, Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "",
				"");
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.editor.saveNode(draft.id(), draft.version(), Optional.empty(), orphan))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.containsExactly("methodology.node.needs-parent"));
	}

	/** The public criteria page writes each rule as a sentence, not in its notation. */
	@Test
	void thePublicCriteriaPageWritesRulesAsSentences() {
		WebClient visitor = new WebClient(this.port);
		String vi = visitor.page("/methodology/index-sets/2021/gia-lai-district").body();
		assertThat(vi).contains("Đạt: ")
			.contains("Tỷ lệ đạt từ 50 % trở lên")
			.doesNotContain("full-at=")
			.doesNotContain(">yes-no<");
		String en = visitor.page("/methodology/index-sets/2021/gia-lai-district?lang=en").body();
		assertThat(en).contains("Met: ").doesNotContain("full-at=");
	}

	private HttpResponse<String> importFile(WebClient office, IndexSetView draft, String name, byte[] content) {
		String page = "/admin/methodology/index-sets/" + draft.id();
		int version = this.methodology.find(draft.id()).orElseThrow().version();
		return office.multipart(page, page + "/import", List.of(Map.entry("version", Integer.toString(version))),
				List.of(new WebClient.FilePart("file", name, content)));
	}

	private List<String> comparable(List<NodeView> nodes) {
		return nodes.stream()
			.map((node) -> String.join("|", node.code(), node.parentCode().orElse(""), node.level().name(), node.name(),
					node.nameEn(), node.maxPoints().stripTrailingZeros().toPlainString(),
					node.component().map(Enum::name).orElse(""), node.rule().orElse(""), node.guidance(),
					node.evidence()))
			.toList();
	}

	private WebClient signedIn(String username) {
		WebClient web = new WebClient(this.port);
		web.signIn(username, "parindex-demo");
		return web;
	}

	private IndexSetView set(int year) {
		return this.methodology.find(year, groupId()).orElseThrow();
	}

	private long groupId() {
		return this.organization.findGroup("gia-lai-district").orElseThrow().id();
	}

	private static Map<Component, BigDecimal> maxima() {
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, new BigDecimal("64"));
		maxima.put(Component.SURVEY, new BigDecimal("30"));
		return maxima;
	}

}
