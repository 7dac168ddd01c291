package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Component;
import org.parindex.engine.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crosswalk's suggestions and decisions (issue 12, item 6;
 * {@link CrosswalkService#entries}).
 */
class CrosswalkSuggestionTests {

	private static final List<NodeView> BEFORE = List.of(leaf("1.1", "Ban hành kế hoạch CCHC năm"),
			leaf("1.2", "Mức độ thực hiện kế hoạch"), leaf("2.1", "Rà soát văn bản quy phạm pháp luật"),
			leaf("3.1", "Công khai thủ tục hành chính"), leaf("3.2", "Công khai thủ tục hành chính"));

	@Test
	void sameCodeAndNameThenSameNameThenSameCode() {
		List<Crosswalk.Entry> entries = CrosswalkService.entries(List.of(
				// same code, name differing only in case, spaces and a final full stop
				leaf("1.1", "  Ban hành  kế hoạch CCHC NĂM. "),
				// renumbered: 2.1's name under a new code, though 1.2 has that code
				leaf("1.2", "Rà soát văn bản quy phạm pháp luật"),
				// same code, another name
				leaf("2.1", "Kiểm tra văn bản"),
				// a name two previous leaves share: not a suggestion by name
				leaf("4.1", "Công khai thủ tục hành chính"),
				// nothing alike
				leaf("5.1", "Chuyển đổi số")), BEFORE, Map.of());
		assertThat(entries)
			.extracting((e) -> e.leaf().code() + "→"
					+ (e.previous().isEmpty() ? "-"
							: String.join("+", e.previous().stream().map(NodeView::code).toList()))
					+ " " + e.basis())
			.containsExactly("1.1→1.1 SAME", "1.2→2.1 SAME_NAME", "2.1→2.1 SAME_CODE", "4.1→- NONE", "5.1→- NONE");
	}

	@Test
	void aDecisionWinsAndADecidedNoneStaysNone() {
		List<Crosswalk.Entry> entries = CrosswalkService.entries(
				List.of(leaf("1.1", "Ban hành kế hoạch CCHC năm"), leaf("1.2", "Kế hoạch"), leaf("1.3", "Khác")),
				BEFORE, Map.of("1.1", List.of(), "1.2", List.of("1.1"), "1.3", List.of("9.9")));
		assertThat(entries)
			.extracting((e) -> e.leaf().code() + "→"
					+ (e.previous().isEmpty() ? "-"
							: String.join("+", e.previous().stream().map(NodeView::code).toList()))
					+ " " + e.basis())
			.containsExactly("1.1→- DECIDED", "1.2→1.1 DECIDED", "1.3→- DECIDED");
		assertThat(CrosswalkService.key("Công khai TTHC.")).isEqualTo("công khai tthc");
	}

	/**
	 * Criteria merged (1.1 takes 1.1 and 1.2 of the year before, listed in the previous
	 * tree's order whatever the order decided) and split (3.1 into 3.1 and 3.2): the
	 * crosswalk lists each leaf's counterparts, the leaves sharing one, and what was
	 * split; a previous leaf used by none is dropped.
	 */
	@Test
	void aLeafMayTakeSeveralPreviousLeavesAndSeveralLeavesOne() {
		List<Crosswalk.Entry> entries = CrosswalkService.entries(
				List.of(leaf("1.1", "Kế hoạch CCHC"), leaf("3.1", "Công khai TTHC trên cổng"),
						leaf("3.2", "Công khai TTHC tại bộ phận một cửa")),
				BEFORE, Map.of("1.1", List.of("1.2", "1.1"), "3.1", List.of("3.1"), "3.2", List.of("3.1")));
		assertThat(entries)
			.extracting(
					(e) -> e.leaf().code() + "→" + String.join("+", e.previous().stream().map(NodeView::code).toList()))
			.containsExactly("1.1→1.1+1.2", "3.1→3.1", "3.2→3.1");
		assertThat(entries.get(0).merged()).isTrue();
		assertThat(entries.get(1).merged()).isFalse();
		Crosswalk crosswalk = new Crosswalk(null, Optional.empty(), entries, List.of());
		assertThat(crosswalk.sharing("3.1")).containsExactly("3.1", "3.2");
		assertThat(crosswalk.splitFrom(entries.get(2))).containsExactly("3.1");
		assertThat(crosswalk.splitFrom(entries.get(0))).isEmpty();
		assertThat(crosswalk.counterparts("1.1")).extracting(NodeView::code).containsExactly("1.1", "1.2");
		assertThat(crosswalk.counterparts("9.9")).isEmpty();
	}

	private static NodeView leaf(String code, String name) {
		return new NodeView(code, Optional.of(code.substring(0, 1)), Level.SUB_CRITERION, 1, name, "", BigDecimal.ONE,
				Optional.of(Component.APPRAISAL), Optional.of("yes-no"), "", "");
	}

}
