package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

import org.parindex.engine.ScoreOverride;

/**
 * Records a unit's entries for appraisal leaves of an index set, replacing earlier
 * entries of the same leaves.
 */
public record RecordLeafEntries(long indexSetId, long unitId, List<@Valid Entry> entries) {

	public RecordLeafEntries {
		entries = List.copyOf(entries);
	}

	/** One leaf's inputs, optional override and appraisal comment. */
	public record Entry(@NotBlank @Size(max = 40) String leafCode,
			@Label("field.leaf.inputs") @NotNull Map<@Size(
					max = 40) String, @NotNull @Bounds.RuleInput BigDecimal> inputs,
			Optional<ScoreOverride> override, @Size(max = 4000) String appraisalComment) {

	}

}
