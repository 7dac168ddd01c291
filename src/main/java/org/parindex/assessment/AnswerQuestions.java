package org.parindex.assessment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Label;

/** The unit's answers to the appraisers' questions (giải trình), with files. */
public record AnswerQuestions(long cycleId, long unitId, List<@Valid Answer> answers) {

	public AnswerQuestions {
		answers = List.copyOf(answers);
	}

	/**
	 * @param version the leaf's version when the form was loaded
	 * @param citation the page or section of the files added now that holds the proof, at
	 * most 200 characters; blank when none
	 */
	public record Answer(@NotBlank @Size(max = 40) String leafCode,
			@Label("field.dossier.answer") @NotNull @Size(max = 4000, message = "{bounds.text.max}") String text,
			int version, List<UploadedFile> files,
			@Label("selfassess.citation") @NotNull @Size(max = 200, message = "{bounds.text.max}") String citation) {

		public Answer {
			files = List.copyOf(files);
		}

		/** An answer whose files cite no page or section. */
		public Answer(String leafCode, String text, int version, List<UploadedFile> files) {
			this(leafCode, text, version, files, "");
		}

	}

}
