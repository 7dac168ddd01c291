/**
 * The knowledge contest on public administration reform (cuộc thi tìm hiểu về cải cách
 * hành chính): contests and rounds, attempts and their deadlines, the individual ranking
 * with its tie-break chain, prizes and the collective ranking of units (issue 11). The
 * rules of ranking and timing ({@link org.parindex.contest.AttemptDeadline},
 * {@link org.parindex.contest.AttemptPolicy}, {@link org.parindex.contest.TieBreak},
 * {@link org.parindex.contest.ContestRanking},
 * {@link org.parindex.contest.PrizeAllocation}) are pure Java: no I/O, no clock of their
 * own, deterministic. Sources of the rules real contests use:
 * {@code shared/domain/contest.md} and {@code docs/contest.md}.
 */
@ApplicationModule
@NullMarked
package org.parindex.contest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
