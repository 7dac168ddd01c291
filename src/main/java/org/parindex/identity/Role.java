package org.parindex.identity;

import java.util.Locale;

/**
 * What an account does in ParIndex (DESIGN.md §1). Controllers name roles in
 * {@code @PreAuthorize("hasRole('…')")} by these names; message keys {@code role.*}.
 */
public enum Role {

	/** Quản trị hệ thống: accounts, audit trail. */
	ADMINISTRATOR,

	/** Sở Nội vụ: index sets, units, cycles, publication. */
	PAR_OFFICE,

	/** Thành viên tổ thẩm định: appraises assigned areas. */
	APPRAISER,

	/** Thành viên hội đồng: final approval. */
	COUNCIL_MEMBER,

	/** Cán bộ đầu mối của đơn vị: drafts the unit's self-assessment. */
	UNIT_OFFICER,

	/** Lãnh đạo đơn vị: submits the unit's self-assessment. */
	UNIT_LEADER,

	/** Cán bộ điều tra xã hội học. */
	SURVEY_STAFF,

	/** Ban Tổ chức cuộc thi. */
	CONTEST_COMMITTEE,

	/** Biên tập viên cổng thông tin. */
	PORTAL_EDITOR;

	/** Unit officers and leaders act for one unit. */
	public boolean actsForUnit() {
		return this == UNIT_OFFICER || this == UNIT_LEADER;
	}

	/**
	 * The role a file or a form names by its code, in any case, with hyphens or spaces
	 * for underscores ({@code UNIT_OFFICER}, {@code unit-officer}, {@code Unit officer});
	 * empty for any other text.
	 */
	public static java.util.Optional<Role> fromCode(String text) {
		String code = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Role role : values()) {
			if (role.name().equals(code)) {
				return java.util.Optional.of(role);
			}
		}
		return java.util.Optional.empty();
	}

	public String messageKey() {
		return "role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
