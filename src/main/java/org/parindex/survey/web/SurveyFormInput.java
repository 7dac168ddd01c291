package org.parindex.survey.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.Formats;
import org.parindex.platform.Text;
import org.parindex.survey.DefineSurveyForm;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveyOptionView;
import org.parindex.survey.SurveyQuestionView;

import org.springframework.context.MessageSource;

/**
 * A survey form as the editor sends it: every field as typed (text), so that a refused
 * form comes back exactly as typed, and read into a {@link DefineSurveyForm} by
 * {@link #read}, which names the question, option and field of every problem. Bounds are
 * those of {@link DefineSurveyForm} ({@code survey_form}, {@code survey_question},
 * {@code survey_option}): codes up to 20 characters, option labels up to 10, up to 200
 * questions of 2 to 20 options; the group weight greater than 0 and at most 1,000; an
 * option's weight in per cent, 0 to 100 with at most two decimals, or blank for an answer
 * left out of the mean; times as the browser's date-time field sends them, in Vietnam's
 * time.
 */
public class SurveyFormInput {

	/** The most questions of a form. */
	public static final int MAX_QUESTIONS = 200;

	/** The most options of a question. */
	public static final int MAX_OPTIONS = 20;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** How the date-time field of a browser writes a time ({@code 2022-05-01T08:00}). */
	static final DateTimeFormatter FIELD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private String code = "";

	private String name = "";

	private String respondentGroup = "";

	private String groupWeight = "1";

	private String intro = "";

	private String opensAt = "";

	private String closesAt = "";

	private List<QuestionInput> questions = new ArrayList<>();

