package org.parindex.platform;

import java.time.LocalDate;

/**
 * A date as the heading of an official text writes it, under the national motto: "Gia
 * Lai, ngày 05 tháng 01 năm 2022" (Decree 30/2020/NĐ-CP, Phụ lục I: the place is the
 * agency's own administrative unit; the day takes a leading zero below 10, the month only
 * for January and February; the year is never grouped).
 *
 * @param place the agency's place (e.g. "Gia Lai"); blank when not set
 * @param day the day, two digits ("05", "24")
 * @param month the month, two digits for 1 and 2 ("01", "02"), else as is ("5", "11")
 * @param year the year, four digits without grouping ("2022")
 */
public record OfficialDate(String place, String day, String month, String year) {

	/**
	 * The date for a place.
	 * @param place the agency's place; blank when not set
	 * @param date the date, in Vietnam's time
	 */
	public static OfficialDate of(String place, LocalDate date) {
		int month = date.getMonthValue();
		return new OfficialDate(place.strip(), String.format("%02d", date.getDayOfMonth()),
				(month < 3) ? String.format("%02d", month) : Integer.toString(month), Integer.toString(date.getYear()));
	}

	/** Whether a place is set. */
	public boolean placed() {
		return !this.place.isEmpty();
	}

}
