package org.parindex.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored response sheet as the survey staff review it before setting it aside
 * ({@link SurveySheetService}): no invitation code, no respondent.
 *
 * @param responseId the response's id in the database (random, tied to no code)
 * @param channel online or paper
 * @param day the day it was stored
 * @param sheetNumber the number written on a paper sheet, {@code null} online (and for
 * paper sheets counted before V133 kept the link)
 * @param answers the option label chosen per question in the form's order, {@code "–"}
 * for a question left blank, e.g. {@code "Q1: A · Q2: C · D1: –"}
 * @param setAsideReason why it was set aside, {@code null} while it counts
 * @param setAsideBy who set it aside, {@code null} while it counts
 * @param setAsideAt when, {@code null} while it counts
 */
public record CountedSheetView(UUID responseId, ResponseChannel channel, LocalDate day, @Nullable String sheetNumber,
		String answers, @Nullable String setAsideReason, @Nullable String setAsideBy, @Nullable Instant setAsideAt) {

	/** Whether the sheet is set aside (counts nowhere). */
	public boolean setAside() {
		return this.setAsideReason != null;
	}

}
