package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * An area, or a criterion that has sub-criteria. Its maximum is declared and must equal
 * the sum of its children's maxima ({@link IndexSetValidator} checks it).
 */
public record Branch(String code, Level level, BigDecimal maxPoints, List<Node> children) implements Node {

	public Branch {
		children = List.copyOf(children);
	}

}
