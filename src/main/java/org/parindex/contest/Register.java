package org.parindex.contest;

/**
 * A registration as typed on the public form (issue 11 item 3), every field as text so
 * that a refused form is shown again exactly as typed. Checked by
 * {@link EntryService#register}.
 *
 * @param fullName 1 to {@value EntryService#MAX_NAME} characters
 * @param birthDate {@code yyyy-MM-dd}; the age at the contest's start must fit its ages
 * @param cccd exactly 12 digits of a well-formed number ({@link CccdNumber})
 * @param phone a Vietnamese mobile number ({@link MobileNumber})
 * @param groupCode the code of one of the contest's participant groups
 * @param unitId the id of an active unit of the unit list
 * @param address 1 to {@value EntryService#MAX_ADDRESS} characters
 * @param consent the consent to the processing of personal data; required
 * @param publishResult the separate choice to publish one's result (name, birth year,
 * unit, prize, score and time)
 * @param guardianName the full name of a parent or guardian, 1 to
 * {@value EntryService#MAX_NAME} characters; required (with {@code guardianConsent}) when
 * the participant is under {@value EntryService#GUARDIAN_AGE} at registration, ignored
 * otherwise
 * @param guardianConsent that the parent or guardian consents to the processing of the
 * child's personal data (Law 91/2025/QH15); required under
 * {@value EntryService#GUARDIAN_AGE}
 */
public record Register(String fullName, String birthDate, String cccd, String phone, String groupCode, String unitId,
		String address, boolean consent, boolean publishResult, String guardianName, boolean guardianConsent) {

	public Register {
		fullName = (fullName != null) ? fullName : "";
		birthDate = (birthDate != null) ? birthDate.strip() : "";
		cccd = CccdNumber.normalize(cccd);
		phone = (phone != null) ? phone : "";
		groupCode = (groupCode != null) ? groupCode : "";
		unitId = (unitId != null) ? unitId : "";
		address = (address != null) ? address : "";
		guardianName = (guardianName != null) ? guardianName : "";
	}

	/**
	 * A registration without a guardian (an adult's, or a form that has no guardian
	 * fields).
	 */
	public Register(String fullName, String birthDate, String cccd, String phone, String groupCode, String unitId,
			String address, boolean consent, boolean publishResult) {
		this(fullName, birthDate, cccd, phone, groupCode, unitId, address, consent, publishResult, "", false);
	}

	/** An empty form: nothing typed, both choices unticked. */
	public static Register empty() {
		return new Register("", "", "", "", "", "", "", false, false);
	}

}
