package org.parindex.platform;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history steps and audit values seen raw in issue 9 ("met=1 → 0.5000", "→
 * 0.34722222225000", "Yêu cầu giải trình: —; ?", a file hash, "2022-01-10", "set=3;
 * areas=[3, 7]") come out worded, old stored rows included.
 */
class ChangeTextTests {

	private ChangeText changes;

	@BeforeEach
	void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.changes = new ChangeText(messages, new Formats(true));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void selfAssessmentStepsNameTheirInputsAndRoundPoints() {
		assertThat(this.changes.leafDetail("SELF", "saved", "met=1 → 0.5000")).isEqualTo("Kết quả Đạt → 0,50 điểm");
		assertThat(this.changes.leafDetail("SELF", "saved", "met=0 → 0.0000; chưa ban hành"))
			.isEqualTo("Kết quả Không đạt → 0,00 điểm; giải thích: chưa ban hành");
		assertThat(this.changes.leafDetail("SELF", "saved", "actual=1250, base=3600 → 0.34722222225000"))
			.isEqualTo("Số đạt 1.250, Tổng số 3.600 → 0,35 điểm");
		assertThat(this.changes.leafDetail("IMPORT", "recorded", "actual=15, base=25"))
			.isEqualTo("Số đạt 15, Tổng số 25");
		// a year in free text is not a figure: never "năm 2.022"
		assertThat(this.changes.auditValue("index-set", "created", "Bộ chỉ số năm 2022 (minh họa); 0.90000000000000"))
			.contains("năm 2022")
			.contains("0,9")
			.doesNotContain("2.022");
	}

	@Test
	void roundsFilesAndDocumentsReadAsSentences() {
		assertThat(this.changes.leafDetail("ROUND1", "flagged", "—; ? ")).isEqualTo("chưa có điểm");
		assertThat(this.changes.leafDetail("ROUND1", "flagged", "0.5; Thiếu minh chứng; ? Đề nghị bổ sung"))
			.isEqualTo("0,50 điểm; lý do mất điểm (công khai): Thiếu minh chứng; câu hỏi giải trình: Đề nghị bổ sung");
		// the working comment is the "nhận xét", kept in the audit trail's reason (issue
		// 9,
		// #15)
		assertThat(this.changes.auditReason("leaf", "council-finalized", "Đối chiếu lại báo cáo quý"))
			.isEqualTo("nhận xét: Đối chiếu lại báo cáo quý");
		assertThat(this.changes.auditReason("dossier", "returned", "Thiếu tài liệu")).isEqualTo("Thiếu tài liệu");
		assertThat(this.changes.leafDetail("SELF", "file-added", "ke-hoach.pdf (794abaa4f6f0)"))
			.isEqualTo("ke-hoach.pdf");
		assertThat(this.changes.leafDetail("SELF", "document-added", "12/KH-UBND 2022-01-10 UBND huyện Đak Pơ"))
			.isEqualTo("văn bản số 12/KH-UBND ngày 10/01/2022, UBND huyện Đak Pơ");
		assertThat(this.changes.input("met", BigDecimal.ONE)).isEqualTo("Kết quả: Đạt");
	}

	@Test
	void auditValuesUseLabelsAndNames() {
		assertThat(this.changes.auditAction("leaf", "self-saved")).isEqualTo("Tự đánh giá");
		assertThat(this.changes.auditAction("account", "areas-assigned")).isEqualTo("Phân công lĩnh vực thẩm định");
		// a wrong password and the lock it leads to (an account's lock, not a dossier's)
		assertThat(this.changes.auditAction("account", "sign-in-failed")).isEqualTo("Đăng nhập sai mật khẩu");
		assertThat(this.changes.auditAction("account", "locked")).isEqualTo("Khóa đăng nhập (sai mật khẩu nhiều lần)");
		assertThat(this.changes.auditAction("dossier", "locked")).isEqualTo("Khóa hồ sơ khi hết hạn");
		assertThat(this.changes.auditValue("account", "areas-assigned", "set=3; areas=[3, 7]"))
			.isEqualTo("Bộ chỉ số số: 3; Lĩnh vực: 3, 7");
		assertThat(this.changes.auditValue("account", "created", "name=Lãnh đạo; role=UNIT_LEADER; unit=9"))
			.isEqualTo("Tên: Lãnh đạo; Vai trò: Lãnh đạo đơn vị; Đơn vị số: 9");
		assertThat(this.changes.auditValue("adjustment", "recorded", "BONUS 0.5")).isEqualTo("Điểm thưởng 0,5");
		assertThat(this.changes.auditValue("leaf", "self-saved", "actual=15, base=25 → 0.90000000000000"))
			.isEqualTo("Số đạt 15, Tổng số 25 → 0,90 điểm");
		assertThat(this.changes.auditSubject("leaf", "3/9/1.3.1"))
			.isEqualTo("Tiêu chí 1.3.1 · đơn vị số 9 · bộ chỉ số số 3");
	}

	@Test
	void aReviewedReasonKeepsItsPointsAndBothTexts() {
		// walk of 02/12, finding 11: a criterion of 0,00 points, never "chưa có điểm"
		assertThat(this.changes.auditValue("leaf", "reason-reviewed", "0; Đơn vị chưa tự chấm; chấm theo hồ sơ lưu."))
			.isEqualTo("0,00 điểm; lý do công khai: Đơn vị chưa tự chấm; chấm theo hồ sơ lưu.");
		assertThat(this.changes.auditValue("leaf", "reason-reviewed", "0; Chưa công khai tiến độ."))
			.isEqualTo("0,00 điểm; lý do công khai: Chưa công khai tiến độ.");
		// the leaf's history keeps the text alone
		assertThat(this.changes.leafDetail("REASON", "reviewed", "Chưa công khai tiến độ."))
			.isEqualTo("lý do công khai: Chưa công khai tiến độ.");
	}

	@Test
	void bonusDeductionContestAndSurveyPointsAreNamedNotNumbered() {
		java.util.Map<String, String> names = java.util.Map.of("adjustment:49", "9/BONUS/1.5", "unit:9", "Đak Pơ",
				"set:3", "Bộ chỉ số 2022", "contest:cchc-dak-po-2022", "Tìm hiểu cải cách hành chính", "contest:7",
				"Tìm hiểu cải cách hành chính");
		assertThat(this.changes.auditSubject("adjustment", "49", names)).isEqualTo("Đak Pơ · Điểm thưởng 1,50");
		assertThat(this.changes.auditSubject("adjustment", "3/9/DEDUCTION", names))
			.isEqualTo("Đak Pơ · Điểm trừ · Bộ chỉ số 2022");
		assertThat(this.changes.auditSubject("survey-points", "3/9/4.1", names))
			.isEqualTo("Tiêu chí 4.1 · Đak Pơ · Bộ chỉ số 2022");
		assertThat(this.changes.auditSubject("survey-points", "3", names)).isEqualTo("Bộ chỉ số 2022");
		assertThat(this.changes.auditSubject("contest", "cchc-dak-po-2022", names))
			.isEqualTo("Tìm hiểu cải cách hành chính");
		assertThat(this.changes.auditSubject("contest", "7", names)).isEqualTo("Tìm hiểu cải cách hành chính");
	}

}
