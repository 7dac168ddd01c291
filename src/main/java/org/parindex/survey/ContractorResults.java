package org.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.CsvFiles;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.SpreadsheetText;
import org.parindex.platform.TableRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggregated tables a contractor (a statistics or postal service that ran the survey
 * for the province) returns, per unit and question or survey leaf (issue 10, item 5;
 * layout in {@code docs/workflow.md}, "Kết quả của đơn vị điều tra"). A table is one
 * sheet (the first of an XLSX workbook) or a CSV file whose first row is the header and
 * whose columns are, in order:
 * <ol type="A">
 * <li>unit code (as in the organization's units), or blank when B names the unit;</li>
 * <li>unit name (used when A is blank);</li>
 * <li>form code and D question code, the question counted; or both blank and E the survey
 * leaf;</li>
 * <li>question code;</li>
 * <li>survey leaf code (checked against the question's leaf when C and D are given);</li>
 * <li>option label, for a count row;</li>
 * <li>how many respondents chose that option (a whole number, 0 or more, plain or in
 * Vietnamese notation: {@code 1000} or {@code 1.000} is one thousand; {@code 2,5} and
 * {@code 1,000} are refused);</li>
 * <li>for a mean row (F and G blank): the mean, 0 to 1, or 0% to 100% with a percent
 * sign, decimals with a comma ({@code 0,75}; {@code 1.000}, a thousand or one, is
 * refused);</li>
 * <li>with H: how many answered (a whole number, 0 or more, as G).</li>
 * </ol>
 * A row whose G to I are blank is a template row left unfilled (the template prefills F)
 * and is skipped. A table is stored whole or not at all; importing again under the same
 * contractor's name replaces its previous table for the set, audited. Only participants
 * of the set's cycle may be named, and only while the year's results are open.
 */
@Service
public class ContractorResults {

	/** The header of the table's columns A to I, as the templates write it. */
	public static final List<String> HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Mã phiếu", "Mã câu hỏi",
			"Mã tiêu chí", "Phương án", "Số lượt chọn", "Điểm trung bình", "Số người trả lời");

	/** The most issues reported for one file; the rest are summed up. */
	static final int MAX_ISSUES = 200;

	/** The longest contractor name, in characters. */
	public static final int MAX_CONTRACTOR = 200;

	private static final int SCALE = 6;

	private final ContractorResultRepository results;

	private final SurveyFormService forms;

	private final MethodologyService methodology;

	private final CycleService cycles;

	private final OrganizationService organization;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	ContractorResults(ContractorResultRepository results, SurveyFormService forms, MethodologyService methodology,
			CycleService cycles, OrganizationService organization, ApplicationEventPublisher events, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.results = results;
		this.forms = forms;
		this.methodology = methodology;
		this.cycles = cycles;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Per unit and survey leaf, over every contractor's table of the set: the number of
	 * valid answers and their weighted mean (0 to 1): a count row adds its count times
	 * its option's weight (an option without weight, "không biết", is left out), a mean
	 * row adds its mean times its respondents; the sum is divided by the answers. For the
	 * survey's points (score = leaf maximum × mean, DESIGN.md §3).
	 * @return by unit id, then leaf code; empty when no table was imported
	 */
	@Transactional(readOnly = true)
	public List<ContractorLeafResult> forSet(long indexSetId) {
		Map<String, BigDecimal[]> sums = new TreeMap<>();
		Map<String, long[]> keys = new HashMap<>();
		for (ContractorRowView row : this.results.rows(indexSetId)) {
			String key = String.format(Locale.ROOT, "%020d %s", row.unitId(), row.leafCode());
			keys.putIfAbsent(key, new long[] { row.unitId() });
			BigDecimal[] sum = sums.computeIfAbsent(key, (k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			if (row.optionLabel() != null) {
				if (row.optionWeight() != null && row.count() != null) {
					sum[0] = sum[0].add(BigDecimal.valueOf(row.count()));
					sum[1] = sum[1].add(row.optionWeight().multiply(BigDecimal.valueOf(row.count())));
				}
			}
			else if (row.mean() != null && row.respondents() != null) {
				sum[0] = sum[0].add(BigDecimal.valueOf(row.respondents()));
				sum[1] = sum[1].add(row.mean().multiply(BigDecimal.valueOf(row.respondents())));
			}
		}
		List<ContractorLeafResult> list = new ArrayList<>();
		sums.forEach((key, sum) -> {
			long respondents = sum[0].longValueExact();
			BigDecimal mean = (respondents == 0) ? null : sum[1].divide(sum[0], SCALE, RoundingMode.HALF_UP);
			list.add(new ContractorLeafResult(keys.get(key)[0], key.substring(21), respondents, mean));
		});
		return list;
	}

	/** The tables imported for a set, by contractor. */
	@Transactional(readOnly = true)
	public List<ContractorImportView> imports(long indexSetId) {
		return this.results.imports(indexSetId);
	}

	/** The stored rows of every contractor's table of a set, by contractor and row. */
	@Transactional(readOnly = true)
	public List<ContractorRowView> rows(long indexSetId) {
		return this.results.rows(indexSetId);
	}

	/** The set's own responses per unit and survey leaf, to show beside the tables. */
	@Transactional(readOnly = true)
	public List<OwnLeafAnswers> ownAnswers(long indexSetId) {
		return this.results.ownAnswers(indexSetId);
	}

	/**
	 * Checks a contractor's table and stores it in place of that contractor's previous
	 * table for the set, all or nothing.
	 * @param contractor the contractor's name, 1 to {@value #MAX_CONTRACTOR} characters
	 * @param rows the file's rows with content, the first being the header
	 * @return the stored import
	 * @throws NotFoundException for an unknown index set
	 * @throws ContractorImportException listing every problem by row and column (up to
	 * {@value #MAX_ISSUES}): unknown unit, form, question or leaf, an option not on the
	 * question, a count or respondents that is not a whole number of 0 or more, a mean
	 * out of 0..1 (0%..100%), a row with both a count and a mean, a duplicate row, no
	 * result at all
	 * @throws org.parindex.assessment.WorkflowException once the year is approved or
	 * published, or without a cycle
	 */
	@Transactional
	public ContractorImportView importTable(long indexSetId, String contractor, String fileName, List<TableRow> rows) {
		IndexSetView set = set(indexSetId);
		String name = Normalizer.normalize(contractor, Normalizer.Form.NFC).strip();
		if (name.isEmpty()) {
			throw new ContractorImportException(List
				.of(new ContractorImportException.Issue(0, "", "survey.contractor.name", List.of(MAX_CONTRACTOR))));
		}
		if (name.length() > MAX_CONTRACTOR) {
			// how long it is, as every text too long says (walk of issue 10, third round)
			throw new ContractorImportException(List.of(new ContractorImportException.Issue(0, "",
					"survey.contractor.name.long", List.of(MAX_CONTRACTOR, name.length()))));
		}
		List<ContractorRowView> checked = check(set, name, rows);
		this.cycles.requireResultsOpen(indexSetId);
		Optional<ContractorImportView> previous = this.results.lockImport(indexSetId, name);
		previous.ifPresent((before) -> this.results.deleteImport(before.id()));
		String file = (fileName.length() > 200) ? fileName.substring(0, 200) : fileName;
		long id = this.results.insertImport(indexSetId, name, file, checked.size(), Actors.currentName(),
				this.clock.instant());
		this.results.insertRows(id, checked);
		this.events.publishEvent(AuditableChange.of("survey-contractor", set.year() + " " + name,
				"survey-contractor-imported", previous.map((p) -> p.fileName() + " (" + p.rows() + ")").orElse(""),
				file + " (" + checked.size() + ")", ""));
		return this.results.imports(indexSetId).stream().filter((i) -> i.id() == id).findFirst().orElseThrow();
	}

	/**
	 * The template of a set's table as an XLSX workbook: the header, one mean row per
	 * participating unit and survey leaf, and, where the set has forms, one count row per
	 * unit, scored question and option, all with F to I blank; a second sheet explains
	 * the columns.
	 * @throws NotFoundException for an unknown index set
	 */
	@Transactional(readOnly = true)
	public byte[] templateXlsx(long indexSetId) {
		List<List<String>> rows = templateRows(set(indexSetId));
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Sheet sheet = workbook.createSheet("Kết quả");
			for (int r = 0; r < rows.size(); r++) {
				Row line = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					org.apache.poi.ss.usermodel.Cell cell = line.createCell(c);
					cell.setCellValue(SpreadsheetText.neutralise(rows.get(r).get(c)));
					cell.setCellStyle((r == 0) ? bold : text);
				}
			}
			for (int c = 0; c < HEADER.size(); c++) {
				sheet.setColumnWidth(c, 18 * 256);
			}
			Sheet help = workbook.createSheet("Hướng dẫn");
			int r = 0;
			for (String line : GUIDE) {
				help.createRow(r++).createCell(0).setCellValue(line);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The same template as CSV (UTF-8 with a byte order mark, comma-separated, every
	 * field quoted).
	 * @throws NotFoundException for an unknown index set
	 */
	@Transactional(readOnly = true)
	public byte[] templateCsv(long indexSetId) {
		List<List<String>> rows = templateRows(set(indexSetId));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = CsvFiles.printer(writer)) {
			writer.write('\uFEFF');
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetText::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static final List<String> GUIDE = List.of("Bảng kết quả do đơn vị điều tra cung cấp (ParIndex)",
			"Dòng 1 là tiêu đề; mỗi dòng sau là một kết quả của một đơn vị.",
			"A Mã đơn vị: mã trong danh mục đơn vị; để trống nếu ghi tên đơn vị ở cột B.",
			"C Mã phiếu và D Mã câu hỏi: câu hỏi được đếm; hoặc để trống cả hai và ghi E Mã tiêu chí điều tra.",
			"Cách 1, đếm theo phương án: F Phương án (A, B, ...) và G Số lượt chọn (số nguyên, từ 0).",
			"Cách 2, điểm trung bình: để trống F, G; ghi H Điểm trung bình (0 đến 1, hoặc 0% đến 100% có dấu %) "
					+ "và I Số người trả lời (số nguyên, từ 0).",
			"Dòng để trống cả G, H, I được bỏ qua (mẫu ghi sẵn phương án ở cột F). Mỗi đơn vị và câu hỏi (hoặc tiêu chí) chỉ ghi một lần; "
					+ "không ghi vừa theo câu hỏi vừa theo tiêu chí cho cùng một tiêu chí.",
			"Nhập lại bảng của cùng một đơn vị điều tra sẽ thay thế bảng đã nhập trước cho bộ chỉ số.");

	private List<List<String>> templateRows(IndexSetView set) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		List<UnitView> units = units(set);
		List<String> leaves = surveyLeaves(set);
		List<SurveyFormView> forms = this.forms.forms(set.id());
		for (UnitView unit : units) {
			for (String leaf : leaves) {
				rows.add(List.of(unit.code(), unit.name(), "", "", leaf, "", "", "", ""));
			}
			for (SurveyFormView form : forms) {
				for (SurveyQuestionView question : form.questions()) {
					if (!question.scored()) {
						continue;
					}
					for (SurveyOptionView option : question.options()) {
						rows.add(List.of(unit.code(), unit.name(), form.code(), question.code(), question.leafCode(),
								option.label(), "", "", ""));
					}
				}
			}
		}
		return rows;
	}

	private List<ContractorRowView> check(IndexSetView set, String contractor, List<TableRow> rows) {
		List<ContractorImportException.Issue> issues = new ArrayList<>();
		List<UnitView> units = units(set);
		Map<String, UnitView> byCode = new HashMap<>();
		Map<String, UnitView> byName = new HashMap<>();
		for (UnitView unit : units) {
			byCode.put(unit.code().toUpperCase(Locale.ROOT), unit);
			byName.put(unit.name().toLowerCase(Locale.ROOT), unit);
			// the unit's name with its kind, as every page prints it ("Huyện Đak Pơ",
			// "Đak Pơ District"): a contractor's table copies it from there
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				String titled = this.messages.getMessage("unit.title." + unit.kind().key(),
						new Object[] { unit.name() }, unit.name(), locale);
				byName.putIfAbsent(titled.toLowerCase(Locale.ROOT), unit);
			}
		}
		Set<String> leaves = new HashSet<>(surveyLeaves(set));
		Map<String, SurveyFormView> forms = new HashMap<>();
		for (SurveyFormView form : this.forms.forms(set.id())) {
			forms.put(form.code().toUpperCase(Locale.ROOT), form);
		}
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Integer> means = new HashMap<>();
		Map<String, String> levels = new HashMap<>();
		List<ContractorRowView> checked = new ArrayList<>();
		for (int index = 1; index < rows.size(); index++) {
			TableRow row = rows.get(index);
			Problems problems = new Problems(row.number(), issues);
			String option = row.cell(5);
			String count = row.cell(6);
			String mean = row.cell(7);
			String respondents = row.cell(8);
			if (count.isEmpty() && mean.isEmpty() && respondents.isEmpty()) {
				continue;
			}
			UnitView unit = unit(row, byCode, byName, problems);
			String formCode = row.cell(2);
			String questionCode = row.cell(3);
			String leafCode = row.cell(4);
			SurveyQuestionView question = null;
			String leaf = null;
			if (!formCode.isEmpty() || !questionCode.isEmpty()) {
				SurveyFormView form = forms.get(formCode.toUpperCase(Locale.ROOT));
				if (formCode.isEmpty()) {
					problems.add("C", "survey.contractor.form-missing", questionCode);
				}
				else if (form == null) {
					problems.add("C", "survey.contractor.form-unknown", formCode);
				}
				else if (questionCode.isEmpty()) {
					problems.add("D", "survey.contractor.question-missing", formCode);
				}
				else {
					question = form.questions()
						.stream()
						.filter((q) -> q.code().equalsIgnoreCase(questionCode))
						.findFirst()
						.orElse(null);
					if (question == null) {
						problems.add("D", "survey.contractor.question-unknown", formCode, questionCode);
					}
					else if (!question.scored()) {
						problems.add("D", "survey.contractor.question-not-scored", formCode, question.code());
						question = null;
					}
					else {
						leaf = question.leafCode();
						if (!leafCode.isEmpty() && !leafCode.equals(leaf)) {
							problems.add("E", "survey.contractor.leaf-mismatch", leafCode, question.code(), leaf);
						}
					}
				}
			}
			else if (leafCode.isEmpty()) {
				problems.add("E", "survey.contractor.target-missing");
			}
			else if (!leaves.contains(leafCode)) {
				problems.add("E", "survey.contractor.leaf-unknown", leafCode);
			}
			else {
				leaf = leafCode;
			}
			String label = null;
			BigDecimal weight = null;
			Integer optionCount = null;
			BigDecimal meanValue = null;
			Integer respondentCount = null;
			if (!option.isEmpty() || !count.isEmpty()) {
				if (!mean.isEmpty() || !respondents.isEmpty()) {
					problems.add(mean.isEmpty() ? "I" : "H", "survey.contractor.mixed");
				}
				optionCount = whole(row, 6, "G", problems);
				if (option.isEmpty()) {
					problems.add("F", "survey.contractor.option-missing");
				}
				else if (question != null) {
					Optional<SurveyOptionView> found = question.options()
						.stream()
						.filter((o) -> o.label().equalsIgnoreCase(option))
						.findFirst();
					if (found.isEmpty()) {
						problems.add("F", "survey.contractor.option-unknown", option, question.code(),
								String.join(", ", question.options().stream().map(SurveyOptionView::label).toList()));
					}
					else {
						label = found.get().label();
						weight = found.get().weight();
					}
				}
				else if (leaf != null) {
					Optional<Optional<BigDecimal>> leafWeight = leafWeight(forms.values(), leaf, option, problems);
					if (leafWeight.isPresent()) {
						label = option.toUpperCase(Locale.ROOT);
						weight = leafWeight.get().orElse(null);
					}
				}
			}
			else {
				meanValue = mean(row, 7, problems);
				respondentCount = whole(row, 8, "I", problems);
				if (meanValue != null && respondentCount != null && respondentCount == 0) {
					// a mean of nobody's answers: a slip in one of the two cells, asked
					// rather than counted for nothing (walk of issue 10, second round,
					// #13)
					problems.add("I", "survey.contractor.mean-nobody", row.cell(7));
				}
			}
			if (problems.none() && unit != null && leaf != null) {
				String target = (question != null) ? "Q " + formCode.toUpperCase(Locale.ROOT) + " " + question.code()
						: "L " + leaf;
				Map<String, Integer> same = (label != null) ? counts : means;
				Map<String, Integer> other = (label != null) ? means : counts;
				String key = unit.id() + " " + target + ((label != null) ? " " + label : "");
				Integer first = same.putIfAbsent(key, row.number());
				if (first != null) {
					problems.add("", "survey.contractor.duplicate", first);
				}
				else if (other.containsKey(unit.id() + " " + target)) {
					problems.add("", "survey.contractor.kinds", other.get(unit.id() + " " + target));
				}
				if (label != null) {
					counts.putIfAbsent(unit.id() + " " + target, row.number());
				}
				String level = (question != null) ? "Q" : "L";
				String before = levels.putIfAbsent(unit.id() + " " + leaf, level + row.number());
				if (before != null && !before.startsWith(level)) {
					problems.add("", "survey.contractor.levels", leaf, Integer.parseInt(before.substring(1)));
				}
				if (problems.none()) {
					checked.add(new ContractorRowView(contractor, row.number(), unit.id(),
							(question != null) ? forms.get(formCode.toUpperCase(Locale.ROOT)).code() : null,
							(question != null) ? question.code() : null, leaf, label, weight, optionCount, meanValue,
							respondentCount));
				}
			}
			if (issues.size() >= MAX_ISSUES) {
				break;
			}
		}
		if (issues.isEmpty() && checked.isEmpty()) {
			issues.add(new ContractorImportException.Issue(0, "", "survey.contractor.empty", List.of()));
		}
		if (!issues.isEmpty()) {
			throw new ContractorImportException(issues);
		}
		return checked;
	}

	/**
	 * The weight of an option label on a survey leaf across the forms' questions on it:
	 * empty (after an issue) when no question has it or the questions weigh it
	 * differently; present-empty for an option left out of the mean.
	 */
	private static Optional<Optional<BigDecimal>> leafWeight(Iterable<SurveyFormView> forms, String leaf, String option,
			Problems problems) {
		Set<Optional<BigDecimal>> weights = new HashSet<>();
		for (SurveyFormView form : forms) {
			for (SurveyQuestionView question : form.questions()) {
				if (leaf.equals(question.leafCode())) {
					question.options()
						.stream()
						.filter((o) -> o.label().equalsIgnoreCase(option))
						.forEach((o) -> weights
							.add(Optional.ofNullable(o.weight()).map((w) -> w.setScale(4, RoundingMode.HALF_UP))));
				}
			}
		}
		if (weights.isEmpty()) {
			problems.add("F", "survey.contractor.option-unknown-leaf", option, leaf);
			return Optional.empty();
		}
		if (weights.size() > 1) {
			problems.add("F", "survey.contractor.option-ambiguous", option, leaf);
			return Optional.empty();
		}
		return Optional.of(weights.iterator().next());
	}

	private static @Nullable UnitView unit(TableRow row, Map<String, UnitView> byCode, Map<String, UnitView> byName,
			Problems problems) {
		String code = row.cell(0);
		String name = row.cell(1);
		if (!code.isEmpty()) {
			UnitView unit = byCode.get(code.toUpperCase(Locale.ROOT));
			if (unit == null) {
				problems.add("A", "survey.contractor.unit-unknown", code);
			}
			return unit;
		}
		if (name.isEmpty()) {
			problems.add("A", "survey.contractor.unit-missing");
			return null;
		}
		UnitView unit = byName.get(name.toLowerCase(Locale.ROOT));
		if (unit == null) {
			problems.add("B", "survey.contractor.unit-unknown-name", name);
		}
		return unit;
	}

	/**
	 * A count of the row: a cell stored as a number must be whole (1.234 is refused); a
	 * text cell is read as Vietnamese groups thousands ({@code 1.000} is a thousand).
	 */
	private static @Nullable Integer whole(TableRow row, int index, String column, Problems problems) {
		String text = row.cell(index);
		if (text.isEmpty()) {
			problems.add(column, "survey.contractor.whole-missing");
			return null;
		}
		try {
			long value = row.whole(index).orElseThrow();
			if (value < 0) {
				problems.add(column, "survey.contractor.negative", text);
				return null;
			}
			return Math.toIntExact(value);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// a number with a part after its point or comma (2.5, 2,5, 1.5 as stored) is
			// said to have a fraction, not told how thousands are grouped (walk of issue
			// 10, third round, #5)
			Optional<BigDecimal> stored = row.storedNumber(index);
			String key = stored.isPresent() ? "survey.contractor.whole-stored"
					: !FRACTION.matcher(text).matches() ? "survey.contractor.whole"
							: text.contains(",") ? "survey.contractor.whole-comma" : "survey.contractor.whole-point";
			// a number cell's value is said in the reader's own decimal sign (1,234)
			problems.add(column, key, stored.<Object>map((number) -> number).orElse(text));
			return null;
		}
	}

	/**
	 * A number written with a point or a comma: digits, then a point or comma, then
	 * digits.
	 */
	private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern
		.compile("[-+−]?\\d[\\d.,\\s\\u00a0]*[.,]\\d+");

	/**
	 * The mean of the row, 0 to 1 or a percentage: a cell stored as a number is that
	 * number (0.875, never ambiguous); a text cell with a decimal comma, or ending in %.
	 */
	private static @Nullable BigDecimal mean(TableRow row, int index, Problems problems) {
		String text = row.cell(index);
		if (text.isEmpty()) {
			problems.add("H", "survey.contractor.mean-missing");
			return null;
		}
		boolean percent = text.endsWith("%");
		BigDecimal value;
		try {
			value = percent ? DecimalInput.parseUnambiguous(text.substring(0, text.length() - 1)).orElseThrow()
					: row.unambiguousDecimal(index).orElseThrow();
		}
		catch (DecimalInput.AmbiguousNumberException ex) {
			problems.add("H", "survey.contractor.mean-ambiguous", text);
			return null;
		}
		catch (NumberFormatException | java.util.NoSuchElementException ex) {
			problems.add("H", "survey.contractor.mean-unreadable", text);
			return null;
		}
		BigDecimal max = percent ? BigDecimal.valueOf(100) : BigDecimal.ONE;
		if (value.signum() < 0 || value.compareTo(max) > 0) {
			// a number cell said in the reader's decimal sign (1,5), as the counts are
			problems.add("H", "survey.contractor.mean-range",
					row.storedNumber(index).<Object>map((number) -> number).orElse(text));
			return null;
		}
		return (percent ? value.movePointLeft(2) : value).setScale(SCALE, RoundingMode.HALF_UP);
	}

	private IndexSetView set(long indexSetId) {
		return this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
	}

	/** The set's cycle's participating units, in the province's order. */
	List<UnitView> units(IndexSetView set) {
		Optional<CycleView> cycle = this.cycles.findForSet(set.id());
		return this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.map((c) -> c.unitIds().contains(unit.id())).orElse(false))
			.toList();
	}

	private static List<String> surveyLeaves(IndexSetView set) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
	}

	/** The issues of one row. */
	private static final class Problems {

		private final int row;

		private final List<ContractorImportException.Issue> issues;

		private final int before;

		Problems(int row, List<ContractorImportException.Issue> issues) {
			this.row = row;
			this.issues = issues;
			this.before = issues.size();
		}

		void add(String column, String key, Object... arguments) {
			this.issues.add(new ContractorImportException.Issue(this.row, column, key, List.of(arguments)));
		}

		boolean none() {
			return this.issues.size() == this.before;
		}

	}

}
