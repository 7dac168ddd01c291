package org.parindex.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** What was entered for one leaf: the rule's named inputs and an optional override. */
public record LeafInputs(Map<String, BigDecimal> values, Optional<ScoreOverride> override) {

	public LeafInputs {
		values = Map.copyOf(values);
	}

	public static LeafInputs of(Map<String, BigDecimal> values) {
		return new LeafInputs(values, Optional.empty());
	}

}
