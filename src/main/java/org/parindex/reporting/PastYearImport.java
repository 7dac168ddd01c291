package org.parindex.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.RecordAdjustment;
import org.parindex.assessment.RecordLeafEntries;
import org.parindex.engine.Component;
import org.parindex.engine.ScoreOverride;
import org.parindex.methodology.ClassBandView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFiles;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.ScoringService;
import org.parindex.scoring.UnitStanding;
import org.parindex.survey.RecordSurveyResults;
import org.parindex.survey.SurveyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A past year's final results imported from a file (issue 12, item 8), so a province
 * starts with its history: the figures ({@link PastYearFile}: per unit, each
 * sub-criterion's points, the survey criteria's points, bonus and deduction) are recorded
 * as any year taken over from outside is (the demo's 2020 and 2021): a cycle of the
 * file's units, each appraisal criterion's points as the appraiser's points with the
 * reason {@value #REASON}, each survey criterion as the mean that gives its points
 * ({@code points ÷ max}, rule {@code max × mean}), the bonus and deduction as decided by
 * the council, then the year completed and published as of the decision's date. Totals,
 * ranks, classification, narrative and change from the year before are the engine's,
 * never the file's. Only a year not yet started can be imported: a set with a cycle (a
 * year under way or published) is refused, and a published year is changed only by the
 * correction route (docs/reports.md).
 */
@Service
public class PastYearImport {

	/** The reason kept with every imported criterion's points, shown as the mark. */
	public static final String REASON = "Kết quả nhập từ tệp";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final CycleService cycles;

	private final AssessmentService assessment;

	private final AppraisalService appraisal;

	private final SurveyService survey;

	private final PublicationService publications;

	private final ScoringService scoring;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	PastYearImport(MethodologyService methodology, OrganizationService organization, CycleService cycles,
			AssessmentService assessment, AppraisalService appraisal, SurveyService survey,
			PublicationService publications, ScoringService scoring, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, java.time.Clock clock) {
		this.methodology = methodology;
		this.organization = organization;
		this.cycles = cycles;
		this.assessment = assessment;
		this.appraisal = appraisal;
		this.survey = survey;
		this.publications = publications;
		this.scoring = scoring;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * One unit as the engine scores the file's figures.
	 *
	 * @param code the unit's code
	 * @param name the unit's name
	 * @param total the total points (0 to the set's maximum), as the engine computes it
	 * @param kind the unit's kind, for its title ("Huyện Đak Pơ")
	 * @param rank the rank among the file's units, from 1
	 * @param unitCount how many units the year ranks
	 * @param classification the class band the total falls in, empty without bands
	 */
	public record PreviewUnit(String code, String name, UnitKind kind, BigDecimal total, int rank, int unitCount,
			Optional<ClassBandView> classification) {

	}

	/**
	 * An index set, whether or not it can be imported into.
	 * @throws NotFoundException for an unknown set
	 */
	public IndexSetView set(long indexSetId) {
		return this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("past-year.set.unknown", indexSetId));
	}

	/**
	 * Whether a past year can be imported into the set: it is not published and has no
	 * cycle ({@link #importableSet}); the list of index sets offers the import only then
	 * (walk A of 02/12, finding 11: the 2022 set, under way, led to a dead end).
	 * @return false for an unknown set too
	 */
	public boolean importable(long indexSetId) {
		return this.methodology.find(indexSetId)
			.filter((set) -> !set.published() && this.cycles.findForSet(indexSetId).isEmpty())
			.isPresent();
	}

	/**
	 * The index sets a past year can be imported into ({@link #importable}), the latest
	 * year first: the PAR office's home offers them (walk of issue 12: the import was
	 * hard to find).
	 */
	public List<org.parindex.methodology.IndexSetSummary> importableSets() {
		return this.methodology.list()
			.stream()
			.filter((set) -> !set.published() && this.cycles.findForSet(set.id()).isEmpty())
			.sorted(java.util.Comparator.comparingInt(org.parindex.methodology.IndexSetSummary::year).reversed())
			.toList();
	}

	/**
	 * The set a past year can be imported into: the index set of that year and group.
	 * @throws NotFoundException for an unknown set
	 * @throws PublicationException when the set's year has a cycle, under way or
	 * published ({@code past-year.exists})
	 */
	public IndexSetView importableSet(long indexSetId) {
		IndexSetView set = set(indexSetId);
		if (set.published() || this.cycles.findForSet(indexSetId).isPresent()) {
			throw new PublicationException("past-year.exists", set.year());
		}
		return set;
	}

	/**
	 * Reads a file (CSV, or the sheet of an XLSX workbook whose first row is the
	 * template's header, else its first sheet) and checks it against the set.
	 * @throws org.parindex.platform.TabularFileException when the file cannot be read
	 * @throws IOException when the upload cannot be read
	 */
	public PastYearFile.Reading read(IndexSetView set, String filename, InputStream in, ImportLimits limits)
			throws IOException {
		// every unit of the group at the year's end takes part (the engine ranks it,
		// with 0 when nothing is recorded): each must be in the file
		Map<String, String> required = new LinkedHashMap<>();
		this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year(), 12, 31))
			.forEach((unit) -> required.put(unit.code(), unit.name()));
		Map<String, String> units = new LinkedHashMap<>(required);
		this.organization.unitsOf(set.unitGroupId()).forEach((unit) -> units.putIfAbsent(unit.code(), unit.name()));
		long leaves = set.nodes().stream().filter(NodeView::isLeaf).count();
		int rows = (int) Math.max(limits.maxRows(), (units.size() * (leaves + 2)) + 1);
		// the sheet headed as the template is, wherever it is in the workbook (walk of
		// issue 12: an instructions sheet placed first was read as data)
		Map.Entry<String, List<TableRow>> table = TabularFiles.readBestTable(filename, in,
				limits.withRows(rows, "past-year.too-many-rows"), PastYearFile::tableScore);
		String sheet = table.getKey().equals(org.parindex.platform.CsvFiles.SHEET) ? "" : table.getKey();
		return PastYearFile.read(table.getValue(), set, units, required).of(sheet);
	}

	/**
	 * The units, totals and ranks the engine computes from a valid file, without keeping
	 * anything (the import is made and rolled back).
	 * @throws IllegalArgumentException for a file with problems
	 */
	public List<PreviewUnit> preview(long indexSetId, PastYearFile.Reading reading, LocalDate publishedOn,
			Actor actor) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			IndexSetView set = importableSet(indexSetId);
			long cycleId = record(set, reading, publishedOn, actor);
			this.appraisal.recordCompletedYear(cycleId, actor.username());
			IndexResults results = this.scoring.results(set.year(), set.unitGroupId()).orElseThrow();
			List<PreviewUnit> units = new ArrayList<>();
			for (UnitStanding standing : results.standings()) {
				units.add(new PreviewUnit(standing.unit().code(), standing.unit().name(), standing.unit().kind(),
						standing.result().total(), standing.rank().rank(), standing.rank().unitCount(),
						standing.result().classification().flatMap(set::classBand)));
			}
			// equal ranks by name, as the published ranking lists them (walk of issue 12)
			units.sort(java.util.Comparator.comparingInt(PreviewUnit::rank)
				.thenComparing(PreviewUnit::name, org.parindex.platform.Text.VIETNAMESE_ORDER));
			return units;
		});
	}

	/**
	 * Imports a valid file and publishes the year as of the decision's date (08:00 in
	 * Vietnam), audited ({@code past-year-import}); all or nothing.
	 * @param publishedOn the date the year's results were published (the decision's
	 * date), in the years the cycle may have
	 * @throws IllegalArgumentException for a file with problems
	 * @throws PublicationException when the year has a cycle already or the actor is not
	 * the PAR office
	 * @throws org.parindex.assessment.InvalidCycleException for a date outside the
	 * cycle's years
	 * @throws PublicationException for a date after today in Vietnam
	 * ({@code past-year.published-on.future}) or before the set's year
	 * ({@code past-year.published-on.early})
	 */
	public PublicationView confirm(long indexSetId, PastYearFile.Reading reading, LocalDate publishedOn,
			String filename, Actor actor) {
		return this.transactions.execute((status) -> {
			IndexSetView set = importableSet(indexSetId);
			long cycleId = record(set, reading, publishedOn, actor);
			this.appraisal.recordCompletedYear(cycleId, actor.username());
			PublicationView publication = this.publications.publish(cycleId, actor,
					publishedOn.atTime(8, 0).atZone(VIETNAM).toOffsetDateTime(), REASON);
			this.events.publishEvent(AuditableChange.of("past-year-import", Long.toString(set.id()), "imported", "",
					"year=" + set.year() + ", units=" + reading.units().size() + ", file=" + filename + ", published="
							+ publishedOn,
					""));
			return publication;
		});
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private long record(IndexSetView set, PastYearFile.Reading reading, LocalDate publishedOn, Actor actor) {
		if (!reading.valid()) {
			throw new IllegalArgumentException("The file has problems");
		}
		if (!actor.hasRole("PAR_OFFICE")) {
			throw new PublicationException("publication.par-office-only");
		}
		// a past year was published on a day already past: a date still to come is a
		// typing slip (2030 for 2020), refused before anything is shown as published then
		// (walk of issue 12)
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		if (publishedOn.isAfter(today)) {
			throw new PublicationException("past-year.published-on.future", DAY.format(publishedOn), DAY.format(today),
					set.year());
		}
		// a date before the year itself (2010, 1900 typed for 2020) is said as such, not
		// as a self-assessment deadline out of range (walk of issue 12)
		if (publishedOn.getYear() < set.year()) {
			throw new PublicationException("past-year.published-on.early", DAY.format(publishedOn), set.year());
		}
		Map<String, UnitView> units = new LinkedHashMap<>();
		for (PastYearFile.UnitFigures figures : reading.units()) {
			units.put(figures.unitCode(), this.organization.findUnit(figures.unitCode()).orElseThrow());
		}
		Map<String, NodeView> leaves = set.nodes()
			.stream()
			.filter(NodeView::isLeaf)
			.collect(Collectors.toMap(NodeView::code, (node) -> node, (a, b) -> a, LinkedHashMap::new));
		OffsetDateTime publication = publishedOn.atTime(8, 0).atZone(VIETNAM).toOffsetDateTime();
		// the stages' deadlines before the decision, a day apart (as the year was kept
		// outside ParIndex they mean nothing more)
		CycleDeadlines deadlines = new CycleDeadlines(publishedOn.minusDays(4).atTime(17, 0),
				publishedOn.minusDays(3).atTime(17, 0), publishedOn.minusDays(2).atTime(17, 0),
				publishedOn.minusDays(1).atTime(17, 0), publication.toLocalDateTime(),
				units.values().stream().map(UnitView::id).collect(Collectors.toSet()));
		CycleView cycle = this.cycles.open(set.id(), deadlines);
		for (PastYearFile.UnitFigures figures : reading.units()) {
			long unitId = units.get(figures.unitCode()).id();
			List<RecordLeafEntries.Entry> entries = new ArrayList<>();
			List<RecordSurveyResults.Result> surveyed = new ArrayList<>();
			for (NodeView leaf : leaves.values()) {
				BigDecimal points = figures.points().get(leaf.code());
				if (leaf.component().orElseThrow() == Component.SURVEY) {
					surveyed.add(new RecordSurveyResults.Result(leaf.code(), 0, mean(points, leaf.maxPoints())));
				}
				else {
					// the public reason is column G's, or none: the mark is not a reason
					// a
					// unit lost points for (walk of issue 12: "Lý do công bố: Kết quả
					// nhập
					// từ tệp" on every criterion)
					entries.add(new RecordLeafEntries.Entry(leaf.code(), Map.of(),
							Optional.of(new ScoreOverride(points, figures.reasons().getOrDefault(leaf.code(), REASON))),
							figures.reasons().getOrDefault(leaf.code(), "")));
				}
			}
			if (!entries.isEmpty()) {
				this.assessment.recordEntries(new RecordLeafEntries(set.id(), unitId, entries));
			}
			if (!surveyed.isEmpty()) {
				this.survey.recordResults(new RecordSurveyResults(set.id(), unitId, surveyed));
			}
			if (figures.bonus().signum() > 0) {
				this.assessment.recordAdjustment(new RecordAdjustment(set.id(), unitId, AdjustmentKind.BONUS,
						figures.bonus(), REASON, actor.username()));
			}
			if (figures.deduction().signum() > 0) {
				this.assessment.recordAdjustment(new RecordAdjustment(set.id(), unitId, AdjustmentKind.DEDUCTION,
						figures.deduction(), REASON, actor.username()));
			}
		}
		return cycle.id();
	}

	/**
	 * The survey mean that gives the points by the rule {@code max × mean} (10 decimal
	 * places as kept: off by less than 10⁻⁸ points for a maximum under 100).
	 */
	static BigDecimal mean(BigDecimal points, BigDecimal max) {
		if (max.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return points.divide(max, 10, RoundingMode.HALF_UP);
	}

	/**
	 * The template of a set: one row per unit of its group at the year's end and leaf
	 * (unit code, unit name, criterion code, name, maximum, points left empty), then each
	 * unit's bonus and deduction rows with the set's caps, under a header row.
	 */
	public byte[] template(IndexSetView set) {
		// the units that take part in the year, with the names they had then
		List<UnitView> units = this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year(), 12, 31));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kết quả " + set.year());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			String[] titles = { "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí", "Điểm tối đa", "Điểm",
					"Nguyên nhân mất điểm" };
			for (int column = 0; column < titles.length; column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(titles[column]);
				cell.setCellStyle(bold);
			}
			int index = 1;
			for (UnitView unit : units) {
				for (NodeView leaf : set.nodes()) {
					if (leaf.isLeaf()) {
						row(sheet.createRow(index++), unit, leaf.code(), leaf.name(), leaf.maxPoints());
					}
				}
				row(sheet.createRow(index++), unit, PastYearFile.BONUS, "Điểm thưởng", set.bonusCap());
				row(sheet.createRow(index++), unit, PastYearFile.DEDUCTION, "Điểm trừ", set.deductionCap());
			}
			// each header whole (LibreOffice printed "Mã tiêu cl" and ran "Mã đơn vị"
			// into
			// the next column), the header kept in view and on every printed page, one A4
			// landscape page wide, numbered
			int[] widths = { 14, 30, 13, 60, 13, 10, 50 };
			for (int column = 0; column < widths.length; column++) {
				sheet.setColumnWidth(column, widths[column] * 256);
			}
			sheet.createFreezePane(0, 1);
			sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
			sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.getFooter().setCenter("&P / &N");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(Row row, UnitView unit, String code, String name, BigDecimal max) {
		row.createCell(0).setCellValue(unit.code());
		row.createCell(1).setCellValue(unit.name());
		row.createCell(2).setCellValue(code);
		row.createCell(3).setCellValue(name);
		row.createCell(4).setCellValue(max.doubleValue());
	}

}
