package org.parindex.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typed sentence set before a message's own full stop loses its closing full stop (walk
 * of 02/12, finding 12: "…tháng 6/2022.. Tổng điểm").
 */
class TextTests {

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

}
