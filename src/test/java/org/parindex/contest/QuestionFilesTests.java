package org.parindex.contest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFiles;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFilesTests {

	static final ImportLimits LIMITS = new ImportLimits(10_000_000, 50_000_000, 0.01, 5000,
			"contest.question.import.too-many-rows");

	static final String HEADER = "Mã câu hỏi,Chủ đề,Mức độ,Loại,Câu hỏi,Phương án A,Phương án B,Phương án C,"
			+ "Phương án D,Phương án E,Phương án F,Đáp án đúng,Nguồn\n";

	static List<TableRow> csv(String text) throws IOException {
		return TabularFiles.read("q.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LIMITS);
	}

	@Test
	void theDemosQuestionBankReadsWithoutAProblem() throws IOException {
		try (java.io.InputStream in = QuestionFilesTests.class.getResourceAsStream("/demo/contest-questions.csv")) {
			QuestionFiles.Read read = QuestionFiles.read(TabularFiles.read("contest-questions.csv", in, LIMITS));
			assertThat(read.issues()).isEmpty();
			assertThat(read.lines()).hasSize(72);
		}
	}

	@Test
	void readsTheFormatsExample() throws IOException {
		QuestionFiles.Read read = QuestionFiles.read(csv(HEADER
				+ "CCHC-001,Cải cách thủ tục hành chính,Dễ,Một đáp án,\"Cơ chế một cửa, một cửa liên thông được quy định tại văn bản nào?\","
				+ "Nghị định 61/2018/NĐ-CP,Nghị định 30/2020/NĐ-CP,Luật Cán bộ công chức 2008,Nghị quyết 76/NQ-CP,,,A,"
				+ "\"Nghị định 61/2018/NĐ-CP ngày 23/4/2018\"\n"
				+ "CCHC-002,Chính quyền số,trung binh,nhieu dap an,Câu hai?,Một,Hai,Ba,,,,\"a; c\",\n"));
		assertThat(read.issues()).isEmpty();
		assertThat(read.lines()).hasSize(2);
		QuestionDraft first = read.lines().get(0).draft();
		assertThat(first.code()).isEqualTo("CCHC-001");
		assertThat(first.difficulty()).isEqualTo(QuestionDifficulty.EASY);
		assertThat(first.kind()).isEqualTo(QuestionKind.SINGLE);
		assertThat(first.filledOptions()).hasSize(4);
		assertThat(first.correct()).containsExactly(0);
		assertThat(first.source()).isEqualTo("Nghị định 61/2018/NĐ-CP ngày 23/4/2018");
		QuestionDraft second = read.lines().get(1).draft();
		assertThat(second.difficulty()).isEqualTo(QuestionDifficulty.MEDIUM);
		assertThat(second.kind()).isEqualTo(QuestionKind.MULTIPLE);
		assertThat(second.correct()).containsExactlyInAnyOrder(0, 2);
	}

	@Test
	void acceptsEnglishHeadersInAnyOrderWithoutTheOptionalColumns() throws IOException {
		QuestionFiles.Read read = QuestionFiles.read(csv(
				"correct;QUESTION;code;category;Difficulty;type;option a;Option B\nB;Câu?;Q1;Thể chế;Hard;Single;X;Y\n"));
		assertThat(read.issues()).isEmpty();
		assertThat(read.lines().get(0).draft().correct()).containsExactly(1);
	}

	@Test
	void listsEveryFaultByRowAndColumnAndGivesNoQuestion() throws IOException {
		QuestionFiles.Read read = QuestionFiles.read(csv(HEADER
				// row 2: fine
				+ "Q1,Thể chế,Dễ,Một đáp án,Câu một?,A1,B1,C1,D1,,,B,\n"
				// row 3: unknown difficulty and kind
				+ "Q2,Thể chế,Rất khó,Đúng sai,Câu hai?,A2,B2,,,,,A,\n"
				// row 4: a letter not among the options typed (A–D)
				+ "Q3,Thể chế,Khó,Một đáp án,Câu ba?,A3,B3,C3,D3,,,E,\n"
				// row 5: a gap in the options, a single with two answers, a bad code
				+ "Q 4,Thể chế,Khó,Một đáp án,Câu bốn?,A4,,C4,,,,A;C,\n"
				// row 6: the code of row 2 again, a multiple with one answer, no text
				+ "q1,Thể chế,Dễ,Nhiều đáp án,,A5,B5,,,,,A,\n"
				// row 7: one option only, no correct answer
				+ "Q6,,Dễ,Một đáp án,Câu sáu?,A6,,,,,,,\n"));
		assertThat(read.lines()).isEmpty();
		assertThat(read.issues()).extracting((i) -> i.row() + " " + i.column() + " " + i.messageKey())
			.containsExactlyInAnyOrder("3 C contest.question.import.difficulty", "3 D contest.question.import.kind",
					"4 L contest.question.import.letter", "5 A contest.question.problem.code-chars",
					"5 G contest.question.problem.option-gap", "5 L contest.question.problem.single-count",
					"6 E contest.question.problem.required", "6 L contest.question.problem.multiple-count",
					"6 A contest.question.import.code-twice", "7 B contest.question.problem.required",
					"7 G contest.question.problem.options-few", "7 L contest.question.problem.correct-none");
		QuestionImportException.Issue letter = read.issues()
			.stream()
			.filter((i) -> i.messageKey().equals("contest.question.import.letter"))
			.findFirst()
			.orElseThrow();
		assertThat(letter.arguments()).containsExactly("E", "A–D");
		assertThat(letter.field()).isEqualTo("correct");
	}

	@Test
	void refusesAHeaderItDoesNotKnowOrThatLacksAColumn() throws IOException {
		QuestionFiles.Read read = QuestionFiles
			.read(csv("Mã câu hỏi,Chủ đề,Mức độ,Câu hỏi,Phương án A,Ghi chú\n" + "Q1,Thể chế,Dễ,Câu?,X\n"));
		assertThat(read.issues()).extracting((i) -> i.row() + " " + i.column() + " " + i.messageKey())
			.containsExactly("1 F contest.question.import.header-unknown", "1  contest.question.import.header-missing",
					"1  contest.question.import.header-missing", "1  contest.question.import.header-missing");
		assertThat(read.issues().get(1).arguments()).containsExactly("Loại", "Type");
	}

	@Test
	void anExportedFileReadsBackAsTheSameQuestions() throws IOException {
		List<QuestionView> questions = List.of(
				question(1, "A-1", QuestionKind.SINGLE, "=HYPERLINK(\"x\")", Set.of(1), "Tiếng Việt, \"trích\"", "B"),
				question(2, "B.2", QuestionKind.MULTIPLE, "Nhiều\ndòng", Set.of(0, 2), "", "C", "D", "-1"));
		for (String name : List.of("q.csv", "q.xlsx")) {
			byte[] bytes = name.endsWith(".csv") ? QuestionFiles.toCsv(questions) : QuestionFiles.toXlsx(questions);
			QuestionFiles.Read read = QuestionFiles
				.read(TabularFiles.read(name, new ByteArrayInputStream(bytes), LIMITS));
			assertThat(read.issues()).as(name).isEmpty();
			assertThat(read.lines()).extracting(QuestionFiles.Line::draft)
				.as(name)
				.containsExactlyElementsOf(
						questions.stream().map(QuestionView::draft).map(QuestionFilesTests::trimmed).toList());
		}
	}

	private static QuestionDraft trimmed(QuestionDraft draft) {
		return new QuestionDraft(draft.code(), draft.category(), draft.difficulty(), draft.kind(), draft.text(),
				draft.filledOptions(), draft.correct(), draft.source());
	}

	static QuestionView question(long id, String code, QuestionKind kind, String text, Set<Integer> correct,
			String source, String... more) {
		List<String> texts = new java.util.ArrayList<>(List.of("+84 phương án", "Phương án hai"));
		texts.addAll(List.of(more));
		List<QuestionOptionView> options = new java.util.ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			options.add(new QuestionOptionView(i, texts.get(i), correct.contains(i)));
		}
		return new QuestionView(id, 1, code, "@Chủ đề", QuestionDifficulty.HARD, kind, text, source, false, options,
				"a", Instant.EPOCH);
	}

}
