package org.parindex.scoring;

import java.math.BigDecimal;

import org.parindex.engine.Change;

/** A unit's total and rank the year before, and the change since. */
public record PreviousStanding(int year, BigDecimal total, int rank, int unitCount, Change change) {

}
