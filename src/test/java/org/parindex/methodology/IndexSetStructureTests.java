package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.methodology.CreateIndexSet.NodeDraft;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks every tree passes before it is stored: parent loops and node codes. */
class IndexSetStructureTests {

	@Test
	void namesEachParentLoopOnceByItsCodes() {
		List<NodeDraft> nodes = List.of(node("1", null), node("1.1", "1"), node("2", "2.2"), node("2.1", "2"),
				node("2.2", "2"), node("2.2.1", "2.2"), node("3", "3"));
		assertThat(IndexSetEditor.structuralIssues(nodes))
			.extracting((issue) -> issue.subject() + " " + issue.messageKey() + " " + issue.arguments())
			.containsExactly("2 methodology.node.parent-loop [2, 2 → 2.2 → 2]",
					"3 methodology.node.parent-loop [3, 3 → 3]");
	}

	@Test
	void aTreeWhoseChainsAllReachAnAreaHasNoLoop() {
		List<NodeDraft> nodes = List.of(node("1", null), node("1.1", "1"), node("1.1.1", "1.1"), node("2", null),
				node("2.1", "9"));
		assertThat(IndexSetEditor.parentLoops(nodes)).isEmpty();
		assertThat(IndexSetEditor.structuralIssues(nodes)).extracting(IndexSetIssue::messageKey)
			.containsExactly("methodology.node.unknown-parent");
	}

	@Test
	void eachKindOfNodeSitsUnderTheLevelAboveIt() {
		List<NodeDraft> nodes = List.of(node("1", null), node("1.1", "1"), node("1.1.1", null), node("1.2", null),
				node("2", "1"), node("1.3.1", "1"));
		assertThat(IndexSetEditor.structuralIssues(nodes))
			.extracting((issue) -> issue.subject() + " " + issue.messageKey())
			.containsExactly("1.1.1 methodology.node.needs-parent", "1.2 methodology.node.needs-parent",
					"2 methodology.node.area-has-parent", "1.3.1 methodology.node.parent-level");
	}

	@Test
	void codesAreDottedPartsOfDigitsAndLetters() {
		assertThat(List.of("1", "3.3.4", "2.1a", "A.1", " 1.2 ", "1".repeat(40))).allMatch(NodeDraft::validCode);
		assertThat(List.of("", "1.1.1; DROP", "1.2/b", "..", "1.2\\b", "<b>x</b>", "%25", "1.", ".1", "1..2", "1 2",
				"1.ă", "1".repeat(41)))
			.noneMatch(NodeDraft::validCode);
	}

	private static NodeDraft node(String code, String parent) {
		boolean leaf = code.length() > 1;
		int depth = code.length() - code.replace(".", "").length();
		Level level = (depth == 0) ? Level.AREA : (depth == 1) ? Level.CRITERION : Level.SUB_CRITERION;
		return new NodeDraft(code, Optional.ofNullable(parent), level, "Mục " + code, "", BigDecimal.ONE,
				leaf ? Optional.of(Component.APPRAISAL) : Optional.empty(),
				leaf ? Optional.of("yes-no") : Optional.empty(), "", "");
	}

}
