package org.parindex.engine;

import java.math.BigDecimal;

/**
 * A criterion without sub-criteria or a sub-criterion: it carries points, belongs to one
 * {@link Component} and computes its points by its {@link Rule}.
 */
public record Leaf(String code, Level level, BigDecimal maxPoints, Component component, Rule rule) implements Node {

}
