package org.parindex.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.parindex.engine.Component;
import org.parindex.engine.SurveyMean;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the survey's data (issue 10, item 8), as CSV or XLSX, streamed: rows are
 * read from the database with a fetch size ({@value #FETCH_SIZE} rows at a time, a
 * server-side cursor in PostgreSQL, which needs the read-only transaction each export
 * runs in) and written one by one ({@link SurveyExportSheet}); no export holds its rows
 * in a list. 100,000 responses of 30 questions export with a heap of 256 MB
 * ({@code SurveyExportHeapIT}).
 * <ul>
 * <li><b>Responses</b> of a form, one row per response: a row number, the form, the unit
 * rated (code and name), the channel, the day, then per question the option chosen
 * (label, empty when the question was left blank) and its weight (0 to 1, empty for an
 * option left out of the mean, "không biết"). The row number is the response's place in
 * this file only, never its database key: a file that leaves the office cannot be joined
 * with anything else. Rows go by unit (id), day and channel, and within those in the
 * order of the responses' random keys, which says nothing about when they came. An XLSX
 * file has a second sheet listing every question and option with its weight.</li>
 * <li><b>Aggregates</b> of an index set, one row per unit, survey leaf and form
 * (respondent group): the valid answers (options with a weight), the answers left out of
 * the mean, the count of each option label, and the mean of the valid answers' weights;
 * then one row per contractor's part (the counts and means of a contractor's table on the
 * unit and leaf, per form it names or on the leaf as a whole), then one row per unit and
 * leaf over all groups, taken from {@link SurveyPointsService#compute(long)} itself (own
 * responses and contractors' tables pooled by group, as the points page shows them), with
 * the points ({@code max × mean}). Only the set's survey leaves are counted; the rows per
 * form are streamed, the per-leaf results (one per unit and leaf) are computed first.
 * Means are written with 6 decimals, points with 2 (half up; DESIGN.md §3).</li>
 * </ul>
 * The text of headers and channel names is in the language asked for.
 */
@Service
public class SurveyExportService {

	/** Rows fetched from the database at a time. */
	static final int FETCH_SIZE = 1000;

	private static final int MEAN_PLACES = 6;

	private final JdbcTemplate jdbc;

	private final SurveyFormRepository forms;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final SurveyPointsService points;

	private final ContractorResultRepository contractors;

	SurveyExportService(DataSource dataSource, SurveyFormRepository forms, MethodologyService methodology,
			OrganizationService organization, MessageSource messages, SurveyPointsService points,
			ContractorResultRepository contractors) {
		this.points = points;
		this.contractors = contractors;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.forms = forms;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
	}

	/** The formats an export is written in. */
	public enum Format {

		/** RFC 4180 CSV, UTF-8 with a byte order mark. */
		CSV("csv", "text/csv;charset=UTF-8"),

		/** An Office Open XML workbook. */
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		/** The file name extension, without the dot. */
		public String extension() {
			return this.extension;
		}

		/** The media type of the file. */
		public String mediaType() {
			return this.mediaType;
		}

	}

	/**
	 * The form whose responses {@link #responses} would write.
	 * @throws NotFoundException for an unknown form ({@code survey.form.unknown})
	 */
	@Transactional(readOnly = true)
	public SurveyFormView form(long formId) {
		return this.forms.find(formId).orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
	}

	/**
	 * Writes every response of a form to a stream, which is closed at the end.
	 * @param locale the language of the header and of the channels' names
	 * @return the responses written (rows below the header)
	 * @throws NotFoundException for an unknown form
	 * @throws UncheckedIOException when the stream fails (the client went away)
	 */
	@Transactional(readOnly = true)
	public long responses(long formId, Format format, Locale locale, OutputStream out) {
		SurveyFormView form = form(formId);
		List<SurveyQuestionView> questions = form.questions();
		Map<Long, Integer> column = new HashMap<>();
		Map<Long, SurveyOptionView> options = new HashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			column.put(questions.get(i).id(), i);
			for (SurveyOptionView option : questions.get(i).options()) {
				options.put(option.id(), option);
			}
		}
		List<String> header = new ArrayList<>(
				List.of(text("survey.export.responses.number", locale), text("survey.export.form", locale),
						text("survey.export.unit-code", locale), text("survey.export.unit-name", locale),
						text("survey.export.responses.channel", locale), text("survey.export.responses.day", locale)));
		for (SurveyQuestionView question : questions) {
			header.add(question.code());
			header.add(text("survey.export.responses.weight", locale, question.code()));
		}
		Map<String, String> channels = new HashMap<>();
		for (ResponseChannel channel : ResponseChannel.values()) {
			channels.put(channel.name(), text(channel.messageKey(), locale));
		}
		Units units = new Units(form.indexSetId());
		try (SurveyExportSheet sheet = open(format, out)) {
			sheet.table(text("survey.export.responses.sheet", locale), header);
			ResponseRows rows = new ResponseRows(sheet, form, units, channels, column, options);
			this.jdbc.query("""
					select r.id, r.unit_id, r.channel, r.submitted_on, a.question_id, a.option_id
					from survey_response r join survey_answer a on a.response_id = r.id
					where r.form_id = ? and r.set_aside_reason is null
					order by r.unit_id, r.submitted_on, r.channel, r.id
					""", (rs) -> {
				rows.answer(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
						rs.getLong(5), rs.getLong(6));
			}, formId);
			rows.end();
			if (format == Format.XLSX) {
				codebook(sheet, form, locale);
			}
			sheet.finish();
			return rows.written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the aggregates of an index set's responses to a stream, which is closed at
	 * the end.
	 * @param locale the language of the header
	 * @return the rows written below the header
	 * @throws NotFoundException for an unknown set
	 * ({@code methodology.index-set.unknown})
	 * @throws UncheckedIOException when the stream fails (the client went away)
	 */
	@Transactional(readOnly = true)
	public long aggregates(long indexSetId, Format format, Locale locale, OutputStream out) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		Map<String, BigDecimal> maxima = new LinkedHashMap<>();
		set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.forEach((leaf) -> maxima.put(leaf.code(), leaf.maxPoints()));
		Map<Long, SurveyFormView> setForms = new LinkedHashMap<>();
		TreeSet<String> labels = new TreeSet<>();
		for (SurveyFormView form : this.forms.forms(indexSetId)) {
			setForms.put(form.id(), form);
			form.questions()
				.stream()
				.filter(SurveyQuestionView::scored)
				.forEach((q) -> q.options().forEach((o) -> labels.add(o.label())));
		}
		List<String> header = new ArrayList<>(List.of(text("survey.export.unit-code", locale),
				text("survey.export.unit-name", locale), text("survey.export.aggregates.leaf", locale),
				text("survey.export.aggregates.leaf-name", locale), text("survey.export.form", locale),
				text("survey.export.aggregates.group", locale), text("survey.export.aggregates.group-weight", locale),
				text("survey.export.aggregates.valid", locale), text("survey.export.aggregates.excluded", locale)));
		for (String label : labels) {
			header.add(text("survey.export.aggregates.option", locale, label));
		}
		header.add(text("survey.export.aggregates.mean", locale));
		header.add(text("survey.export.aggregates.max", locale));
		header.add(text("survey.export.aggregates.points", locale));
		Units units = new Units(indexSetId);
		try (SurveyExportSheet sheet = open(format, out)) {
			sheet.table(text("survey.export.aggregates.sheet", locale), header);
			Map<String, SurveyLeafScore> scores = new LinkedHashMap<>();
			this.points.compute(indexSetId)
				.forEach((score) -> scores.put(key(score.unitId(), score.leafCode()), score));
			Map<String, List<ContractorRowView>> contracted = new HashMap<>();
			for (ContractorRowView row : this.contractors.rows(indexSetId)) {
				contracted.computeIfAbsent(key(row.unitId(), row.leafCode()), (k) -> new ArrayList<>()).add(row);
			}
			AggregateRows rows = new AggregateRows(sheet, set, maxima, setForms, List.copyOf(labels), units,
					text("survey.export.aggregates.all-groups", locale), scores, contracted,
					(name) -> text("survey.export.aggregates.contractor", locale, name));
			this.jdbc.query("""
					select r.unit_id, q.leaf_code, f.id, o.label, o.weight, count(*)
					from survey_answer a
					join survey_response r on r.id = a.response_id
					join survey_form f on f.id = r.form_id
					join survey_question q on q.id = a.question_id
					join survey_option o on o.id = a.option_id
					where f.index_set_id = ? and q.leaf_code is not null and r.set_aside_reason is null
					group by r.unit_id, q.leaf_code, f.id, o.label, o.weight
					order by r.unit_id, q.leaf_code, f.id, o.label
					""", (rs) -> {
				rows.count(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
						rs.getLong(6));
			}, indexSetId);
			rows.end();
			sheet.finish();
			return rows.written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String key(long unitId, String leafCode) {
		return unitId + "/" + leafCode;
	}

	private static SurveyExportSheet open(Format format, OutputStream out) throws IOException {
		return (format == Format.CSV) ? SurveyExportSheet.csv(out) : SurveyExportSheet.xlsx(out);
	}

	/** The questions and options of a form with their weights (XLSX only). */
	private void codebook(SurveyExportSheet sheet, SurveyFormView form, Locale locale) throws IOException {
		sheet.table(text("survey.export.codebook.sheet", locale), List.of(
				text("survey.export.codebook.question", locale), text("survey.export.codebook.question-text", locale),
				text("survey.export.aggregates.leaf", locale), text("survey.export.codebook.option", locale),
				text("survey.export.codebook.option-text", locale), text("survey.export.codebook.weight", locale)));
		for (SurveyQuestionView question : form.questions()) {
			for (SurveyOptionView option : question.options()) {
				sheet.row(Arrays.asList(question.code(), question.text(), question.leafCode(), option.label(),
						option.text(), option.weight()));
			}
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** Units by id: those of the set's unit group, others looked up once. */
	private final class Units {

		private final Map<Long, UnitView> known = new HashMap<>();

		Units(long indexSetId) {
			SurveyExportService.this.methodology.find(indexSetId)
				.ifPresent((set) -> SurveyExportService.this.organization.unitsOf(set.unitGroupId())
					.forEach((unit) -> this.known.put(unit.id(), unit)));
		}

		String code(long unitId) {
			return unit(unitId).map(UnitView::code).orElse("#" + unitId);
		}

		String name(long unitId) {
			return unit(unitId).map(UnitView::name).orElse("");
		}

		private Optional<UnitView> unit(long unitId) {
			UnitView unit = this.known.get(unitId);
			if (unit == null) {
				unit = SurveyExportService.this.organization.findUnit(unitId).orElse(null);
				if (unit != null) {
					this.known.put(unitId, unit);
				}
			}
			return Optional.ofNullable(unit);
		}

	}

	/**
	 * Folds the answer rows of the responses query (ordered so that a response's answers
	 * come together) into one row per response.
	 */
	private static final class ResponseRows {

		private final SurveyExportSheet sheet;

		private final SurveyFormView form;

		private final Units units;

		private final Map<String, String> channels;

		private final Map<Long, Integer> column;

		private final Map<Long, SurveyOptionView> options;

		private final @Nullable SurveyOptionView[] chosen;

		private @Nullable String response;

		private long unitId;

		private String channel = "";

		private @Nullable LocalDate day;

		private long written;

		ResponseRows(SurveyExportSheet sheet, SurveyFormView form, Units units, Map<String, String> channels,
				Map<Long, Integer> column, Map<Long, SurveyOptionView> options) {
			this.sheet = sheet;
			this.form = form;
			this.units = units;
			this.channels = channels;
			this.column = column;
			this.options = options;
			this.chosen = new SurveyOptionView[form.questions().size()];
		}

		void answer(String response, long unitId, String channel, LocalDate day, long questionId, long optionId) {
			if (!response.equals(this.response)) {
				end();
				this.response = response;
				this.unitId = unitId;
				this.channel = channel;
				this.day = day;
			}
			Integer at = this.column.get(questionId);
			if (at != null) {
				this.chosen[at] = this.options.get(optionId);
			}
		}

		/** Writes the response gathered so far, if any. */
		void end() {
			if (this.response == null) {
				return;
			}
			List<@Nullable Object> cells = new ArrayList<>(6 + 2 * this.chosen.length);
			cells.add(this.written + 1);
			cells.add(this.form.code());
			cells.add(this.units.code(this.unitId));
			cells.add(this.units.name(this.unitId));
			cells.add(this.channels.getOrDefault(this.channel, this.channel));
			cells.add(this.day);
			for (int i = 0; i < this.chosen.length; i++) {
				SurveyOptionView option = this.chosen[i];
				cells.add((option != null) ? option.label() : null);
				cells.add((option != null) ? option.weight() : null);
				this.chosen[i] = null;
			}
			try {
				this.sheet.row(cells);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.written++;
			this.response = null;
		}

	}

	/**
	 * Folds the grouped counts (ordered by unit, leaf, form) into one row per unit, leaf
	 * and form, one per contractor's part, and one per unit and leaf over all groups
	 * (from the survey points' own computation); units and leaves known only from
	 * contractors' tables are written once their unit is done, or at the end.
	 */
	private static final class AggregateRows {

		private final SurveyExportSheet sheet;

		private final IndexSetView set;

		private final Map<String, BigDecimal> maxima;

		private final Map<Long, SurveyFormView> forms;

		private final List<String> labels;

		private final Units units;

		private final String allGroups;

		/** The survey points' results by unit and leaf, removed as they are written. */
		private final Map<String, SurveyLeafScore> scores;

		private final Map<String, List<ContractorRowView>> contracted;

		private final java.util.function.Function<String, String> contractorGroup;

		/** The counts of the current unit and leaf, per form in the query's order. */
		private final Map<Long, Tally> tallies = new TreeMap<>();

		private long unitId = -1;

		private @Nullable String leaf;

		private long written;

		AggregateRows(SurveyExportSheet sheet, IndexSetView set, Map<String, BigDecimal> maxima,
				Map<Long, SurveyFormView> forms, List<String> labels, Units units, String allGroups,
				Map<String, SurveyLeafScore> scores, Map<String, List<ContractorRowView>> contracted,
				java.util.function.Function<String, String> contractorGroup) {
			this.sheet = sheet;
			this.set = set;
			this.maxima = maxima;
			this.forms = forms;
			this.labels = labels;
			this.units = units;
			this.allGroups = allGroups;
			this.scores = scores;
			this.contracted = contracted;
			this.contractorGroup = contractorGroup;
		}

		void count(long unitId, String leaf, long formId, String label, @Nullable BigDecimal weight, long n) {
			if (!this.maxima.containsKey(leaf) || !this.forms.containsKey(formId)) {
				return;
			}
			if (unitId != this.unitId || !leaf.equals(this.leaf)) {
				flush();
				if (unitId != this.unitId) {
					rest(this.unitId);
				}
				this.unitId = unitId;
				this.leaf = leaf;
			}
			this.tallies.computeIfAbsent(formId, (k) -> new Tally()).add(label, weight, n);
		}

		/** Writes what is left: the current unit and leaf, then every other result. */
		void end() {
			flush();
			for (String key : new ArrayList<>(this.scores.keySet())) {
				SurveyLeafScore score = this.scores.get(key);
				if (score != null) {
					this.unitId = score.unitId();
					leafRows(score.leafCode());
				}
			}
		}

		/** Writes the rows of the unit and leaf gathered so far, if any. */
		private void flush() {
			String current = this.leaf;
			if (current == null || this.tallies.isEmpty()) {
				return;
			}
			for (Map.Entry<Long, Tally> entry : this.tallies.entrySet()) {
				SurveyFormView form = Objects.requireNonNull(this.forms.get(entry.getKey()));
				Tally tally = entry.getValue();
				Optional<BigDecimal> mean = SurveyMean.ofAnswers(tally.answers);
				write(current, form.code(), form.respondentGroup(), form.groupWeight(), tally, mean.orElse(null), null,
						null);
			}
			this.tallies.clear();
			leafRows(current);
			this.leaf = null;
		}

		/** The results of a unit known only from contractors' tables. */
		private void rest(long unitId) {
			if (unitId < 0) {
				return;
			}
			String prefix = unitId + "/";
			for (String key : new ArrayList<>(this.scores.keySet())) {
				if (key.startsWith(prefix)) {
					leafRows(key.substring(prefix.length()));
				}
			}
		}

		/**
		 * The contractors' parts and the all-groups row of the current unit on a leaf,
		 * the latter as the survey points computed it.
		 */
		private void leafRows(String leafCode) {
			String key = this.unitId + "/" + leafCode;
			Map<String, Tally> parts = new TreeMap<>();
			Map<String, String> partForm = new HashMap<>();
			for (ContractorRowView row : this.contracted.getOrDefault(key, List.of())) {
				String part = row.contractor() + "\u0000" + Objects.toString(row.formCode(), "");
				partForm.put(part, row.formCode());
				Tally tally = parts.computeIfAbsent(part, (k) -> new Tally());
				if (row.optionLabel() != null && row.count() != null) {
					tally.add(row.optionLabel(), row.optionWeight(), row.count());
				}
				else if (row.mean() != null && row.respondents() != null) {
					tally.answers.add(new SurveyMean.AnswerTally(Optional.of(row.mean()), row.respondents()));
					tally.valid += row.respondents();
				}
			}
			parts.forEach((part, tally) -> write(leafCode, partForm.get(part),
					this.contractorGroup.apply(part.substring(0, part.indexOf('\u0000'))), null, tally,
					SurveyMean.ofAnswers(tally.answers).orElse(null), null, null));
			SurveyLeafScore score = this.scores.remove(key);
			if (score == null) {
				return;
			}
			Tally all = new Tally();
			score.answers()
				.forEach((label, n) -> all.add(label, score.excluded().contains(label) ? null : BigDecimal.ONE, n));
			all.valid = score.respondents();
			BigDecimal max = Objects.requireNonNull(this.maxima.get(leafCode));
			write(leafCode, null, this.allGroups, null, all, score.mean(), max,
					new SurveyExportSheet.Points(score.points()));
		}

		private void write(String leafCode, @Nullable String formCode, String group, @Nullable BigDecimal groupWeight,
				Tally tally, @Nullable BigDecimal mean, @Nullable BigDecimal max,
				SurveyExportSheet.@Nullable Points points) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(this.units.code(this.unitId));
			cells.add(this.units.name(this.unitId));
			cells.add(leafCode);
			cells.add(this.set.node(leafCode).map(NodeView::name).orElse(""));
			cells.add(formCode);
			cells.add(group);
			cells.add(groupWeight);
			cells.add(tally.valid);
			cells.add(tally.excluded);
			for (String label : this.labels) {
				cells.add(tally.perLabel.getOrDefault(label, 0L));
			}
			cells.add((mean != null) ? mean.setScale(MEAN_PLACES, RoundingMode.HALF_UP) : null);
			cells.add(max);
			cells.add(points);
			try {
				this.sheet.row(cells);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.written++;
		}

		/** The answers of one group (or all) about one unit and leaf. */
		private static final class Tally {

			private final List<SurveyMean.AnswerTally> answers = new ArrayList<>();

			private final Map<String, Long> perLabel = new HashMap<>();

			private long valid;

			private long excluded;

			void add(String label, @Nullable BigDecimal weight, long n) {
				this.answers.add(new SurveyMean.AnswerTally(Optional.ofNullable(weight), n));
				this.perLabel.merge(label, n, Long::sum);
				if (weight == null) {
					this.excluded += n;
				}
				else {
					this.valid += n;
				}
			}

		}

	}

}
