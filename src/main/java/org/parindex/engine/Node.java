package org.parindex.engine;

import java.math.BigDecimal;

/** A node of the criteria tree: a {@link Branch} with children or a {@link Leaf}. */
public sealed interface Node permits Branch, Leaf {

	/** The node's code within its index set, e.g. {@code 3.3.1}. */
	String code();

	Level level();

	BigDecimal maxPoints();

}
