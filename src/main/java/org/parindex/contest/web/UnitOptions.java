package org.parindex.contest.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.parindex.contest.EntryUnit;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The registration form's list of units and communes as HTML ({@code <optgroup>} per unit
 * group, an {@code <option>} per unit, names escaped), rendered once for the list the
 * catalog holds rather than by the template on every visit: a province's list has
 * hundreds of communes, each option three template expressions. The list rendered with
 * nothing chosen is kept until the catalog hands out another list (it reads the units
 * again at most every 10 s, {@code ContestCatalog}); a form shown again with a unit
 * chosen is rendered for it.
 */
@Component
class UnitOptions {

	private volatile @Nullable Rendered blank;

	/**
	 * The options of {@code units}, in their order, grouped by unit group as they come.
	 * @param units the list from {@code EntryService.units()}
	 * @param chosen the id typed in the form (a unit's id as text), or blank for none
	 * @return HTML to place inside the {@code <select>}, after its empty choice
	 */
	String html(List<EntryUnit> units, @Nullable String chosen) {
		if (chosen == null || chosen.isBlank()) {
			Rendered kept = this.blank;
			if (kept != null && kept.units() == units) {
				return kept.html();
			}
			String html = render(units, null);
			this.blank = new Rendered(units, html);
			return html;
		}
		return render(units, chosen.strip());
	}

	private static String render(List<EntryUnit> units, @Nullable String chosen) {
		StringBuilder html = new StringBuilder(units.size() * 64);
		String group = null;
		for (EntryUnit unit : units) {
			if (!Objects.equals(group, unit.group())) {
				if (group != null) {
					html.append("</optgroup>");
				}
				group = unit.group();
				html.append("<optgroup label=\"").append(HtmlUtils.htmlEscape(group, "UTF-8")).append("\">");
			}
			String id = String.valueOf(unit.id());
			html.append("<option value=\"").append(id).append('"');
			if (id.equals(chosen)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(HtmlUtils.htmlEscape(unit.name(), "UTF-8")).append("</option>");
		}
		if (group != null) {
			html.append("</optgroup>");
		}
		return html.toString();
	}

	private record Rendered(List<EntryUnit> units, String html) {

	}

}
