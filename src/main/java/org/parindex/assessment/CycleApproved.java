package org.parindex.assessment;

import java.time.Instant;

/**
 * The council approved a year's results in ParIndex: the PAR office may publish them.
 *
 * @param at when it was approved
 */
public record CycleApproved(long cycleId, int year, long indexSetId, Instant at) {

}
