package org.parindex.reporting.improvement;

/**
 * A remedy as typed in the plan's form; checked by {@link ImprovementRules#problems}.
 *
 * @param code the criterion's code
 * @param deadline {@code dd/MM/yyyy}, or blank
 * @param status a {@link RemedyStatus} name
 * @param seen the {@link Remedy#fingerprint()} of the remedy as the page showed it, or
 * blank: a row sent as it was shown is not saved over a change stored since, and a row
 * changed over one is refused ({@code improvement.invalid.changed-meanwhile})
 */
public record RemedyInput(String code, String remedy, String owner, String deadline, String status, String note,
		String seen) {

	/** A remedy typed without what the page showed: saved over what is stored. */
	public RemedyInput(String code, String remedy, String owner, String deadline, String status, String note) {
		this(code, remedy, owner, deadline, status, note, "");
	}

}
