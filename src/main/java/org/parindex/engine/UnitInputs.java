package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything entered for one unit under one index set.
 *
 * @param unitKey identifies the unit in the results (its code)
 * @param leaves inputs by leaf code; a leaf without an entry scores nothing
 * @param bonus bonus points of each approved bonus entry
 * @param deductions points of each deduction entry
 * @param notApplicable codes of the nodes (areas, criteria or leaves) that do not apply
 * to the unit: everything under them is left out and each component is converted to the
 * set's scale (see {@link Scorer}); codes not in the set are ignored
 */
public record UnitInputs(String unitKey, Map<String, LeafInputs> leaves, List<BigDecimal> bonus,
		List<BigDecimal> deductions, Set<String> notApplicable) {

	public UnitInputs {
		leaves = Map.copyOf(leaves);
		bonus = List.copyOf(bonus);
		deductions = List.copyOf(deductions);
		notApplicable = Set.copyOf(notApplicable);
	}

	/** Inputs of a unit to which every criterion applies. */
	public UnitInputs(String unitKey, Map<String, LeafInputs> leaves, List<BigDecimal> bonus,
			List<BigDecimal> deductions) {
		this(unitKey, leaves, bonus, deductions, Set.of());
	}

}
