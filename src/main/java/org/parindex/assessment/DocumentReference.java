package org.parindex.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/**
 * A document cited as evidence instead of (or beside) a file: its number (số ký hiệu),
 * date, issuer and title, e.g. 35/KH-UBND of 20/01/2021 by the district People's
 * Committee. Its date lies between 2 September 1945 and a year after today
 * ({@link Bounds.DocumentDate}).
 */
public record DocumentReference(
		@Label("evidence.document.number") @NotBlank @Size(max = 100, message = "{bounds.text.max}") String number,
		@Label("evidence.document.date") @NotNull @Bounds.DocumentDate LocalDate date,
		@Label("evidence.document.issuer") @NotBlank @Size(max = 300, message = "{bounds.text.max}") String issuer,
		@Label("evidence.document.title") @Size(max = 1000, message = "{bounds.text.max}") String title) {

}
