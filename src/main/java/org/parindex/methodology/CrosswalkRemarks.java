package org.parindex.methodology;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The remark a comparison across years writes beside a criterion whose counterparts are
 * not one for one (issue 12, item 6): "gộp 2.1 và 2.2 năm 2021" for criteria merged into
 * it, "tách từ 3.4 năm 2021" for a criterion split into several, both (separated by a
 * semicolon) when a merged criterion also shares one of its sources; nothing for a
 * criterion with one counterpart of its own or with none (pages mark that one as having
 * no counterpart). Codes are listed in the previous tree's order, the last two joined by
 * "và" ("and"). Templates reach this bean as {@code @crosswalkRemarks}.
 */
@Component("crosswalkRemarks")
public class CrosswalkRemarks {

	private final MessageSource messages;

	/**
	 * The remarks, written with the application's messages.
	 * @param messages the messages ({@code crosswalk.remark.*})
	 */
	public CrosswalkRemarks(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The remark in the current request's language.
	 * @param previousCodes the previous leaves the criterion compares with
	 * @param splitFrom those of them that other criteria of the year compare with too
	 * @param previousYear the year of the previous leaves
	 * @return the remark, or an empty string when there is none to make
	 */
	public String remark(List<String> previousCodes, List<String> splitFrom, int previousYear) {
		return remark(previousCodes, splitFrom, previousYear, LocaleContextHolder.getLocale());
	}

	/**
	 * The remark of one entry of a crosswalk, in the current request's language.
	 * @return the remark, or an empty string when there is none to make
	 */
	public String remark(Crosswalk crosswalk, Crosswalk.Entry entry) {
		return remark(entry.previous().stream().map(NodeView::code).toList(), crosswalk.splitFrom(entry),
				crosswalk.set().year() - 1, LocaleContextHolder.getLocale());
	}

	/**
	 * The remark in the given language ({@link #remark(List, List, int)}).
	 */
	public String remark(List<String> previousCodes, List<String> splitFrom, int previousYear, Locale locale) {
		StringBuilder remark = new StringBuilder();
		if (previousCodes.size() > 1) {
			remark.append(this.messages.getMessage("crosswalk.remark.merged",
					new Object[] { joined(previousCodes, locale), previousYear }, locale));
		}
		if (!splitFrom.isEmpty()) {
			if (!remark.isEmpty()) {
				remark.append("; ");
			}
			remark.append(this.messages.getMessage("crosswalk.remark.split",
					new Object[] { joined(splitFrom, locale), previousYear }, locale));
		}
		return remark.toString();
	}

	/** "2.1", "2.1 và 2.2", "2.1, 2.2 và 2.3". */
	private String joined(List<String> codes, Locale locale) {
		if (codes.size() == 1) {
			return codes.get(0);
		}
		return String.join(", ", codes.subList(0, codes.size() - 1)) + " "
				+ this.messages.getMessage("crosswalk.remark.and", null, locale) + " " + codes.get(codes.size() - 1);
	}

}
