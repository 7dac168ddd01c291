package org.parindex.assessment;

import java.util.List;

/**
 * Several criteria of one save were refused, each for its own reason; nothing was stored.
 * The save is checked whole so that the appraiser learns every refused criterion at once,
 * not one per attempt (issue 9, probe of round 1). The exception's own key and arguments
 * are the first refusal's, for callers that show one message.
 */
public class RefusedLeavesException extends WorkflowException {

	private final List<WorkflowException> refusals;

	/**
	 * @param refusals at least one, in the order of the form's criteria
	 * @throws IllegalArgumentException for none
	 */
	public RefusedLeavesException(List<WorkflowException> refusals) {
		super(first(refusals).messageKey(), first(refusals).arguments());
		this.refusals = List.copyOf(refusals);
	}

	/** Each refused criterion's refusal, in the form's order. */
	public List<WorkflowException> refusals() {
		return this.refusals;
	}

	private static WorkflowException first(List<WorkflowException> refusals) {
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("No refusal");
		}
		return refusals.get(0);
	}

}
