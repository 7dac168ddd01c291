package org.parindex.assessment;

import java.time.Instant;

/**
 * The deadline job closed a stage of a cycle at its deadline: after
 * {@link Stage#SELF_ASSESSMENT} round 1 is open on every unit; after
 * {@link Stage#EXPLANATION} round 2 can finalize every criterion and the council may
 * decide and approve. A stage reopened by a later deadline and closed again is announced
 * again, with that deadline.
 *
 * @param deadline the deadline that closed it
 */
public record StageClosed(long cycleId, int year, long indexSetId, Stage stage, Instant deadline) {

}
