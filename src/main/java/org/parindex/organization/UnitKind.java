package org.parindex.organization;

/**
 * What kind of administrative unit or agency a unit is; it names the unit in running text
 * ("huyện Đak Pơ", "thành phố Pleiku"), see {@link #key()}.
 */
public enum UnitKind {

	/** Thành phố thuộc tỉnh. */
	CITY,

	/** Thị xã. */
	TOWN,

	/** Huyện. */
	DISTRICT,

	/** Xã. */
	COMMUNE,

	/** Phường. */
	WARD,

	/** Đặc khu. */
	SPECIAL_ZONE,

	/** Sở, ban, ngành: the kind is part of the name ("Sở Nội vụ"). */
	AGENCY;

	/**
	 * The kind's part of message keys: {@code unit.title.district} ("Huyện {0}"),
	 * {@code unit.in-text.district} ("huyện {0}"), {@code unit.noun.district} ("huyện").
	 */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
