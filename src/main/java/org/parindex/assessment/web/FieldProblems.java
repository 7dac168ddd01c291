package org.parindex.assessment.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a workflow form refused, gathered over the whole form before anything is saved:
 * each message in the user's language, naming the criterion and the field ("Tiêu chí
 * 1.1.2 — Số đạt: …"), and the names of the form fields it concerns
 * ({@code points.1.1.2}), which the page marks {@code is-invalid} (issue 9: a refused
 * save says every fault at once and shows where each is).
 *
 * <p>
 * The messages read in page order (walk #1, issue 9): by the criterion's place on the
 * page (the order of the form's {@code leaf} fields), and within a criterion in the order
 * they were found, however they were found (a number that cannot be read, or a score the
 * workflow refuses). Refusals of the whole form come first.
 */
final class FieldProblems {

	private final List<Entry> entries = new ArrayList<>();

	private final Set<String> fields = new LinkedHashSet<>();

	private final List<String> leaves;

	/** Problems of a form whose criteria the page does not list (kept in their order). */
	FieldProblems() {
		this(List.of());
	}

	/**
	 * Problems of a form listing these criteria.
	 * @param leaves the criteria's codes in page order, as the form's {@code leaf} fields
	 * send them
	 */
	FieldProblems(List<String> leaves) {
		this.leaves = List.copyOf(leaves);
	}

	/**
	 * Adds a refusal; its criterion is read from the field's name ({@code points.1.1.2},
	 * {@code input.1.1.2.actual}).
	 * @param field the form field's name, or "" when the refusal concerns no one field
	 * @param message the message as shown
	 */
	void add(String field, String message) {
		add(leafOf(field), field, message);
	}

	/**
	 * Adds a refusal of a criterion.
	 * @param leaf the criterion's code, or "" for a refusal of the whole form
	 * @param field the form field's name, or "" when the refusal concerns no one field
	 * @param message the message as shown
	 */
	void add(String leaf, String field, String message) {
		this.entries.add(new Entry(this.leaves.indexOf(leaf), this.entries.size(), message, field));
		if (!field.isEmpty()) {
			this.fields.add(field);
		}
	}

	/** Adds refusals that concern no one field (the workflow's, say). */
	void addAll(Collection<String> messages) {
		messages.forEach((message) -> add("", "", message));
	}

	/**
	 * The criterion a form field belongs to: the longest of the page's codes that the
	 * part of the name after its first dot is, or starts ({@code input.3.1.actual} is
	 * 3.1's); "" when none.
	 */
	private String leafOf(String field) {
		int dot = field.indexOf('.');
		if (dot < 0) {
			return "";
		}
		String rest = field.substring(dot + 1);
		String found = "";
		for (String leaf : this.leaves) {
			if ((rest.equals(leaf) || rest.startsWith(leaf + ".")) && leaf.length() > found.length()) {
				found = leaf;
			}
		}
		return found;
	}

	/** Marks a field invalid without a message of its own (its message is elsewhere). */
	void mark(String field) {
		this.fields.add(field);
	}

	boolean isEmpty() {
		return this.entries.isEmpty();
	}

	int size() {
		return this.entries.size();
	}

	/** Whether the field has a refusal. */
	boolean concerns(String field) {
		return this.fields.contains(field);
	}

	/** The messages in page order (see the class's description). */
	List<String> messages() {
		return this.entries.stream()
			.sorted(java.util.Comparator.comparingInt(Entry::leaf).thenComparingInt(Entry::found))
			.map(Entry::message)
			.toList();
	}

	Set<String> fields() {
		return Set.copyOf(this.fields);
	}

	/**
	 * The field each message of {@link #messages} concerns, in the same order ("" for a
	 * refusal of the whole form): the page links each message to its field (issue 9, #3).
	 */
	List<String> messageFields() {
		return this.entries.stream()
			.sorted(java.util.Comparator.comparingInt(Entry::leaf).thenComparingInt(Entry::found))
			.map(Entry::field)
			.toList();
	}

	/**
	 * @throws WorkflowForms.InvalidFields when anything was refused
	 */
	void check() {
		if (!isEmpty()) {
			throw new WorkflowForms.InvalidFields(this);
		}
	}

	/**
	 * A refusal: its criterion's place on the page (-1 for none), the order it was found
	 * in, its message and the field it concerns ("" for none).
	 */
	private record Entry(int leaf, int found, String message, String field) {

	}

}
