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

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/**
 * The commands that change units over time; each takes effect on a date (from 2 September
 * 1945 to five years after today, {@link Bounds.EffectiveDate}) and gives a reason.
 */
public final class UnitChanges {

	private UnitChanges() {
	}

	/** Renames a unit, or changes its kind (a district becoming a town), from a date. */
	public record RenameUnit(@NotBlank @Size(max = 60) String unitCode,
			@Label("units.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String newName,
			Optional<UnitKind> newKind,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/** Ends a unit without a successor. */
	public record DeactivateUnit(@NotBlank @Size(max = 60) String unitCode,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/** A unit that a merger or split creates. */
	public record NewUnit(
			@Label("units.code") @NotBlank @Size(max = 60, message = "{bounds.text.max}") @Pattern(
					regexp = "[a-z0-9-]+", message = "{bounds.code}") String code,
			@Label("units.kind") @NotNull UnitKind kind,
			@Label("units.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String name) {

	}

	/**
	 * Merges units into one successor (a new unit, or one of the merging units that
	 * continues).
	 */
	public record MergeUnits(@Label("units.merge.with") @NotEmpty List<@NotBlank @Size(max = 60) String> unitCodes,
			Optional<@Valid NewUnit> newSuccessor, Optional<String> existingSuccessorCode,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/** Splits a unit into new units; the unit ends. */
	public record SplitUnit(@NotBlank @Size(max = 60) String unitCode,
			@Label("units.split.successors") @NotEmpty @Size(max = 100) List<@Valid NewUnit> successors,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

}
