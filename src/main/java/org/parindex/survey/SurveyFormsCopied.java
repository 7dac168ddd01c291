package org.parindex.survey;

import java.util.List;

/**
 * What a copy of an index set's forms to another set did.
 *
 * @param sourceSetId the set copied from
 * @param targetSetId the set copied to
 * @param forms how many forms were copied (0 or more)
 * @param reviews the questions copied unlinked because their leaf is no longer a survey
 * leaf of the target set
 */
public record SurveyFormsCopied(long sourceSetId, long targetSetId, int forms, List<SurveyFormReview> reviews) {

	public SurveyFormsCopied {
		reviews = List.copyOf(reviews);
	}

}
