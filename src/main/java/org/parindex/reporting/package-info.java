/**
 * What people read: the province ranking of a year and unit group, a unit's scorecard
 * (the tree with maximum, achieved and lost points, appraisal comments, leaf statistics,
 * chart data) and the narrative summary in the style of an official report, as pages and
 * as JSON.
 */
@ApplicationModule
@NullMarked
package org.parindex.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
