package org.parindex.methodology.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.identity.IdentityService;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetIssue;
import org.parindex.methodology.IndexSetLimits;
import org.parindex.methodology.InvalidIndexSetException;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.web.FormErrors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The index-set form reads numbers as people type them, and refuses what its columns
 * cannot hold with a message naming the field and the range (issue 8, item 6).
 */
@WebMvcTest(IndexSetAdminController.class)
@Import({ FormErrors.class, org.parindex.platform.Formats.class, org.parindex.platform.AgencyFooter.class })
@WithMockUser(roles = "PAR_OFFICE")
class IndexSetAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MethodologyService methodology;

	@MockitoBean
	IndexSetEditor editor;

	@MockitoBean
	OrganizationService organization;

	@MockitoBean
	IdentityService identity;

	@MockitoBean
	IndexSetLimits limits;

	@MockitoBean
	org.parindex.platform.PersonNames people;

	@Test
	void refusesAMaximumThatIsNotAPlainNumberNamingTheField() {
		MvcTestResult result = create("2041", "1e309");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyText()
			.contains("Điểm thẩm định tối đa: “1e309” không phải là một số (hãy viết như 75,5 hoặc 75.5).")
			.doesNotContain("ngày có hiệu lực");
		verify(this.editor, never()).createDraft(any());
	}

	@Test
	void refusesAMaximumItsColumnCannotHoldNamingTheRange() {
		assertThat(create("2041", "100000")).bodyText()
			.contains("Điểm thẩm định tối đa: phải từ 0 đến 99.999,9999, tối đa 4 chữ số thập phân.");
		assertThat(create("2041", "-1")).hasStatus(400)
			.bodyText()
			.contains("Điểm thẩm định tối đa: phải từ 0 đến 99.999,9999");
		assertThat(create("99999", "64")).hasStatus(400).bodyText().contains("Năm: phải từ 2000 đến 2100.");
		verify(this.editor, never()).createDraft(any());
	}

	@Test
	void saysItInEnglishToo() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/methodology/index-sets?lang=en")
			.with(csrf())
			.param("year", "99999")
			.param("unitGroupId", "1")
			.param("name", "Test")
			.param("appraisalMax", "NaN")
			.param("bonusCap", "6")
			.param("deductionCap", "8")
			.exchange();
		assertThat(result).hasStatus(400)
			.bodyText()
			.contains("Year: must be from 2000 to 2100.", "Appraisal maximum: “NaN” is not a number");
	}

	@Test
	void readsVietnameseDecimals() {
		given(this.editor.createDraft(any())).willThrow(new InvalidIndexSetException(
				List.of(new IndexSetIssue("2041", "methodology.index-set.exists", List.of(2041)))));
		MvcTestResult result = create("2041", "64,5");
		assertThat(result).hasStatus(409).bodyText().contains("Đã có bộ chỉ số năm 2041 của khối đơn vị này.");
		verify(this.editor).createDraft(new IndexSetEditor.CreateDraft(2041, 1, "Bộ chỉ số", "", Optional.empty(),
				java.util.Map.of(org.parindex.engine.Component.APPRAISAL, new BigDecimal("64.5"),
						org.parindex.engine.Component.SURVEY, new BigDecimal("30")),
				new BigDecimal("6"), new BigDecimal("8")));
	}

	private MvcTestResult create(String year, String appraisalMax) {
		return this.mvc.post()
			.uri("/admin/methodology/index-sets")
			.with(csrf())
			.param("year", year)
			.param("unitGroupId", "1")
			.param("name", "Bộ chỉ số")
			.param("legalBasis", "")
			.param("copyFrom", "")
			.param("appraisalMax", appraisalMax)
			.param("surveyMax", "30")
			.param("bonusCap", "6")
			.param("deductionCap", "8")
			.exchange();
	}

}
