package org.parindex.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.assessment.CycleService;
import org.parindex.methodology.CreateIndexSet;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A past year imported from a file (issue 12, item 8): 2019 on the demo's 2020 tree,
 * every unit of the demo's group with figures made up per unit. A bad file is refused
 * with its problems by row and column, read back from the page, and nothing is kept; the
 * good file's year is published and its ranking's totals and ranks are the engine's (the
 * sum of the file's points, bonus less deduction, ranked), and 2020 compares with it. Its
 * own context (it publishes a year). Run against H2 ({@link PastYearImportH2IT}) and
 * PostgreSQL ({@link PastYearImportPostgresIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.test.context=past-year-import" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class PastYearImportScenario {

	private static final String GROUP = "gia-lai-district";

	@LocalServerPort
	int port;

	@Autowired
	MethodologyService methodology;

	@Autowired
	CycleService cycles;

	@Autowired
	java.time.Clock clock;

	@Test
	void aPastYearIsImportedCheckedAndPublishedWithTheEnginesFigures() throws Exception {
		IndexSetView set2020 = this.methodology
			.find(this.methodology.list().stream().filter((s) -> s.year() == 2020).findFirst().orElseThrow().id())
			.orElseThrow();
		List<CreateIndexSet.NodeDraft> tree = set2020.nodes()
			.stream()
			.map((node) -> new CreateIndexSet.NodeDraft(node.code(), node.parentCode(), node.level(), node.name(),
					node.nameEn(), node.maxPoints(), node.component(), node.rule(), node.guidance(), node.evidence()))
			.toList();
		IndexSetView set = this.methodology.create(new CreateIndexSet(2019, set2020.unitGroupId(),
				"Bộ chỉ số năm 2019 (kiểm thử)", set2020.legalBasis(), true, set2020.componentMaxima(),
				set2020.bonusCap(), set2020.deductionCap(), set2020.tiePlaces(),
				set2020.classes()
					.stream()
					.map((c) -> new CreateIndexSet.ClassBandDraft(c.code(), c.name(), c.nameEn(), c.minPercent()))
					.toList(),
				tree));
		WebClient office = WebClient.signedIn(this.port, "sonoivu", "parindex-demo");
		String page = "/admin/reporting/past-years/" + set.id();
		// reached from the list of index sets while the set is not published
		assertThat(office.page("/admin/methodology/index-sets").body()).contains("id=\"past-year-" + set.id() + "\"",
				"href=\"" + page + "\"");
		// and from the set's own page, the list saying how (walk of issue 12: found only
		// by reading the source)
		assertThat(org.jsoup.Jsoup.parse(office.page("/admin/methodology/index-sets/" + set.id()).body())
			.select("#past-year-link")
			.attr("href")).isEqualTo(page);
		assertThat(org.jsoup.Jsoup.parse(office.page("/admin/methodology/index-sets").body()).text())
			.contains("Một năm đã đánh giá ngoài ParIndex: tạo (hoặc sao chép) bộ chỉ số của năm đó");
		// and from the PAR office's home, which lists the sets a year can be imported
		// into, and no other
		org.jsoup.nodes.Element home = org.jsoup.Jsoup.parse(office.page("/account").body())
			.select("#past-years")
			.first();
		assertThat(home.text()).startsWith("Nhập kết quả năm đã đánh giá ngoài ParIndex:");
		assertThat(home.select("a.past-year-set").eachAttr("href")).contains(page);
		for (var listed : this.methodology.list()) {
			if (listed.year() >= 2020) {
				assertThat(home.select("a.past-year-set").eachAttr("href"))
					.doesNotContain("/admin/reporting/past-years/" + listed.id());
			}
		}
		// never for a set with a cycle, under way or published: the page would only say
		// so (walk A of 02/12, finding 11)
		for (var listed : this.methodology.list()) {
			if (listed.year() >= 2020) {
				assertThat(office.page("/admin/methodology/index-sets").body())
					.doesNotContain("id=\"past-year-" + listed.id() + "\"");
			}
		}
		assertThat(office.page(page).body()).contains("template.xlsx");
		byte[] template = office.bytes(page + "/template.xlsx");
		// kept for the check with LibreOffice in docs/reports.md
		java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"))
			.resolve("past-year-template-2019.xlsx"), template);

		// the template filled in: each unit's points a share of each maximum, its own
		Map<String, BigDecimal> expected = new LinkedHashMap<>();
		byte[] good;
		byte[] bad;
		Map<String, NodeView> leaves = new HashMap<>();
		set.nodes().stream().filter(NodeView::isLeaf).forEach((leaf) -> leaves.put(leaf.code(), leaf));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Điểm");
			// printable as officers file it: A4 landscape, one page wide, header repeated
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
			assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
			assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(12 * 256);
			List<String> units = new ArrayList<>();
			for (int index = 1; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				String unit = row.getCell(0).getStringCellValue();
				String code = row.getCell(2).getStringCellValue();
				if (!units.contains(unit)) {
					units.add(unit);
				}
				int u = units.indexOf(unit);
				BigDecimal max = BigDecimal.valueOf(row.getCell(4).getNumericCellValue());
				BigDecimal points;
				if (code.equals(PastYearFile.BONUS)) {
					points = BigDecimal.valueOf(u % 3);
					expected.merge(unit, points, BigDecimal::add);
				}
				else if (code.equals(PastYearFile.DEDUCTION)) {
					points = new BigDecimal("0.25").multiply(BigDecimal.valueOf(u % 2));
					expected.merge(unit, points.negate(), BigDecimal::add);
				}
				else {
					assertThat(leaves.get(code).maxPoints()).isEqualByComparingTo(max);
					points = max.multiply(BigDecimal.valueOf(50 + ((u * 7 + index) % 50)))
						.divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
					expected.merge(unit, points, BigDecimal::add);
				}
				row.createCell(5).setCellValue(points.doubleValue());
				if (index == 1) {
					// column G: the reason the decision published for the loss
					row.createCell(6).setCellValue("Chưa ban hành kế hoạch kiểm tra công vụ năm 2019");
				}
			}
			good = write(workbook);
			// row 7 over its maximum, row 8 not a number, row 9 an unknown unit, row 10
			// the same unit and criterion as row 11 (row 11 twice)
			sheet.getRow(6).getCell(5).setCellValue(sheet.getRow(6).getCell(4).getNumericCellValue() + 0.5);
			sheet.getRow(7).getCell(5).setCellValue("nhiều");
			sheet.getRow(8).getCell(0).setCellValue("khong-co");
			sheet.getRow(10).getCell(2).setCellValue(sheet.getRow(9).getCell(2).getStringCellValue());
			// row 12: a name beside its code that is not that unit's (walk of issue 12)
			sheet.getRow(11).getCell(1).setCellValue("Huyện Không Có");
			bad = write(workbook);
		}
		String code7;
		String max7;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bad))) {
			Row row = workbook.getSheetAt(0).getRow(6);
			code7 = row.getCell(2).getStringCellValue();
			max7 = new BigDecimal(Double.toString(row.getCell(4).getNumericCellValue())).stripTrailingZeros()
				.toPlainString()
				.replace('.', ',');
		}

		HttpResponse<String> refused = office.multipart(page, page, List.of(Map.entry("publishedOn", "2020-03-20")),
				List.of(new WebClient.FilePart("file", "ket-qua-2019.xlsx", bad)));
		String text = refused.body();
		assertThat(text).contains("Dòng 7, cột F (tiêu chí " + code7 + "):")
			.contains("vượt điểm tối đa " + max7)
			.contains("Dòng 8, cột F")
			.contains("“nhiều” không phải là số")
			.contains("Dòng 9, cột A: không có đơn vị mã “khong-co”")
			.contains("Dòng 11, cột C")
			.contains("đã có ở dòng 10")
			.contains("Dòng 12, cột B: tên “Huyện Không Có” không phải tên đơn vị mã");
		assertThat(this.cycles.findForSet(set.id())).isEmpty();

		// a publication date still to come (2030 typed for 2020): refused, nothing shown
		// as published then (walk of issue 12)
		String future = java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
			.plusDays(1)
			.toString();
		HttpResponse<String> ahead = office.multipart(page, page, List.of(Map.entry("publishedOn", future)),
				List.of(new WebClient.FilePart("file", "ket-qua-2019.xlsx", good)));
		assertThat(org.jsoup.Jsoup.parse(ahead.body()).text()).contains("chưa đến (hôm nay là ")
			.contains("hãy ghi ngày của quyết định đã công bố kết quả năm 2019");
		assertThat(ahead.body()).doesNotContain("id=\"preview\"");
		assertThat(this.cycles.findForSet(set.id())).isEmpty();

		// a unit's rows deleted: refused by its name, never ranked last with 0 (walk of
		// issue 12); the maximum and the points swapped: refused by the header
		byte[] withoutUnit;
		byte[] swapped;
		String leftOut;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good))) {
			Sheet sheet = workbook.getSheetAt(0);
			leftOut = sheet.getRow(1).getCell(0).getStringCellValue();
			for (int index = sheet.getLastRowNum(); index >= 1; index--) {
				Row row = sheet.getRow(index);
				if (row != null && row.getCell(0).getStringCellValue().equals(leftOut)) {
					sheet.removeRow(row);
				}
			}
			withoutUnit = write(workbook);
			Row header = sheet.getRow(0);
			header.getCell(4).setCellValue("Điểm");
			header.getCell(5).setCellValue("Điểm tối đa");
			swapped = write(workbook);
		}
		String absent = org.jsoup.Jsoup
			.parse(office.multipart(page, page, List.of(Map.entry("publishedOn", "2020-03-20")),
					List.of(new WebClient.FilePart("file", "ket-qua-2019.xlsx", withoutUnit)))
				.body())
			.text();
		assertThat(absent).contains("(mã “" + leftOut + "”) của khối không có dòng nào trong tệp");
		String header = org.jsoup.Jsoup
			.parse(office.multipart(page, page, List.of(Map.entry("publishedOn", "2020-03-20")),
					List.of(new WebClient.FilePart("file", "ket-qua-2019.xlsx", swapped)))
				.body())
			.text();
		assertThat(header).contains("Dòng 1, cột E: tiêu đề “Điểm”, cần “Điểm tối đa”");
		assertThat(this.cycles.findForSet(set.id())).isEmpty();

		// a date before the year: said as such, not as a self-assessment deadline
		HttpResponse<String> early = office.multipart(page, page, List.of(Map.entry("publishedOn", "2010-05-05")),
				List.of(new WebClient.FilePart("file", "ket-qua-2019.xlsx", good)));
		assertThat(org.jsoup.Jsoup.parse(early.body()).text())
			.contains("Ngày công bố 05/05/2010 trước năm 2019: kết quả năm 2019 được công bố từ năm 2019 trở đi")
			.doesNotContain("Tự đánh giá");
		assertThat(this.cycles.findForSet(set.id())).isEmpty();

		// an instructions sheet placed before the table: passed over, and the page says
		// which sheet it read (walk of issue 12: the instructions were read as data)
		byte[] guided;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good))) {
			String table = workbook.getSheetName(0);
			Sheet guide = workbook.createSheet("Hướng dẫn");
			guide.createRow(0).createCell(0).setCellValue("Ghi điểm vào cột F");
			guide.createRow(1).createCell(0).setCellValue("Mã đơn vị, Tên đơn vị, Mã tiêu chí: không sửa.");
			// the header quoted as an example: still fewer rows than the table
			Row example = guide.createRow(2);
			for (int c = 0; c < 6; c++) {
				example.createCell(c).setCellValue(workbook.getSheetAt(0).getRow(0).getCell(c).getStringCellValue());
			}
			workbook.setSheetOrder("Hướng dẫn", 0);
			workbook.setActiveSheet(0);
			guided = write(workbook);
			assertThat(table).isEqualTo("Kết quả 2019");
		}
		HttpResponse<String> preview = office.multipart(page, page, List.of(Map.entry("publishedOn", "2020-03-20")),
				List.of(new WebClient.FilePart("file", "ket-qua-2019.xlsx", guided)));
		assertThat(preview.body()).contains("id=\"preview\"").doesNotContain("id=\"problems\"");
		assertThat(org.jsoup.Jsoup.parse(preview.body()).text()).contains("Đã đọc trang tính “Kết quả 2019”");
		// as a newcomer reads it: the codes the reader takes, ranks in the set's style,
		// totals with a decimal comma, the class's name (never its code), the way back
		org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(preview.body());
		assertThat(shown.select("#past-year-codes code").eachText()).containsExactly(PastYearFile.BONUS,
				PastYearFile.DEDUCTION);
		assertThat(shown.select(".breadcrumb a").eachAttr("href"))
			.contains("/admin/methodology/index-sets/" + set.id());
		org.jsoup.select.Elements rows = shown.select("#preview-table tbody tr");
		assertThat(rows).hasSize(expected.size());
		assertThat(rows.first().select(".preview-rank").text()).isEqualTo("01/" + expected.size());
		assertThat(rows.first().select("td").get(1).text()).matches("^(Huyện|Thị xã|Thành phố) .+");
		assertThat(rows.eachText()).allSatisfy((row) -> assertThat(row).doesNotContain("."));
		assertThat(rows.select(".preview-total").eachText()).allMatch((total) -> total.matches("^\\d{1,3},\\d{2}$"));
		List<String> classNames = set.classes().stream().map((c) -> c.name()).toList();
		assertThat(rows.select(".preview-class").eachText()).allSatisfy((name) -> assertThat(name).isIn(classNames));
		assertThat(this.cycles.findForSet(set.id())).isEmpty();
		String token = preview.body().replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		// publishing is final: asked first, nothing published without the box ticked
		// (walk of issue 12: one click published the year)
		assertThat(org.jsoup.Jsoup.parse(preview.body()).select("#understood[required]")).hasSize(1);
		HttpResponse<String> unticked = office.post(page, page + "/confirm", Map.of("token", token));
		assertThat(org.jsoup.Jsoup.parse(unticked.body()).text())
			.contains("Hãy đánh dấu ô xác nhận đã kiểm tra bảng kết quả trước khi công bố. Chưa nhập gì.");
		assertThat(unticked.body()).contains("id=\"preview\"");
		assertThat(this.cycles.findForSet(set.id())).isEmpty();
		HttpResponse<String> published = office.post(page, page + "/confirm",
				Map.of("token", token, "understood", "true"));
		assertThat(published.statusCode()).isLessThan(400);
		// the same preview sent again: said to be imported, not to have run out
		assertThat(org.jsoup.Jsoup
			.parse(office.post(page, page + "/confirm", Map.of("token", token, "understood", "true")).body())
			.text()).contains("Năm 2019 đã có kỳ đánh giá hoặc đã công bố").doesNotContain("hết hạn");

		// the ranking: totals and ranks the engine's, from the file's points
		List<String> order = new ArrayList<>(expected.keySet());
		order.sort(Comparator.comparing(expected::get).reversed());
		JsonNode ranking = office.json("/api/v1/reporting/rankings/2019/" + GROUP);
		assertThat(ranking.get("ranking")).hasSize(expected.size());
		Map<String, Integer> ranks2019 = new HashMap<>();
		for (JsonNode row : ranking.get("ranking")) {
			String unit = row.get("unit").get("code").asString();
			assertThat(row.get("total").decimalValue()).as(unit)
				.isEqualByComparingTo(expected.get(unit).setScale(2, RoundingMode.HALF_UP));
			ranks2019.put(unit, row.get("rank").intValue());
		}
		assertThat(ranks2019.get(order.get(0))).isEqualTo(1);
		assertThat(ranks2019.get(order.get(order.size() - 1))).isEqualTo(expected.size());
		// marked on the ranking and the scorecard
		assertThat(office.page("/reporting/rankings/2019/" + GROUP).body()).contains("id=\"imported\"")
			.contains("Kết quả nhập từ tệp (kết quả cuối cùng công bố ngày 20/03/2020)");
		assertThat(office.page("/reporting/scorecards/2019/" + GROUP + "/" + order.get(0)).body())
			.contains("id=\"imported\"");
		// the reason of column G on the scorecard; no criterion said to be adjusted by
		// appraisers (walk of issue 12: "Điểm thẩm định điều chỉnh: đơn vị chưa tự chấm")
		String withReason = org.jsoup.Jsoup
			.parse(office.page("/reporting/scorecards/2019/" + GROUP + "/" + expected.keySet().iterator().next())
				.body())
			.text();
		assertThat(withReason).contains("Chưa ban hành kế hoạch kiểm tra công vụ năm 2019")
			.doesNotContain("Điểm thẩm định điều chỉnh");
		// the import's mark is no reason: a criterion without column G, the bonus and the
		// deduction are published without one (walk of issue 12: "Lý do công bố: Kết quả
		// nhập từ tệp" on every criterion)
		for (String unit : expected.keySet()) {
			org.jsoup.nodes.Document card = org.jsoup.Jsoup
				.parse(office.page("/reporting/scorecards/2019/" + GROUP + "/" + unit).body());
			assertThat(card.select("#scorecard-adjustments").text()).doesNotContain(PastYearImport.REASON)
				.doesNotContain("điểm:");
			// survey points taken from the file, never from responses: no "0 ý kiến hợp
			// lệ"
			assertThat(card.text()).doesNotContain("ý kiến hợp lệ");
			assertThat(org.jsoup.Jsoup.parse(office.page("/reporting/plans/2019/" + GROUP + "/" + unit).body())
				.select("main")
				.text()).doesNotContain(PastYearImport.REASON);
		}
		assertThat(office.page("/reporting/rankings/2020/" + GROUP).body()).doesNotContain("id=\"imported\"");
		// 2020 compares with the imported year
		JsonNode ranking2020 = office.json("/api/v1/reporting/rankings/2020/" + GROUP);
		assertThat(ranking2020.get("previousYear").intValue()).isEqualTo(2019);
		JsonNode first = ranking2020.get("ranking").get(0);
		assertThat(first.get("change").get("previousRank").intValue())
			.isEqualTo(ranks2019.get(first.get("unit").get("code").asString()));

		// a second import of the published year is refused
		assertThat(office.page(page).body()).contains("chỉ sửa được qua chức năng đính chính");
	}

	private static byte[] write(XSSFWorkbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
