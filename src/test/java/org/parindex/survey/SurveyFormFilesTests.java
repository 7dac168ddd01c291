package org.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.TableRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The form's spreadsheet on its own: what an officer may type (labels in any order,
 * English keys, times written three ways, weights with a decimal comma) and how each
 * problem is placed by row and column.
 */
class SurveyFormFilesTests {

	private static final ImportLimits LIMITS = new ImportLimits(10_000_000, 50_000_000, 0.01, 2000, "rows");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Set<String> LEAVES = Set.of("1.6", "2.5");

	@Test
	void readsAFormTypedByHand() throws IOException {
		byte[] file = workbook(new String[][] { { "Tên phiếu", "Phiếu người dân" }, { "code", "ND" },
				{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Mở phiếu từ", "01/05/2022 08:00" },
				{ "Hạn cuối", "17h00 31/05/2022" }, {}, { "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "C1", "Thủ tục có nhanh không?", "1.6", "A", "Nhanh", "100" },
				{ "", "", "", "B", "Bình thường", "62,5" }, { "", "", "", "C", "Không biết", "" },
				{ "G", "Tuổi", "", "A", "Dưới 30", "" }, { "", "", "", "B", "Từ 30", "" } });
		DefineSurveyForm form = SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 7, null, LEAVES, LIMITS);
		assertThat(form.indexSetId()).isEqualTo(7);
		assertThat(form.code()).isEqualTo("ND");
		assertThat(form.groupWeight()).isEqualByComparingTo("1");
		assertThat(form.intro()).isNull();
		assertThat(form.opensAt()).isEqualTo(time(2022, 5, 1, 8, 0));
		assertThat(form.closesAt()).isEqualTo(time(2022, 5, 31, 17, 0));
		assertThat(form.questions()).extracting(DefineSurveyForm.Question::leafCode).containsExactly("1.6", null);
		List<DefineSurveyForm.Option> options = form.questions().get(0).options();
		assertThat(options.get(0).weight()).isEqualByComparingTo("1");
		assertThat(options.get(1).weight()).isEqualByComparingTo("0.625");
		assertThat(options.get(2).weight()).isNull();
	}

	/**
	 * An instructions sheet placed before the form is passed over: the sheet with the
	 * questions' header is read (walk of issue 12, the same fault in the past-year
	 * import).
	 */
	@Test
	void readsTheFormBehindAnInstructionsSheet() throws IOException {
		byte[] file = workbook(new Object[][] { { "Hướng dẫn điền phiếu" }, { "Mã câu hỏi (question)" } }, "Phiếu",
				new String[][] { { "Tên phiếu", "Phiếu người dân" }, { "code", "ND" },
						{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Mở phiếu từ", "01/05/2022 08:00" },
						{ "Hạn cuối", "17h00 31/05/2022" }, {},
						{ "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
						{ "C1", "Thủ tục có nhanh không?", "1.6", "A", "Nhanh", "100" },
						{ "", "", "", "B", "Chậm", "0" } });
		DefineSurveyForm form = SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 7, null, LEAVES, LIMITS);
		assertThat(form.code()).isEqualTo("ND");
		assertThat(form.questions()).hasSize(1);
	}

	/**
	 * A sheet that quotes the questions' header scores less than the form it explains
	 * (walk of issue 12, second round: the instructions were read).
	 */
	@Test
	void aSheetQuotingTheHeaderScoresLessThanTheForm() {
		List<TableRow> instructions = List.of(new TableRow(1, List.of("Ví dụ dòng tiêu đề:")),
				new TableRow(2, SurveyFormFiles.QUESTION_HEADER));
		List<TableRow> form = List.of(new TableRow(1, List.of("Mã phiếu (code)", "ND")),
				new TableRow(2, List.of("Tên phiếu (name)", "Phiếu")), new TableRow(3, SurveyFormFiles.QUESTION_HEADER),
				new TableRow(4, List.of("C1", "Câu?", "1.6", "A", "Tốt", "100")),
				new TableRow(5, List.of("", "", "", "B", "Kém", "0")));
		assertThat(SurveyFormFiles.formScore(instructions)).isPositive().isLessThan(SurveyFormFiles.formScore(form));
		assertThat(SurveyFormFiles
			.formScore(List.of(new TableRow(1, List.of("Mã câu hỏi (question)", "mỗi câu hỏi một mã"))))).isZero();
	}

	@Test
	void placesEveryProblemByRowAndColumnAndKeepsNone() throws IOException {
		byte[] file = workbook(new String[][] { { "Mã phiếu", "M1" }, { "Tên phiếu", "" }, { "Trọng số nhóm", "0" },
				{ "Màu phiếu", "xanh" }, { "Mở phiếu từ", "hôm nay" }, { "Hạn cuối", "08h00 01/05/2022" },
				{ "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "", "", "", "A", "Trước câu hỏi", "" }, { "C1", "Câu 1", "1.1", "A", "Tốt", "abc" },
				{ "", "Câu hỏi mới?", "", "B", "Kém", "0" }, { "C1", "Lặp mã", "2.5", "A", "Có", "" },
				{ "", "", "", "B", "Không", "" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.row() + issue.column() + " " + issue.messageKey())
				.containsExactlyInAnyOrder("4A survey.forms.file.unknown-field", "2B survey.forms.file.required",
						"3B survey.forms.file.group-weight", "5B survey.forms.file.time",
						"0 survey.forms.file.field-missing", "8A survey.forms.file.option-first",
						"9C survey.forms.file.leaf", "9F survey.forms.file.weight",
						"10B survey.forms.file.continuation", "11A survey.forms.file.question-duplicate",
						"11F survey.forms.file.no-weighted"));
	}

	@Test
	void readsNumericCellsAsNumbersAndTextAsVietnameseWritesIt() throws IOException {
		byte[] numeric = workbook(new Object[][] { { "Tên phiếu", "Phiếu" }, { "code", "ND" },
				{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Trọng số nhóm", 1.234 },
				{ "Mở phiếu từ", "01/05/2022 08:00" }, { "Hạn cuối", "17h00 31/05/2022" },
				{ "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "C1", "Câu hỏi?", "1.6", "A", "Tốt", 62.5 }, { "", "", "", "B", "Kém", "12,5" } });
		DefineSurveyForm form = SurveyFormFiles.fromXlsx(new ByteArrayInputStream(numeric), 7, null, LEAVES, LIMITS);
		assertThat(form.groupWeight()).isEqualByComparingTo("1.234");
		assertThat(form.questions().get(0).options()).extracting(DefineSurveyForm.Option::weight)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.625"), new BigDecimal("0.125"));
		byte[] text = workbook(new Object[][] { { "Tên phiếu", "Phiếu" }, { "code", "ND" },
				{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Trọng số nhóm", "1,25" },
				{ "Mở phiếu từ", "01/05/2022 08:00" }, { "Hạn cuối", "17h00 31/05/2022" },
				{ "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "C1", "Câu hỏi?", "1.6", "A", "Tốt", "100" }, { "", "", "", "B", "Kém", "0" } });
		assertThat(SurveyFormFiles.fromXlsx(new ByteArrayInputStream(text), 7, null, LEAVES, LIMITS).groupWeight())
			.isEqualByComparingTo("1.25");
	}

	@Test
	void refusesAnAmbiguousGroupWeightWrittenAsText() throws IOException {
		byte[] file = workbook(new Object[][] { { "Tên phiếu", "Phiếu" }, { "code", "ND" },
				{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Trọng số nhóm", "1.000" },
				{ "Mở phiếu từ", "01/05/2022 08:00" }, { "Hạn cuối", "17h00 31/05/2022" },
				{ "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "C1", "Câu hỏi?", "1.6", "A", "Tốt", "100" }, { "", "", "", "B", "Kém", "0" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.row() + issue.column() + " " + issue.messageKey())
				.containsExactly("4B survey.forms.file.group-weight-ambiguous"));
	}

	@Test
	void refusesEveryAmbiguousOptionWeightWrittenAsTextByRow() throws IOException {
		// walk10 #7: "1.000" was read as 1 % and its row went unreported
		byte[] file = workbook(new Object[][] { { "Tên phiếu", "Phiếu" }, { "code", "ND" },
				{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Mở phiếu từ", "01/05/2022 08:00" },
				{ "Hạn cuối", "17h00 31/05/2022" }, { "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "C1", "Câu hỏi?", "1.6", "A", "Tốt", "abc" }, { "", "", "", "B", "Khá", "1.000" },
				{ "", "", "", "C", "Kém", "120" }, { "", "", "", "D", "Rất kém", "62.500%" },
				{ "", "", "", "E", "Trung bình", 1.0 } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.row() + issue.column() + " " + issue.messageKey())
				.containsExactlyInAnyOrder("7F survey.forms.file.weight", "8F survey.forms.file.weight-ambiguous",
						"9F survey.forms.file.weight", "10F survey.forms.file.weight-ambiguous"));
	}

	@Test
	void namesAWrongOrMissingHeaderByItsColumnAndTheSheetAsTheFileSpellsIt() throws IOException {
		// walk10 #8: renamed headers were read by position without a word, and the sheet
		// was named without its diacritics
		byte[] file = workbook("Phiếu khảo sát",
				new Object[][] { { "Tên phiếu", "Phiếu" }, { "code", "ND" },
						{ "Nhóm đối tượng (respondent_group)", "Người dân" }, { "Mở phiếu từ", "01/05/2022 08:00" },
						{ "Hạn cuối", "17h00 31/05/2022" },
						{ "Mã câu hỏi (question)", "Nội dung câu hỏi (text)", "", "Lựa chọn", "Nội dung phương án",
								"Điểm" },
						{ "C1", "Câu hỏi?", "1.6", "A", "Tốt", "100" }, { "", "", "", "B", "Kém", "0" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.sheet() + " " + issue.row() + issue.column() + " " + issue.messageKey()
						+ " " + issue.arguments())
				.containsExactly("Phiếu khảo sát 6C survey.forms.file.header-missing [Mã tiêu chí]",
						"Phiếu khảo sát 6D survey.forms.file.header [Lựa chọn, Phương án]",
						"Phiếu khảo sát 6F survey.forms.file.header [Điểm, Trọng số %]"));
	}

	@Test
	void refusesAFileWithoutTheQuestionsHeader() throws IOException {
		byte[] file = workbook(new String[][] { { "Mã phiếu", "M1" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(SurveyFormFiles.FileIssue::messageKey)
				.contains("survey.forms.file.no-header", "survey.forms.file.field-missing"));
	}

	/**
	 * Another file (here a results sheet of 1,500 rows) is said once to be no form file,
	 * not row by row; an empty sheet is said to be empty; a field missing is named in
	 * Vietnamese, without the English key (walk of issue 10, second round, #7).
	 */
	@Test
	void saysOnceThatAnotherFileIsNoFormAndNamesFieldsInVietnamese() throws IOException {
		String[][] results = new String[1500][];
		results[0] = new String[] { "STT", "Đơn vị", "Điểm" };
		for (int i = 1; i < results.length; i++) {
			results[i] = new String[] { Integer.toString(i), "Xã " + i, "80" };
		}
		byte[] other = workbook(results);
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(other), 1, null, LEAVES, LIMITS))
			.satisfies(
					(ex) -> assertThat(ex.issues()).extracting((issue) -> issue.messageKey() + " " + issue.arguments())
						.containsExactly("survey.forms.file.not-a-form [STT]"));
		byte[] empty = workbook(new String[][] { { "", "" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(empty), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(SurveyFormFiles.FileIssue::messageKey)
				.containsExactly("survey.forms.file.empty-sheet"));
		byte[] noWindow = workbook(new String[][] { { "Mã phiếu", "M1" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(noWindow), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues()).extracting((issue) -> issue.arguments().toString())
				.contains("[Hạn cuối, giờ Việt Nam]", "[Mã câu hỏi]")
				.noneMatch((arguments) -> arguments.contains("closes_at") || arguments.contains("(question)")));
	}

	/**
	 * A refusal names what is missing or too long, not only its column ("dòng 10, cột B:
	 * Nội dung câu hỏi chưa nhập."), and option rows before the first question are said
	 * once, with how many (walk of issue 10, third round, #4: said once per row, five
	 * times).
	 */
	@Test
	void namesWhatIsMissingAndSaysOptionRowsBeforeTheFirstQuestionOnce() throws IOException {
		byte[] file = workbook(new String[][] { { "Mã phiếu", "M1" }, { "Tên phiếu", "" },
				{ "Nhóm đối tượng", "Người dân" }, { "Mở phiếu từ", "08h00 01/05/2022" },
				{ "Hạn cuối", "08h00 31/05/2022" }, { "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "", "Câu không mã", "1.6", "A", "Tốt", "100" }, { "", "", "", "B", "Khá", "60" },
				{ "", "", "", "C", "Kém", "0" }, { "", "", "", "D", "Không biết", "" },
				{ "C2", "", "1.6", "A", "", "100" }, { "", "", "", "B", "Kém", "0" } });
		org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
		java.util.Locale en = java.util.Locale.ENGLISH;
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> {
				assertThat(ex.issues()).extracting((issue) -> issue.row() + issue.column() + " " + issue.messageKey())
					.containsExactly("2B survey.forms.file.required", "7A survey.forms.file.option-first",
							"11B survey.forms.file.required", "11E survey.forms.file.required");
				assertThat(ex.issues())
					.extracting((issue) -> messages.getMessage(issue.messageKey(), issue.arguments().toArray(), vi))
					.containsExactly("Tên phiếu chưa nhập.",
							"dòng phương án đứng trước câu hỏi đầu tiên, cùng 3 dòng phương án sau nó: cột A của câu "
									+ "hỏi phải có mã câu hỏi.",
							"Nội dung câu hỏi chưa nhập.", "Nội dung phương án chưa nhập.");
				assertThat(messages.getMessage("survey.forms.file.option-first", new Object[] { 3 }, en))
					.startsWith("an option row comes before the first question, as do the 3 option rows after it:");
				assertThat(messages.getMessage("survey.forms.file.option-first", new Object[] { 1 }, en))
					.startsWith("an option row comes before the first question, as does the option row after it:");
				assertThat(messages.getMessage("survey.forms.file.option-first", new Object[] { 0 }, en))
					.startsWith("an option row comes before the first question: a question's column A");
			});
	}

	/**
	 * A question whose code was left out is said once, as a row that only continues the
	 * question above; its options are not said again as repeating that question's (walk
	 * of issue 10, fourth round: five knock-on refusals).
	 */
	@Test
	void aQuestionWithoutItsCodeIsSaidOnce() throws IOException {
		byte[] file = workbook(new String[][] { { "Mã phiếu", "M1" }, { "Tên phiếu", "Phiếu" },
				{ "Nhóm đối tượng", "Người dân" }, { "Mở phiếu từ", "08h00 01/05/2022" },
				{ "Hạn cuối", "08h00 31/05/2022" }, { "Mã câu hỏi", "Nội dung", "Tiêu chí", "PA", "Nội dung", "%" },
				{ "Q1", "Câu 1", "1.6", "A", "Tốt", "100" }, { "", "", "", "B", "Kém", "0" },
				{ "", "Câu 2 quên mã", "1.6", "A", "Tốt", "100" }, { "", "", "", "B", "Kém", "0" } });
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues())
				.extracting((issue) -> issue.row() + issue.column() + " " + issue.messageKey())
				.containsExactly("9B survey.forms.file.continuation"));
	}

	/** A file with more problems than are listed says how many there are. */
	@Test
	void listsTheFirstProblemsAndCountsTheRest() throws IOException {
		String[][] rows = new String[400][];
		rows[0] = new String[] { "Mã phiếu", "M1" };
		for (int i = 1; i < rows.length; i++) {
			rows[i] = new String[] { "Màu " + i, "xanh" };
		}
		byte[] file = workbook(rows);
		assertThatExceptionOfType(SurveyFormFiles.SurveyFormFileException.class)
			.isThrownBy(() -> SurveyFormFiles.fromXlsx(new ByteArrayInputStream(file), 1, null, LEAVES, LIMITS))
			.satisfies((ex) -> {
				assertThat(ex.issues()).hasSize(SurveyFormFiles.MAX_ISSUES + 1);
				SurveyFormFiles.FileIssue last = ex.issues().get(ex.issues().size() - 1);
				assertThat(last.messageKey()).isEqualTo("survey.forms.file.more");
				// 399 unknown fields, 4 required fields missing (name, group, opening,
				// deadline),
				// no header
				assertThat(last.arguments()).containsExactly(404, SurveyFormFiles.MAX_ISSUES);
			});
	}

	@Test
	void readsTimesAsOfficesWriteThemAndAsExcelDates() {
		assertThat(SurveyFormFiles.parseTime("08h00 01/05/2022")).contains(time(2022, 5, 1, 8, 0));
		assertThat(SurveyFormFiles.parseTime("01/05/2022 08:00")).contains(time(2022, 5, 1, 8, 0));
		// 44682.5 is noon on 1 May 2022 in Excel's 1900 date system
		assertThat(SurveyFormFiles.parseTime("44682.5")).contains(time(2022, 5, 1, 12, 0));
		assertThat(SurveyFormFiles.parseTime("31/02/2022 08:00")).isEmpty();
		assertThat(SurveyFormFiles.parseTime("2022-05-01")).isEmpty();
		assertThat(SurveyFormFiles.percent("100")).isPresent();
		assertThat(SurveyFormFiles.percent("62,5")).contains(new BigDecimal("62.5"));
		assertThat(SurveyFormFiles.percent("100,01")).isEmpty();
		assertThat(SurveyFormFiles.percent("-1")).isEmpty();
		assertThat(SurveyFormFiles.percent("33,333")).isEmpty();
	}

	@Test
	void writesWhatItReads() {
		SurveyFormView view = new SurveyFormView(3, 7, "=M1", "Phiếu", "Công chức", new BigDecimal("1.5"), "Xin chào",
				time(2022, 5, 1, 8, 0), time(2022, 5, 31, 17, 0), 0, 0,
				List.of(new SurveyQuestionView(1, 1, "Q1", "Câu 1", "2.5",
						List.of(new SurveyOptionView(1, 1, "A", "Tốt", new BigDecimal("1.0000")),
								new SurveyOptionView(2, 2, "B", "Vừa", new BigDecimal("0.6250")),
								new SurveyOptionView(3, 3, "E", "Không biết", null)))));
		DefineSurveyForm read = SurveyFormFiles.fromXlsx(new ByteArrayInputStream(SurveyFormFiles.toXlsx(view)), 9,
				"M2", LEAVES, LIMITS);
		assertThat(read.code()).isEqualTo("M2");
		assertThat(read.indexSetId()).isEqualTo(9);
		assertThat(read.groupWeight()).isEqualByComparingTo("1.5");
		assertThat(read.intro()).isEqualTo("Xin chào");
		assertThat(read.opensAt()).isEqualTo(view.opensAt());
		assertThat(read.closesAt()).isEqualTo(view.closesAt());
		assertThat(read.questions().get(0).options()).extracting(DefineSurveyForm.Option::label)
			.containsExactly("A", "B", "E");
		assertThat(read.questions().get(0).options().get(1).weight()).isEqualByComparingTo("0.625");
		assertThat(read.questions().get(0).options().get(2).weight()).isNull();
	}

	private static Instant time(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
	}

	private static byte[] workbook(Object[][] rows) throws IOException {
		return workbook("Phieu", rows);
	}

	private static byte[] workbook(String name, Object[][] rows) throws IOException {
		return workbook(new Object[0][], name, rows);
	}

	/**
	 * A workbook with an instructions sheet ("Hướng dẫn") before the form's, if given.
	 */
	private static byte[] workbook(Object[][] instructions, String name, Object[][] rows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int r = 0; r < instructions.length; r++) {
				Sheet guide = (r == 0) ? workbook.createSheet("Hướng dẫn") : workbook.getSheet("Hướng dẫn");
				guide.createRow(r).createCell(0).setCellValue((String) instructions[r][0]);
			}
			Sheet sheet = workbook.createSheet(name);
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
