package org.parindex.engine;

import java.math.BigDecimal;

/**
 * One class of the classification (xếp loại), from {@code minPercent} of the index
 * upwards to the next band. The label lives with the index set; the engine deals in
 * codes.
 */
public record ClassBand(BigDecimal minPercent, String code) {

}
