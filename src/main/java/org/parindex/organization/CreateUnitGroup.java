package org.parindex.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creates a group of units ranked together. */
public record CreateUnitGroup(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+") String code,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String nameEn,
		@NotBlank @Size(max = 200) String membersLabel, @NotBlank @Size(max = 200) String membersLabelEn) {

}
