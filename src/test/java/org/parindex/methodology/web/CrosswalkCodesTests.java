package org.parindex.methodology.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the crosswalk's field is read: the codes typed, separated by commas, semicolons or
 * spaces, and a line of the previous year's list pasted whole read as its code (walk of
 * issue 12: "8.4.1 — Tên … (1,5 điểm)" was refused on "—").
 */
class CrosswalkCodesTests {

	@Test
	void readsCodesSeparatedByCommasSemicolonsOrSpacesOnceEach() {
		assertThat(CrosswalkController.codes(List.of("8.4.2;  8.4.1"))).containsExactly("8.4.2", "8.4.1");
		assertThat(CrosswalkController.codes(List.of("8.4.1, 8.4.2, 8.4.1", "", " "))).containsExactly("8.4.1",
				"8.4.2");
		assertThat(CrosswalkController.codes(List.of("1.1 2.1"))).containsExactly("1.1", "2.1");
		assertThat(CrosswalkController.codes(List.of(""))).isEmpty();
	}

	@Test
	void readsALinePastedFromTheListAsItsCode() {
		assertThat(
				CrosswalkController.codes(List.of("8.4.1 — Số xã đạt chuẩn nông thôn mới, theo kế hoạch (1,5 điểm)")))
			.containsExactly("8.4.1");
		assertThat(CrosswalkController.codes(List
			.of("8.4.1 — Tỷ lệ (%) hồ sơ đúng hạn (1,5 điểm), 8.4.2 — Số xã đạt chuẩn nông thôn mới so với kế hoạch (2 điểm)")))
			.containsExactly("8.4.1", "8.4.2");
		assertThat(CrosswalkController.codes(List.of("8.4.1 — Rate of files on time (1.5 points)")))
			.containsExactly("8.4.1");
		// a name without its points, up to the next comma
		assertThat(CrosswalkController.codes(List.of("8.4.1 — Tên tiêu chí, 8.4.2"))).containsExactly("8.4.1", "8.4.2");
		assertThat(CrosswalkController.codes(List.of("8.4.1 – Tên tiêu chí"))).containsExactly("8.4.1");
		// the "no counterpart" line pasted: no code
		assertThat(CrosswalkController.codes(List.of("— Không có tiêu chí tương ứng —"))).isEmpty();
		// a hyphen inside a code is the code's
		assertThat(CrosswalkController.codes(List.of("A-1, B-2"))).containsExactly("A-1", "B-2");
	}

}