	public String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = text(code);
	}

	public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = text(name);
	}

	public String getRespondentGroup() {
		return this.respondentGroup;
	}

	public void setRespondentGroup(@Nullable String respondentGroup) {
		this.respondentGroup = text(respondentGroup);
	}

	public String getGroupWeight() {
		return this.groupWeight;
	}

	public void setGroupWeight(@Nullable String groupWeight) {
		this.groupWeight = text(groupWeight);
	}

	public String getIntro() {
		return this.intro;
	}

	public void setIntro(@Nullable String intro) {
		this.intro = text(intro);
	}

	public String getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(@Nullable String opensAt) {
		this.opensAt = text(opensAt);
	}

	public String getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(@Nullable String closesAt) {
		this.closesAt = text(closesAt);
	}

	public List<QuestionInput> getQuestions() {
		return this.questions;
	}

	public void setQuestions(List<QuestionInput> questions) {
		this.questions = new ArrayList<>(questions);
	}

	/**
	 * A new form: one scored question with the usual Likert options (A 100 %, B 60 %, C
	 * 20 %, D 0 %, E "không biết / không trả lời"), open from now for 30 days.
	 */
	static SurveyFormInput blank(MessageSource messages, Locale locale, LocalDateTime now, List<String> surveyLeaves) {
		SurveyFormInput form = new SurveyFormInput();
		form.setCode("M1");
		form.setOpensAt(FIELD_TIME.format(now.withHour(8).withMinute(0)));
		form.setClosesAt(FIELD_TIME.format(now.plusDays(30).withHour(17).withMinute(0)));
		form.addQuestion(messages, locale, surveyLeaves);
		return form;
	}

	/** The stored form, as the editor shows it. */
	static SurveyFormInput of(SurveyFormView view, Formats formats) {
		SurveyFormInput form = new SurveyFormInput();
		form.setCode(view.code());
		form.setName(view.name());
		form.setRespondentGroup(view.respondentGroup());
		form.setGroupWeight(formats.input(view.groupWeight().stripTrailingZeros(), 4));
		form.setIntro(view.intro());
		form.setOpensAt(FIELD_TIME.format(view.opensAt().atZone(VIETNAM)));
		form.setClosesAt(FIELD_TIME.format(view.closesAt().atZone(VIETNAM)));
		for (SurveyQuestionView question : view.questions()) {
			QuestionInput input = new QuestionInput();
			input.setCode(question.code());
			input.setText(question.text());
			input.setLeafCode(question.leafCode());
			for (SurveyOptionView option : question.options()) {
				OptionInput typed = new OptionInput();
				typed.setLabel(option.label());
				typed.setText(option.text());
				typed.setWeight((option.weight() != null)
						? formats.input(option.weight().multiply(HUNDRED).stripTrailingZeros(), 2) : "");
				input.getOptions().add(typed);
			}
			form.questions.add(input);
		}
		return form;
	}

	/**
	 * Adds a question at the end with the usual Likert options and the next free code
	 * ({@code Q1}, {@code Q2} …), up to {@link #MAX_QUESTIONS}, rating the first survey
	 * leaf that no question rates yet (none when every leaf has its question).
	 * @param surveyLeaves the set's survey leaves, in the tree's order
	 */
	void addQuestion(MessageSource messages, Locale locale, List<String> surveyLeaves) {
		if (this.questions.size() >= MAX_QUESTIONS) {
			return;
		}
		Set<String> used = new HashSet<>();
		this.questions.forEach((question) -> used.add(question.getCode()));
		int next = this.questions.size() + 1;
		while (used.contains("Q" + next)) {
			next++;
		}
		QuestionInput question = new QuestionInput();
		question.setCode("Q" + next);
		Set<String> rated = new HashSet<>();
		this.questions.forEach((q) -> rated.add(q.getLeafCode()));
		surveyLeaves.stream().filter((leaf) -> !rated.contains(leaf)).findFirst().ifPresent(question::setLeafCode);
		String[][] likert = { { "A", "100" }, { "B", "60" }, { "C", "20" }, { "D", "0" }, { "E", "" } };
		for (String[] option : likert) {
			OptionInput input = new OptionInput();
			input.setLabel(option[0]);
			input.setText(
					messages.getMessage("survey.forms.likert." + option[0].toLowerCase(Locale.ROOT), null, locale));
			input.setWeight(option[1]);
			question.getOptions().add(input);
		}
		this.questions.add(question);
	}

	/** Removes a question (from 0); an index out of range changes nothing. */
	void removeQuestion(int index) {
		if (index >= 0 && index < this.questions.size()) {
			this.questions.remove(index);
		}
	}

	/** Adds an empty option to a question, labelled with the next letter. */
	void addOption(int question) {
		if (question < 0 || question >= this.questions.size()) {
			return;
		}
		List<OptionInput> options = this.questions.get(question).getOptions();
		if (options.size() >= MAX_OPTIONS) {
			return;
		}
		OptionInput option = new OptionInput();
		option.setLabel(String.valueOf((char) ('A' + options.size())));
		options.add(option);
	}

	/** Removes an option of a question; indexes out of range change nothing. */
	void removeOption(int question, int option) {
		if (question >= 0 && question < this.questions.size()) {
			List<OptionInput> options = this.questions.get(question).getOptions();
			if (option >= 0 && option < options.size()) {
				options.remove(option);
			}
		}
	}

	/**
	 * Reads the form into a command for an index set, or says every problem, each naming
	 * its question (number and code), option and field in the user's language.
	 * @param surveyLeaves the codes of the set's survey leaves
	 */
	Checked read(long indexSetId, Set<String> surveyLeaves, MessageSource messages, Locale locale) {
		Checker check = new Checker(messages, locale);
		check.text("code", "survey.forms.field.code", this.code, 20, true);
		check.text("name", "survey.forms.field.name", this.name, 300, true);
		check.text("respondentGroup", "survey.forms.field.respondent-group", this.respondentGroup, 300, true);
		check.text("intro", "survey.forms.field.intro", this.intro, 4000, false);
		BigDecimal weight = BigDecimal.ONE;
		Optional<BigDecimal> typedWeight = number(this.groupWeight);
		if (this.groupWeight.isEmpty()) {
			weight = BigDecimal.ONE;
		}
		else if (ambiguous(this.groupWeight)) {
			check.form("groupWeight", "survey.forms.field.group-weight",
					check.problem("survey.forms.problem.group-weight-ambiguous", this.groupWeight));
		}
		else if (typedWeight.isEmpty() || typedWeight.get().signum() <= 0
				|| typedWeight.get().compareTo(BigDecimal.valueOf(1000)) > 0
				|| typedWeight.get().stripTrailingZeros().scale() > 4) {
			check.form("groupWeight", "survey.forms.field.group-weight",
					check.problem("survey.forms.problem.group-weight", this.groupWeight));
		}
		else {
			weight = typedWeight.get();
		}
		Optional<LocalDateTime> opens = time(this.opensAt);
		Optional<LocalDateTime> closes = time(this.closesAt);
		if (opens.isEmpty()) {
			check.form("opensAt", "survey.forms.field.opens-at",
					this.opensAt.isEmpty() ? check.problem("survey.forms.problem.required")
							: check.problem("survey.forms.problem.time", this.opensAt));
		}
		if (closes.isEmpty()) {
			check.form("closesAt", "survey.forms.field.closes-at",
					this.closesAt.isEmpty() ? check.problem("survey.forms.problem.required")
							: check.problem("survey.forms.problem.time", this.closesAt));
		}
		if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
			check.form("closesAt", "survey.forms.field.closes-at", check.problem("survey.forms.problem.window"));
		}
		if (this.questions.isEmpty() || this.questions.size() > MAX_QUESTIONS) {
			check.errors
				.add(messages.getMessage("survey.forms.problem.questions", new Object[] { MAX_QUESTIONS }, locale));
		}
		List<DefineSurveyForm.Question> questions = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int q = 0; q < this.questions.size(); q++) {
			questions.add(this.questions.get(q).read(q, codes, surveyLeaves, check));
		}
		if (!check.errors.isEmpty()) {
			return new Checked(null, List.copyOf(check.errors), Set.copyOf(check.invalid));
		}
		return new Checked(new DefineSurveyForm(indexSetId, this.code, this.name, this.respondentGroup, weight,
				this.intro.isEmpty() ? null : this.intro, opens.get().atZone(VIETNAM).toInstant(),
				closes.get().atZone(VIETNAM).toInstant(), questions), List.of(), Set.of());
	}

	private static Optional<LocalDateTime> time(String text) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			// the browser sends seconds when the field shows them
			return Optional.of(LocalDateTime.parse(text).withSecond(0).withNano(0));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the text is a number such as {@code 1.000}: a thousand in Vietnamese
	 * notation, one in English (see {@link DecimalInput#parseUnambiguous}).
	 */
	private static boolean ambiguous(String text) {
		try {
			DecimalInput.parseUnambiguous(text);
			return false;
		}
		catch (DecimalInput.AmbiguousNumberException ex) {
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static Optional<BigDecimal> number(String text) {
		try {
			return DecimalInput.parse(text.replace("%", ""));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String text(@Nullable String text) {
		return (text != null) ? Text.normalize(text) : "";
	}

	/**
	 * The command read from the form, or the problems (in the user's language) and the
	 * paths of the fields they are about ({@code questions[1].options[0].weight}).
	 */
	record Checked(@Nullable DefineSurveyForm command, List<String> errors, Set<String> invalid) {

	}

	/** Collects the problems of one reading. */
	static final class Checker {

		private final MessageSource messages;

		private final Locale locale;

		private final Set<String> errors = new LinkedHashSet<>();

		private final Set<String> invalid = new HashSet<>();

		Checker(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		String problem(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

		void form(String path, String label, String problem) {
			this.invalid.add(path);
			this.errors.add(this.messages.getMessage("survey.forms.error.field",
					new Object[] { this.messages.getMessage(label, null, this.locale), problem }, this.locale));
		}

		void text(String path, String label, String value, int max, boolean required) {
			if (required && value.isEmpty()) {
				form(path, label, problem("survey.forms.problem.required"));
			}
			else if (value.length() > max) {
				form(path, label, problem("survey.forms.problem.length", max));
			}
		}

		void question(int index, String code, String path, String label, String problem) {
			this.invalid.add("questions[" + index + "]." + path);
			this.errors.add(this.messages.getMessage("survey.forms.error.question", new Object[] { index + 1,
					shown(code), this.messages.getMessage(label, null, this.locale), problem }, this.locale));
		}

		void option(int question, String code, int index, String label, String path, String field, String problem) {
			this.invalid.add("questions[" + question + "].options[" + index + "]." + path);
			this.errors.add(this.messages.getMessage("survey.forms.error.option",
					new Object[] { question + 1, shown(code), label.isEmpty() ? Integer.toString(index + 1) : label,
							this.messages.getMessage(field, null, this.locale), problem },
					this.locale));
		}

		private String shown(String code) {
			return code.isEmpty() ? this.messages.getMessage("survey.forms.no-code", null, this.locale) : code;
		}

	}

	/** A question as typed. */
	public static class QuestionInput {

		private String code = "";

		private String text = "";

		private String leafCode = "";

		private List<OptionInput> options = new ArrayList<>();

		public String getCode() {
			return this.code;
		}

		public void setCode(@Nullable String code) {
			this.code = SurveyFormInput.text(code);
		}

		public String getText() {
			return this.text;
		}

		public void setText(@Nullable String text) {
			this.text = SurveyFormInput.text(text);
		}

		/** The survey leaf's code, or empty for a demographic question. */
		public String getLeafCode() {
			return this.leafCode;
		}

		public void setLeafCode(@Nullable String leafCode) {
			this.leafCode = SurveyFormInput.text(leafCode);
		}

		public List<OptionInput> getOptions() {
			return this.options;
		}

		public void setOptions(List<OptionInput> options) {
			this.options = new ArrayList<>(options);
		}

		DefineSurveyForm.Question read(int index, Set<String> codes, Set<String> surveyLeaves, Checker check) {
			if (this.code.isEmpty()) {
				check.question(index, this.code, "code", "survey.forms.field.question-code",
						check.problem("survey.forms.problem.required"));
			}
			else if (this.code.length() > 20) {
				check.question(index, this.code, "code", "survey.forms.field.question-code",
						check.problem("survey.forms.problem.length", 20));
			}
			else if (!codes.add(this.code)) {
				check.question(index, this.code, "code", "survey.forms.field.question-code",
						check.problem("survey.forms.problem.duplicate", this.code));
			}
			if (this.text.isEmpty()) {
				check.question(index, this.code, "text", "survey.forms.field.question-text",
						check.problem("survey.forms.problem.required"));
			}
			else if (this.text.length() > 2000) {
				check.question(index, this.code, "text", "survey.forms.field.question-text",
						check.problem("survey.forms.problem.length", 2000));
			}
			String leaf = this.leafCode.isEmpty() ? null : this.leafCode;
			if (leaf != null && !surveyLeaves.contains(leaf)) {
				check.question(index, this.code, "leafCode", "survey.forms.field.leaf",
						check.problem("survey.forms.problem.leaf", leaf));
			}
			if (this.options.size() < 2 || this.options.size() > MAX_OPTIONS) {
				check.question(index, this.code, "options", "survey.forms.field.options",
						check.problem("survey.forms.problem.option-count", MAX_OPTIONS));
			}
			List<DefineSurveyForm.Option> options = new ArrayList<>();
			Set<String> labels = new HashSet<>();
			for (int o = 0; o < this.options.size(); o++) {
				options.add(this.options.get(o).read(index, this.code, o, labels, check));
			}
			if (leaf != null && !this.options.isEmpty() && this.options.stream().allMatch((o) -> o.weight.isEmpty())) {
				check.question(index, this.code, "options", "survey.forms.field.options",
						check.problem("survey.forms.problem.no-weighted"));
			}
			return new DefineSurveyForm.Question(this.code, this.text, leaf, options);
		}

	}

	/** An answer option as typed. */
	public static class OptionInput {

		private String label = "";

		private String text = "";

		private String weight = "";

		public String getLabel() {
			return this.label;
		}

		public void setLabel(@Nullable String label) {
			this.label = SurveyFormInput.text(label);
		}

		public String getText() {
			return this.text;
		}

		public void setText(@Nullable String text) {
			this.text = SurveyFormInput.text(text);
		}

		/**
		 * The weight in per cent as typed ({@code 100}, {@code 62,5}), or empty for an
		 * answer left out of the mean.
		 */
		public String getWeight() {
			return this.weight;
		}

		public void setWeight(@Nullable String weight) {
			this.weight = SurveyFormInput.text(weight);
		}

		DefineSurveyForm.Option read(int question, String code, int index, Set<String> labels, Checker check) {
			if (this.label.isEmpty()) {
				check.option(question, code, index, this.label, "label", "survey.forms.field.option-label",
						check.problem("survey.forms.problem.required"));
			}
			else if (this.label.length() > 10) {
				check.option(question, code, index, this.label, "label", "survey.forms.field.option-label",
						check.problem("survey.forms.problem.length", 10));
			}
			else if (!labels.add(this.label)) {
				check.option(question, code, index, this.label, "label", "survey.forms.field.option-label",
						check.problem("survey.forms.problem.option-duplicate", this.label));
			}
			if (this.text.isEmpty()) {
				check.option(question, code, index, this.label, "text", "survey.forms.field.option-text",
						check.problem("survey.forms.problem.required"));
			}
			else if (this.text.length() > 500) {
				check.option(question, code, index, this.label, "text", "survey.forms.field.option-text",
						check.problem("survey.forms.problem.length", 500));
			}
			BigDecimal weight = null;
			if (!this.weight.isEmpty() && DecimalInput.ambiguousPoint(this.weight.replace("%", ""))) {
				// 1.000 is a thousand in Vietnamese, one in English: never guess a weight
				check.option(question, code, index, this.label, "weight", "survey.forms.field.option-weight",
						check.problem("survey.forms.problem.weight-ambiguous", this.weight));
			}
			else if (!this.weight.isEmpty()) {
				Optional<BigDecimal> percent = number(this.weight);
				if (percent.isEmpty() || percent.get().signum() < 0 || percent.get().compareTo(HUNDRED) > 0
						|| percent.get().stripTrailingZeros().scale() > 2) {
					check.option(question, code, index, this.label, "weight", "survey.forms.field.option-weight",
							check.problem("survey.forms.problem.weight", this.weight));
				}
				else {
					weight = percent.get().divide(HUNDRED);
				}
			}
			return new DefineSurveyForm.Option(this.label, this.text, weight);
		}

	}

}
