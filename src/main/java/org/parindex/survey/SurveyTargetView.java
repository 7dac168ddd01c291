package org.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unit rated by a form, with its sample: the respondents sought and the invitation
 * codes issued and used.
 *
 * @param unitId the unit rated ({@code organization_unit.id})
 * @param respondents the target number of respondents, or {@code null} while none is set
 * @param population the population {@code N} the target was computed from, or
 * {@code null} when it was entered directly
 * @param marginPercent the margin of error {@code e} in % it was computed with, or
 * {@code null}
 * @param issued invitation codes issued
 * @param used codes with which a response was stored
 * @param batches the batches of codes issued, oldest first
 */
public record SurveyTargetView(long unitId, @Nullable Integer respondents, @Nullable Integer population,
		@Nullable BigDecimal marginPercent, long issued, long used, List<InvitationBatchView> batches) {

	public SurveyTargetView {
		batches = List.copyOf(batches);
	}

	/** The exact value of the sample formula, or {@code null} when entered directly. */
	public @Nullable BigDecimal exact() {
		return (this.population != null && this.marginPercent != null)
				? SampleSize.exact(this.population, this.marginPercent) : null;
	}

}
