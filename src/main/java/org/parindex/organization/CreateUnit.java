package org.parindex.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creates a unit in a group; the code is stable and lower case ({@code dak-po}). */
public record CreateUnit(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+") String code, long groupId,
		@NotNull UnitKind kind, @NotBlank @Size(max = 200) String name) {

}
