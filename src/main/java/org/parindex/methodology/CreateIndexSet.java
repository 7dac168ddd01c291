package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.parindex.engine.Component;
import org.parindex.engine.Level;

/**
 * Creates the index set of a year and unit group. Nodes come in tree order, each naming
 * its parent's code (none for areas); leaves carry a component and a rule in
 * {@link RuleNotation}.
 */
public record CreateIndexSet(@Min(2000) @Max(2100) int year, long unitGroupId, @NotBlank @Size(max = 300) String name,
		@Size(max = 500) String legalBasis, boolean illustrative, @NotEmpty Map<Component, BigDecimal> componentMaxima,
		@NotNull @PositiveOrZero BigDecimal bonusCap, @NotNull @PositiveOrZero BigDecimal deductionCap,
		@Min(0) @Max(6) int tiePlaces, List<@Valid ClassBandDraft> classes, @NotEmpty List<@Valid NodeDraft> nodes) {

	/** A node of the tree to create. */
	public record NodeDraft(@NotBlank @Size(max = 40) String code, Optional<String> parentCode, @NotNull Level level,
			@NotBlank @Size(max = 1000) String name, @Size(max = 1000) String nameEn, @NotNull BigDecimal maxPoints,
			Optional<Component> component, Optional<String> rule, @Size(max = 4000) String guidance,
			@Size(max = 2000) String evidence) {

	}

	/** A classification band to create, in ascending order of thresholds. */
	public record ClassBandDraft(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String name,
			@Size(max = 100) String nameEn, @NotNull @PositiveOrZero BigDecimal minPercent) {

	}

}
