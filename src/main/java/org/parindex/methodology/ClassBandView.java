package org.parindex.methodology;

import java.math.BigDecimal;

/**
 * A classification band of an index set: from {@code minPercent} of the index upwards.
 */
public record ClassBandView(String code, String name, String nameEn, BigDecimal minPercent) {

}
