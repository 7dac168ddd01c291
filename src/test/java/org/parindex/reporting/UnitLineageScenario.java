package org.parindex.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitChanges;
import org.parindex.organization.UnitKind;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units' history followed in the year-over-year comparison and shown on the scorecard
 * (docs/scoring.md, "Year over year"), on the demo's published 2020 and 2021: Kbang
 * merges into Kông Chro on 01/07/2021 (Kông Chro continues), Đak Pơ is reestablished
 * under a new code on 01/01/2022, Ia Grai becomes a town on 01/01/2022. Its own context
 * (the history it records would change the golden figures' pages). Run against H2
 * ({@link UnitLineageH2IT}) and PostgreSQL ({@link UnitLineagePostgresIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.test.context=unit-lineage" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class UnitLineageScenario {

	private static final String GROUP = "gia-lai-district";

	@LocalServerPort
	int port;

	@Autowired
	OrganizationService organization;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	/** Issue 12: with no agency settings the portal's footer shows no contact block. */
	@Test
	void withoutAgencySettingsTheFooterHasNoContact() {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(this.web.page("/reporting/rankings/2021/" + GROUP).body());
		assertThat(page.select("footer")).hasSize(1);
		assertThat(page.select("footer #footer-agency, footer address")).isEmpty();
	}

	@Test
	void aMergedUnitIsNotComparedAndEveryScorecardShowsTheHistory() throws Exception {
		JsonNode before = this.web.json("/api/v1/reporting/rankings/2021/" + GROUP);
		assertThat(row(before, "kong-chro").get("change").get("previousRank").intValue()).isPositive();
		JsonNode ranking2020 = this.web.json("/api/v1/reporting/rankings/2020/" + GROUP);
		JsonNode kbang2020 = row(ranking2020, "kbang");
		JsonNode kongChro2020 = row(ranking2020, "kong-chro");

		this.organization.mergeUnits(new UnitChanges.MergeUnits(List.of("kbang", "kong-chro"), Optional.empty(),
				Optional.of("kong-chro"), LocalDate.of(2021, 7, 1), "Kiểm thử: sáp nhập Kbang vào Kông Chro"));
		this.organization.splitUnit(new UnitChanges.SplitUnit("dak-po",
				List.of(new UnitChanges.NewUnit("dak-po-moi", UnitKind.DISTRICT, "Đak Pơ Mới")),
				LocalDate.of(2022, 1, 1), "Kiểm thử: tái lập huyện Đak Pơ"));
		this.organization.renameUnit(new UnitChanges.RenameUnit("ia-grai", "Ia Grai Mới", Optional.of(UnitKind.TOWN),
				LocalDate.of(2022, 1, 1), "Kiểm thử: huyện thành thị xã"));

		// the ranking API: Kông Chro took in Kbang during 2021, so no change; the others
		// (Kbang's own 2021 result, Đak Pơ before its reestablishment) compare as before
		JsonNode ranking = this.web.json("/api/v1/reporting/rankings/2021/" + GROUP);
		assertThat(ranking.get("previousYear").intValue()).isEqualTo(2020);
		JsonNode kongChro = row(ranking, "kong-chro");
		assertThat(kongChro.get("change") == null || kongChro.get("change").isNull()).isTrue();
		assertThat(row(ranking, "kbang").get("change").get("previousRank").intValue())
			.isEqualTo(kbang2020.get("rank").intValue());
		JsonNode dakPo = row(ranking, "dak-po").get("change");
		assertThat(dakPo.get("previousRank").intValue()).isEqualTo(2);
		assertThat(dakPo.get("rankDelta").intValue()).isEqualTo(-4);
		assertThat(dakPo.get("comparedWith") == null || dakPo.get("comparedWith").isNull()).isTrue();

		// Kông Chro's scorecard: its history, and both units' 2020 results instead of a
		// change
		String kongChroPage = text(this.web.page("/reporting/scorecards/2021/" + GROUP + "/kong-chro").body());
		assertThat(kongChroPage).contains("Lịch sử đơn vị",
				"Tiếp nhận các đơn vị sáp nhập vào, từ ngày 01/07/2021: Huyện Kbang",
				"Đơn vị sáp nhập hoặc chia tách sau năm 2020 nên không so sánh thứ hạng. Kết quả năm 2020 của các đơn vị trước đó:",
				"Huyện Kông Chro : " + points(kongChro2020) + " điểm, xếp thứ "
						+ kongChro2020.get("rankLabel").asString(),
				"Huyện Kbang : " + points(kbang2020) + " điểm, xếp thứ " + kbang2020.get("rankLabel").asString())
			.doesNotContain("bậc so với năm 2020");
		String kongChroHtml = this.web.page("/reporting/scorecards/2021/" + GROUP + "/kong-chro").body();
		assertThat(kongChroHtml).contains("href=\"/reporting/scorecards/2021/" + GROUP + "/kbang\"",
				"href=\"/reporting/scorecards/2020/" + GROUP + "/kbang\"",
				"href=\"/reporting/scorecards/2020/" + GROUP + "/kong-chro\"");
		assertThat(this.web.json("/api/v1/reporting/scorecards/2021/" + GROUP + "/kong-chro?lang=vi")
			.get("narrative")
			.toString()).doesNotContain("bậc so với");

		// Kbang's scorecard: merged into Kông Chro, linked to its 2021 scorecard
		assertThat(text(this.web.page("/reporting/scorecards/2021/" + GROUP + "/kbang").body()))
			.contains("Sáp nhập, từ ngày 01/07/2021, vào: Huyện Kông Chro");

		// Đak Pơ: reestablished under a new code that has no published year yet (no
		// link);
		// its 2021 comparison and narrative are unchanged
		String dakPoHtml = this.web.page("/reporting/scorecards/2021/" + GROUP + "/dak-po").body();
		assertThat(text(dakPoHtml)).contains("Tái lập, từ ngày 01/01/2022, thành: Huyện Đak Pơ Mới",
				"giảm 04 bậc so với năm 2020");
		assertThat(dakPoHtml).doesNotContain("/dak-po-moi\"");

		// Ia Grai: renamed, in Vietnamese and in English
		assertThat(text(this.web.page("/reporting/scorecards/2021/" + GROUP + "/ia-grai").body()))
			.contains("Đổi tên từ Huyện Ia Grai thành Thị xã Ia Grai Mới, từ ngày 01/01/2022");
		assertThat(text(this.web.page("/reporting/scorecards/2021/" + GROUP + "/ia-grai?lang=en").body()))
			.contains("Unit history", "Renamed from");

		// issue 12, item 3: the ranking workbook and the results report say so too (the
		// files built before the merge are not served after it)
		// (in Vietnamese: the English page above left this client's language at English)
		assertThat(remarks(this.web.bytes("/reporting/rankings/2021/" + GROUP + "/xlsx?lang=vi")))
			.containsEntry("Kông Chro", "hình thành từ: Huyện Kông Chro, Huyện Kbang; không so sánh với năm 2020")
			.containsEntry("Kbang", "")
			.containsEntry("Đak Pơ", "");
		try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(
						this.web.bytes("/reporting/rankings/2021/" + GROUP + "/report.docx")))) {
			org.apache.poi.xwpf.usermodel.XWPFTable annex = docx.getTables()
				.stream()
				.filter((table) -> table.getText().contains("Điểm thẩm định (/64)"))
				.findFirst()
				.orElseThrow();
			java.util.Map<String, String> change = new java.util.HashMap<>();
			annex.getRows()
				.forEach((row) -> change.put(row.getCell(1).getText(),
						row.getCell(row.getTableCells().size() - 1).getText()));
			assertThat(change)
				.containsEntry("Huyện Kông Chro",
						"hình thành từ: Huyện Kông Chro, Huyện Kbang; không so sánh với năm 2020")
				.containsEntry("Huyện Đak Pơ", "Giảm 04 bậc");
		}

		// a unit without history shows no block
		assertThat(this.web.page("/reporting/scorecards/2021/" + GROUP + "/pleiku").body())
			.doesNotContain("id=\"unit-history\"");
	}

	/** The ranking workbook's remark column, by unit name. */
	private static java.util.Map<String, String> remarks(byte[] xlsx) {
		java.util.Map<String, String> remarks = new java.util.HashMap<>();
		try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			int remark = -1;
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					if (cell.toString().equals("Ghi chú")) {
						remark = cell.getColumnIndex();
					}
				}
				if (remark >= 0 && row.getCell(1) != null && row.getCell(0) != null
						&& row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					org.apache.poi.ss.usermodel.Cell cell = row.getCell(remark);
					remarks.put(row.getCell(1).getStringCellValue(), (cell != null) ? cell.toString() : "");
				}
			}
			assertThat(remark).as("a remark column").isNotNegative();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return remarks;
	}

	private static String points(JsonNode row) {
		return String.format(Locale.ROOT, "%.2f", row.get("total").decimalValue()).replace('.', ',');
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
			.replaceAll("\\s+", " ");
	}

	private static JsonNode row(JsonNode ranking, String unit) {
		for (JsonNode row : ranking.get("ranking")) {
			if (unit.equals(row.get("unit").get("code").asString())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + unit);
	}

}
