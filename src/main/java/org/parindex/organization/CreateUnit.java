package org.parindex.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Label;

/** Creates a unit in a group; the code is stable and lower case ({@code dak-po}). */
public record CreateUnit(
		@Label("units.code") @NotBlank @Size(max = 60, message = "{bounds.text.max}") @Pattern(regexp = "[a-z0-9-]+",
				message = "{bounds.code}") String code,
		long groupId, @Label("units.kind") @NotNull UnitKind kind,
		@Label("units.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String name) {

}
