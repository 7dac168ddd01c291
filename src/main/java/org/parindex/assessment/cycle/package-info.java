/**
 * The year's cycle as an aggregate: schedule, participants, the bonus and deduction
 * ledger, approval and publication, with the rules of each transition. Internal to the
 * assessment module.
 */
@NullMarked
package org.parindex.assessment.cycle;

import org.jspecify.annotations.NullMarked;
