package org.parindex.contest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.parindex.contest.QuestionDifficulty;
import org.parindex.contest.QuestionDraft;
import org.parindex.contest.QuestionKind;
import org.parindex.contest.QuestionOptionView;
import org.parindex.contest.QuestionView;

/**
 * A question's page as sent: bound field by field and kept as typed, so that a refused
 * question comes back exactly as the committee left it. Six option fields (A to F), the
 * correct ones ticked.
 */
public class QuestionBankForm {

	private String code = "";

	private String category = "";

	private String difficulty = "";

	private String kind = "";

	private String text = "";

	private List<String> options = new ArrayList<>(List.of("", "", "", "", "", ""));

	private List<Integer> correct = new ArrayList<>();

	private String source = "";

	/** A blank question: medium, single answer. */
	static QuestionBankForm blank() {
		QuestionBankForm form = new QuestionBankForm();
		form.difficulty = QuestionDifficulty.MEDIUM.name();
		form.kind = QuestionKind.SINGLE.name();
		return form;
	}

	/** A stored question, to edit. */
	static QuestionBankForm of(QuestionView question) {
		QuestionBankForm form = new QuestionBankForm();
		form.code = question.code();
		form.category = question.category();
		form.difficulty = question.difficulty().name();
		form.kind = question.kind().name();
		form.text = question.text();
		for (QuestionOptionView option : question.options()) {
			form.options.set(option.position(), option.text());
			if (option.correct()) {
				form.correct.add(option.position());
			}
		}
		form.source = question.source();
		return form;
	}

	/** The draft the page sent; an unknown difficulty or kind is a missing one. */
	QuestionDraft draft() {
		return new QuestionDraft(this.code, this.category, parse(QuestionDifficulty.class, this.difficulty),
				parse(QuestionKind.class, this.kind), this.text,
				this.options.subList(0, Math.min(this.options.size(), QuestionDraft.MAX_OPTIONS)),
				new TreeSet<>(this.correct), this.source);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	/** Whether option {@code position} (0 for A) is ticked as correct. */
	public boolean ticked(int position) {
		return this.correct.contains(position);
	}

	/** The option at a position as typed, empty past the fields sent. */
	public String option(int position) {
		return Optional.ofNullable((position < this.options.size()) ? this.options.get(position) : null).orElse("");
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code : "";
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = (category != null) ? category : "";
	}

	public String getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(String difficulty) {
		this.difficulty = (difficulty != null) ? difficulty : "";
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = (kind != null) ? kind : "";
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = (text != null) ? text : "";
	}

	public List<String> getOptions() {
		return this.options;
	}

	public void setOptions(List<String> options) {
		List<String> six = new ArrayList<>(List.of("", "", "", "", "", ""));
		if (options != null) {
			for (int i = 0; i < options.size() && i < six.size(); i++) {
				six.set(i, (options.get(i) != null) ? options.get(i) : "");
			}
		}
		this.options = six;
	}

	public List<Integer> getCorrect() {
		return this.correct;
	}

	public void setCorrect(List<Integer> correct) {
		this.correct = (correct != null) ? new ArrayList<>(correct) : new ArrayList<>();
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = (source != null) ? source : "";
	}

}
