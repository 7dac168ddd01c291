package org.parindex.platform;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTests {

	@Test
	void neutralisesEveryFormulaStart() {
		assertThat(SpreadsheetText.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(SpreadsheetText.neutralise("+SUM(1,2)")).isEqualTo("'+SUM(1,2)");
		assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void leavesOtherTextAlone() {
		assertThat(SpreadsheetText.neutralise("Kế hoạch = 1")).isEqualTo("Kế hoạch = 1");
		assertThat(SpreadsheetText.neutralise("")).isEmpty();
		assertThat(SpreadsheetText.neutralise("'quoted")).isEqualTo("'quoted");
		assertThat(SpreadsheetText.restore("'quoted")).isEqualTo("'quoted");
		assertThat(SpreadsheetText.restore("'")).isEqualTo("'");
	}

	@Property
	void restoreUndoesNeutralise(@ForAll String text) {
		assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(text))).isEqualTo(text);
		assertThat(SpreadsheetText.startsLikeFormula(SpreadsheetText.neutralise(text))).isFalse();
	}

}
