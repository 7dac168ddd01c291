package org.parindex.identity.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditControllerTests {

	@Test
	void theAuditCsvNeutralisesEveryFormulaStartAsTheOtherExports() {
		assertThat(AuditController.csv("=cmd|' /C calc'!A0")).isEqualTo("\"'=cmd|' /C calc'!A0\"");
		assertThat(AuditController.csv("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(AuditController.csv("\t=1+1")).isEqualTo("\"'\t=1+1\"");
		assertThat(AuditController.csv("\r=1+1")).isEqualTo("\"'\r=1+1\"");
		assertThat(AuditController.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
	}

}
