/**
 * Runs the engine on what was collected: for an index set, every participating unit's
 * appraisal entries, survey results and bonus and deduction entries become the engine's
 * inputs; out come each unit's result, the ranking and the change from the year before.
 */
@ApplicationModule
@NullMarked
package org.parindex.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
