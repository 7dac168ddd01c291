package org.parindex.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typed sentence set before a message's own full stop loses its closing full stop (walk
 * of 02/12, finding 12: "…tháng 6/2022.. Tổng điểm").
 */
class TextTests {

	/**
	 * A text area's line break, sent by the browser as CR LF, is one character, as the
	 * writer sees it (walk of 03/12: 260 short lines were 778 characters against a limit
	 * of 500); composed and decomposed Vietnamese are the same text.
	 */
	@Test
	void aLineBreakIsOneCharacterAndVietnameseIsComposed() {
		assertThat(Text.normalize("Dòng một\r\nDòng hai\rDòng ba\n")).isEqualTo("Dòng một\nDòng hai\nDòng ba");
		assertThat(Text.normalize("a\r\n".repeat(260)).length()).isEqualTo(519);
		assertThat(Text.normalize("Tie\u0302\u0301ng Vie\u0323\u0302t")).isEqualTo("Tiếng Việt");
	}

	@Test
	void aClauseLosesItsClosingFullStopOnly() {
		assertThat(Text.clause("Đã có bằng chứng công khai trên Cổng dịch vụ công từ tháng 6/2022."))
			.isEqualTo("Đã có bằng chứng công khai trên Cổng dịch vụ công từ tháng 6/2022");
		assertThat(Text.clause("Theo Công văn 12/SNV.  ")).isEqualTo("Theo Công văn 12/SNV");
		assertThat(Text.clause("Thiếu tài liệu kiểm chứng tiêu chí 2.1"))
			.isEqualTo("Thiếu tài liệu kiểm chứng tiêu chí 2.1");
		assertThat(Text.clause("Vì sao chưa nộp?")).isEqualTo("Vì sao chưa nộp?");
		assertThat(Text.clause("")).isEmpty();
	}

	/**
	 * A reason set at the end of a notice ("Lý do: {0}") ends with exactly one full stop
	 * whatever it was typed with (issue 9, #11 and #25: the correction notice had none).
	 */
	@Test
	void aSentenceEndsWithExactlyOneFullStop() {
		assertThat(Text.sentence("Nhập sai số liệu")).isEqualTo("Nhập sai số liệu.");
		assertThat(Text.sentence("Nhập sai số liệu.")).isEqualTo("Nhập sai số liệu.");
		assertThat(Text.sentence("  Nhập sai số liệu;  ")).isEqualTo("Nhập sai số liệu.");
		assertThat(Text.sentence("Theo kiến nghị của huyện,")).isEqualTo("Theo kiến nghị của huyện.");
		assertThat(Text.sentence("Vì sao chưa nộp?")).isEqualTo("Vì sao chưa nộp?");
		assertThat(Text.sentence("Xem lại…")).isEqualTo("Xem lại…");
		assertThat(Text.sentence("Theo Công văn 12/SNV (đã gửi huyện.)"))
			.isEqualTo("Theo Công văn 12/SNV (đã gửi huyện.)");
		assertThat(Text.sentence("Theo “Hướng dẫn số 5.”")).isEqualTo("Theo “Hướng dẫn số 5.”");
		assertThat(Text.sentence("Tiêu chí 2.1")).isEqualTo("Tiêu chí 2.1.");
		assertThat(Text.sentence("   ")).isEmpty();
	}

	@Test
	void namesSortInVietnameseOrderAndFoldForComparison() {
		java.util.List<String> names = new java.util.ArrayList<>(
				java.util.List.of("Phú Thiện", "Đak Pơ", "Kbang", "Chư Sê", "Mang Yang", "Đak Đoa"));
		names.sort(Text.VIETNAMESE_ORDER);
		assertThat(names).containsExactly("Chư Sê", "Đak Đoa", "Đak Pơ", "Kbang", "Mang Yang", "Phú Thiện");
		assertThat(Text.folded("  Đăk  Pơ ")).isEqualTo("dak po");
	}

}
