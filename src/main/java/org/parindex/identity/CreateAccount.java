package org.parindex.identity;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates an account. Unit officers and leaders name their unit; others name none. The
 * initial password must be changed at first sign-in unless {@code mustChangePassword} is
 * false (demo accounts).
 */
public record CreateAccount(@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+") String username,
		@NotBlank @Size(max = 200) String displayName, @NotNull Role role, Optional<Long> unitId,
		@NotBlank String initialPassword, boolean mustChangePassword) {

}
