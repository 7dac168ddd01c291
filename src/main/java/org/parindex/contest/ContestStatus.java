package org.parindex.contest;

/**
 * Where a contest stands at an instant, as its public page says it: not yet open, open,
 * or closed. The window is {@code [opensAt, closesAt)}; the grace period after the end
 * only lets attempts already started be submitted ({@link AttemptDeadline}), it opens
 * nothing.
 */
public enum ContestStatus {

	NOT_YET_OPEN, OPEN, CLOSED

}
