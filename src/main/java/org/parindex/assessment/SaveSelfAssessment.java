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

	/** Characters of an explanation or answer at most. */
	public static final int TEXT_MAX = 4000;

	public SaveSelfAssessment {
		leaves = List.copyOf(leaves);
	}

	/**
	 * One leaf as the form holds it. Inputs are bounded by
	 * {@code assessment_leaf_input.input_value}, {@code numeric(20, 6)}.
	 *
	 * @param version the leaf's version when the form was loaded ({@code -1}: no entry)
	 * @param citation the page or section of the evidence added now that holds the proof
	 * ("tr. 3, mục II.2"), at most 200 characters ({@code assessment_evidence.citation});
	 * blank when none
	 */
	public record LeafDraft(@NotBlank @Size(max = 40) String leafCode,
			@Label("field.leaf.inputs") @NotNull Map<@Size(
					max = 40) String, @NotNull @Bounds.RuleInput BigDecimal> inputs,
			@Label("field.dossier.explanation") @NotNull @Size(max = 4000,
					message = "{bounds.text.max}") String explanation,
			int version, List<UploadedFile> files, Optional<@Valid DocumentReference> document,
			@Label("selfassess.citation") @NotNull @Size(max = 200, message = "{bounds.text.max}") String citation) {

		public LeafDraft {
			inputs = Map.copyOf(inputs);
			files = List.copyOf(files);
		}

		/** A leaf whose evidence cites no page or section. */
		public LeafDraft(String leafCode, Map<String, BigDecimal> inputs, String explanation, int version,
				List<UploadedFile> files, Optional<DocumentReference> document) {
			this(leafCode, inputs, explanation, version, files, document, "");
		}

	}

}
