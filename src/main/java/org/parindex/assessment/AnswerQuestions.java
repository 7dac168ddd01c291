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
	 */
	public record Answer(@NotBlank @Size(max = 40) String leafCode,
			@Label("field.dossier.answer") @NotNull @Size(max = 4000, message = "{bounds.text.max}") String text,
			int version, List<UploadedFile> files) {

		public Answer {
			files = List.copyOf(files);
		}

	}

}
