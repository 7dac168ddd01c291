package org.parindex.contest;

/**
 * A paper form as the committee keys it (issue 11 item 4), every field as typed so that a
 * refused form comes back as it was. Checked by {@link ContestPaperService#enter}.
 *
 * @param fullName as on registration, 1 to {@value EntryService#MAX_NAME} characters
 * @param birthDate {@code dd/MM/yyyy} as printed on the form
 * @param cccd 12 digits ({@link CccdNumber})
 * @param phone a Vietnamese mobile number ({@link MobileNumber})
 * @param groupCode the code of one of the contest's groups
 * @param unitId the id of a unit of the unit list
 * @param address as on registration
 * @param consent the consent box of the form is ticked; required
 * @param publishResult the form's separate box to publish the result is ticked
 * @param answers one letter per question in the printed order ("ABDCA…"); with spaces or
 * commas between questions a question may take several letters ("A B AC D"); {@code -}
 * for a question left blank
 * @param prediction the prediction question's answer, a whole number, or empty
 * @param receivedOn {@code dd/MM/yyyy}: the day the committee received the form
 * @param postmarkedOn {@code dd/MM/yyyy} or empty: the postmark's day of a form sent by
 * post
 * @param guardianName for a participant under {@value EntryService#GUARDIAN_AGE} on the
 * day the form was received, the parent's or guardian's full name written on the form
 * (Law 91/2025/QH15: a child's data is processed with a parent's or guardian's consent);
 * required then, with {@code guardianConsent}, ignored for an adult
 * @param guardianConsent the parent's or guardian's consent box of the form is ticked
 */
public record PaperEntry(String fullName, String birthDate, String cccd, String phone, String groupCode, String unitId,
		String address, boolean consent, boolean publishResult, String answers, String prediction, String receivedOn,
		String postmarkedOn, String guardianName, boolean guardianConsent) {

	public PaperEntry {
		fullName = (fullName != null) ? fullName : "";
		birthDate = (birthDate != null) ? birthDate.strip() : "";
		cccd = CccdNumber.normalize(cccd);
		phone = (phone != null) ? phone : "";
		groupCode = (groupCode != null) ? groupCode : "";
		unitId = (unitId != null) ? unitId : "";
		address = (address != null) ? address : "";
		answers = (answers != null) ? answers.strip() : "";
		prediction = (prediction != null) ? prediction.strip() : "";
		receivedOn = (receivedOn != null) ? receivedOn.strip() : "";
		postmarkedOn = (postmarkedOn != null) ? postmarkedOn.strip() : "";
		guardianName = (guardianName != null) ? guardianName : "";
	}

	/** A form without a parent's or guardian's part (an adult's). */
	public PaperEntry(String fullName, String birthDate, String cccd, String phone, String groupCode, String unitId,
			String address, boolean consent, boolean publishResult, String answers, String prediction,
			String receivedOn, String postmarkedOn) {
		this(fullName, birthDate, cccd, phone, groupCode, unitId, address, consent, publishResult, answers, prediction,
				receivedOn, postmarkedOn, "", false);
	}

	/** An empty form, ready for the next paper. */
	public static PaperEntry empty() {
		return new PaperEntry("", "", "", "", "", "", "", false, false, "", "", "", "");
	}

}
