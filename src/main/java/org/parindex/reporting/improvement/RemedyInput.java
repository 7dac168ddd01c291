package org.parindex.reporting.improvement;

/**
 * A remedy as typed in the plan's form; checked by {@link ImprovementRules#problems}.
 *
 * @param code the criterion's code
 * @param deadline {@code dd/MM/yyyy}, or blank
 * @param status a {@link RemedyStatus} name
 */
public record RemedyInput(String code, String remedy, String owner, String deadline, String status, String note) {

}
