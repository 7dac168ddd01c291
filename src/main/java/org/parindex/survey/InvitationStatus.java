package org.parindex.survey;

/**
 * What a code gives its holder at a moment.
 */
public enum InvitationStatus {

	/** The form can be answered with it now. */
	OPEN,
	/** A response was stored with it (now, or before: a retry or a double tap). */
	USED,
	/** The form does not take answers yet. */
	NOT_OPEN,
	/** The form's deadline has passed. */
	CLOSED,
	/**
	 * The year's results were approved by the council or published: no response is taken
	 * any more, whatever the form's deadline.
	 */
	YEAR_CLOSED,
	/**
	 * Its batch was withdrawn by the survey staff before it was used (lost, or handed to
	 * the wrong unit): it opens nothing any more.
	 */
	WITHDRAWN,
	/** No such code. */
	UNKNOWN,
	/** Too many codes tried from the client's address; try again later. */
	THROTTLED

}
