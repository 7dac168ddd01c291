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
 */
final class FieldProblems {

	private final List<String> messages = new ArrayList<>();

	private final Set<String> fields = new LinkedHashSet<>();

	/**
	 * Adds a refusal.
	 * @param field the form field's name, or "" when the refusal concerns no one field
	 * @param message the message as shown
	 */
	void add(String field, String message) {
		this.messages.add(message);
		if (!field.isEmpty()) {
			this.fields.add(field);
		}
	}

	/** Adds refusals that concern no one field (the workflow's, say). */
	void addAll(Collection<String> messages) {
		this.messages.addAll(messages);
	}

	/** Marks a field invalid without a message of its own (its message is elsewhere). */
	void mark(String field) {
		this.fields.add(field);
	}

	boolean isEmpty() {
		return this.messages.isEmpty();
	}

	int size() {
		return this.messages.size();
	}

	/** Whether the field has a refusal. */
	boolean concerns(String field) {
		return this.fields.contains(field);
	}

	List<String> messages() {
		return List.copyOf(this.messages);
	}

	Set<String> fields() {
		return Set.copyOf(this.fields);
	}

	/**
	 * @throws WorkflowForms.InvalidFields when anything was refused
	 */
	void check() {
		if (!isEmpty()) {
			throw new WorkflowForms.InvalidFields(this);
		}
	}

}
