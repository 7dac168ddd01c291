package org.parindex.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A document cited as evidence instead of (or beside) a file: its number (số ký hiệu),
 * date, issuer and title, e.g. 35/KH-UBND of 20/01/2021 by the district People's
 * Committee.
 */
public record DocumentReference(@NotBlank @Size(max = 100) String number, @NotNull LocalDate date,
		@NotBlank @Size(max = 300) String issuer, @Size(max = 1000) String title) {

}
