package org.parindex.organization;

/**
 * A group of units ranked together.
 *
 * @param membersLabel how official texts name the members together ("huyện, thị xã, thành
 * phố"), as in "xếp thứ 06/17 huyện, thị xã, thành phố toàn tỉnh"
 */
public record UnitGroupView(long id, String code, String name, String nameEn, String membersLabel,
		String membersLabelEn) {

}
