package org.parindex.engine;

import java.math.BigDecimal;

/** A unit's total, to be ranked. */
public record Standing(String unitKey, BigDecimal total) {

}
