package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The PAR office corrects a criterion's final score of a published year, in the rule's
 * own terms: a yes/no criterion (Đạt/Không đạt) by {@code met}, any other criterion by
 * its points. The rule decides which one is required; the other must be empty
 * ({@link AppraisalService#correct}).
 *
 * @param unitId the unit whose result is corrected
 * @param leafCode the criterion's code ("3.3.4"); a criterion with sub-criteria is
 * refused, naming them
 * @param points the new points of a criterion scored by points: 0 to its maximum, at most
 * 4 decimals
 * @param met the new finding of a yes/no criterion: met (its maximum) or not met (0)
 * @param reason why, 1 to 2,000 characters once trimmed; printed with the revision
 */
public record CorrectScore(long unitId, String leafCode, Optional<BigDecimal> points, Optional<Boolean> met,
		String reason) {

}
