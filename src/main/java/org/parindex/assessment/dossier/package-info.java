/**
 * A unit's dossier of a year as an aggregate: its status (draft, submitted, returned,
 * locked), each appraisal leaf's entry round by round, its evidence and history, with the
 * rules of each step. Internal to the assessment module.
 */
@NullMarked
package org.parindex.assessment.dossier;

import org.jspecify.annotations.NullMarked;
