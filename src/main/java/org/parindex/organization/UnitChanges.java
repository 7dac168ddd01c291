package org.parindex.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The commands that change units over time; each takes effect on a date and gives a
 * reason.
 */
public final class UnitChanges {

	private UnitChanges() {
	}

	/** Renames a unit, or changes its kind (a district becoming a town), from a date. */
	public record RenameUnit(@NotBlank String unitCode, @NotBlank @Size(max = 200) String newName,
			Optional<UnitKind> newKind, @NotNull LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {

	}

	/** Ends a unit without a successor. */
	public record DeactivateUnit(@NotBlank String unitCode, @NotNull LocalDate effectiveOn,
			@NotBlank @Size(max = 2000) String reason) {

	}

	/** A unit that a merger or split creates. */
	public record NewUnit(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+") String code, @NotNull UnitKind kind,
			@NotBlank @Size(max = 200) String name) {

	}

	/**
	 * Merges units into one successor (a new unit, or one of the merging units that
	 * continues).
	 */
	public record MergeUnits(@NotEmpty List<@NotBlank String> unitCodes, Optional<@Valid NewUnit> newSuccessor,
			Optional<String> existingSuccessorCode, @NotNull LocalDate effectiveOn,
			@NotBlank @Size(max = 2000) String reason) {

	}

	/** Splits a unit into new units; the unit ends. */
	public record SplitUnit(@NotBlank String unitCode, @NotEmpty List<@Valid NewUnit> successors,
			@NotNull LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {

	}

}
