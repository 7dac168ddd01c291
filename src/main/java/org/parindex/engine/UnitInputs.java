package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything entered for one unit under one index set.
 *
 * @param unitKey identifies the unit in the results (its code)
 * @param leaves inputs by leaf code; a leaf without an entry scores nothing
 * @param bonus bonus points of each approved bonus entry
 * @param deductions points of each deduction entry
 */
public record UnitInputs(String unitKey, Map<String, LeafInputs> leaves, List<BigDecimal> bonus,
		List<BigDecimal> deductions) {

	public UnitInputs {
		leaves = Map.copyOf(leaves);
		bonus = List.copyOf(bonus);
		deductions = List.copyOf(deductions);
	}

}
