package org.parindex.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Label;

/** Creates a group of units ranked together. */
public record CreateUnitGroup(
		@Label("units.code") @NotBlank @Size(max = 40, message = "{bounds.text.max}") @Pattern(regexp = "[a-z0-9-]+",
				message = "{bounds.code}") String code,
		@Label("units.group.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String name,
		@Label("units.group.name-en") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String nameEn,
		@Label("units.group.members") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String membersLabel,
		@Label("units.group.members-en") @NotBlank @Size(max = 200,
				message = "{bounds.text.max}") String membersLabelEn) {

}
