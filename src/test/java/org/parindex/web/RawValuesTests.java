package org.parindex.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector of the page crawl finds the raw values seen in issue 9 and leaves codes,
 * Vietnamese numbers and dates alone.
 */
class RawValuesTests {

	@Test
	void findsTheRawValuesSeenInTheYear() {
		assertThat(values("Lịch sử: met=1 → 0.5000")).containsExactlyInAnyOrder("met=1", "0.5000");
		assertThat(values("→ 0.34722222225000")).containsExactly("0.34722222225000");
		assertThat(values("Ngày ban hành 2022-01-10")).containsExactly("2022-01-10");
		assertThat(values("Chuyển giai đoạn năm 2.022 (dữ liệu minh họa)")).containsExactly("năm 2.022");
		assertThat(values("năm 2022; 1.250 hồ sơ năm 2021")).isEmpty();
		assertThat(values("Nhận e-mail nhắc việc; self-saved")).containsExactly("self-saved");
		assertThat(values("leaf self-saved areas-assigned 0.90000000000000 set=3; areas=[3, 7]"))
			.containsExactlyInAnyOrder("0.90000000000000", "self-saved", "areas-assigned", "set=3", "areas=[");
		assertThat(values("Phần APPRAISAL: phải ở cấp AREA, SUBMITTED, SELF_ASSESSMENT"))
			.containsExactlyInAnyOrder("APPRAISAL", "AREA", "SUBMITTED", "SELF_ASSESSMENT");
		assertThat(values("Tiêu đề assessment.history.round1 và ??stage.council_vi??"))
			.containsExactlyInAnyOrder("assessment.history.round1", "??stage.council_vi??");
	}

	@Test
	void leavesCodesNumbersAndDatesAsPeopleWriteThem() {
		assertThat(values("Tiêu chí 1.1.3 và 3.3.4, lĩnh vực 3.3; 75,26/100 xếp thứ 06/17; 1.250/2.160 hồ sơ; "
				+ "ngày 24/05/2022 16h00; tệp mẫu .xlsx; gialai.gov.vn; UBND tỉnh; CCHC; JSON"))
			.isEmpty();
	}

	@Test
	void readsOnlyTheVisibleText() {
		assertThat(RawValues.inPage("<html><head><title>Trang</title><style>.a{width:0.5000px}</style></head>"
				+ "<body><p data-x=\"set=3\" title=\"2022-01-10\">Đạt</p><script>var x = 'SELF_ASSESSMENT';</script>"
				+ "<input value=\"0.1234\"></body></html>"))
			.isEmpty();
		assertThat(RawValues.inPage("<html><body><td>0.5000</td></body></html>")).hasSize(1);
		assertThat(RawValues.inPage("<html><body><td><code>dak-po</code></td><td>dak-po</td></body></html>"))
			.extracting(RawValues.Finding::value)
			.containsExactly("dak-po");
	}

	private static List<String> values(String text) {
		return RawValues.inText(text).stream().map(RawValues.Finding::value).toList();
	}

}
