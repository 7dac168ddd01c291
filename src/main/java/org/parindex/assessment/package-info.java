/**
 * What each unit entered for each appraisal leaf and what the appraisers made of it: the
 * rule's inputs, an overriding score with its reason, the appraisal comment; and the
 * bonus (điểm thưởng) and deduction (điểm trừ) entries with their reasons.
 */
@ApplicationModule
@NullMarked
package org.parindex.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
