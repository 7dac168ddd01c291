package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/**
 * Saves a unit's self-assessment of some leaves as a draft, all or nothing. A leaf whose
 * inputs and explanation are unchanged, and that brings no new evidence, is left alone.
 */
public record SaveSelfAssessment(long cycleId, long unitId, List<@Valid LeafDraft> leaves) {

	public SaveSelfAssessment {
		leaves = List.copyOf(leaves);
	}

	/**
	 * One leaf as the form holds it. Inputs are bounded by
	 * {@code assessment_leaf_input.input_value}, {@code numeric(20, 6)}.
	 *
	 * @param version the leaf's version when the form was loaded ({@code -1}: no entry)
	 */
	public record LeafDraft(@NotBlank @Size(max = 40) String leafCode,
			@Label("field.leaf.inputs") @NotNull Map<@Size(
					max = 40) String, @NotNull @Bounds.RuleInput BigDecimal> inputs,
			@Label("field.dossier.explanation") @NotNull @Size(max = 4000,
					message = "{bounds.text.max}") String explanation,
			int version, List<UploadedFile> files, Optional<@Valid DocumentReference> document) {

		public LeafDraft {
			inputs = Map.copyOf(inputs);
			files = List.copyOf(files);
		}

	}

}
