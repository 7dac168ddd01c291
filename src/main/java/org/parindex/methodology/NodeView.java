package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.Level;

/**
 * A node of an index set's tree, with what people read: its name, English name and
 * guidance and required evidence (tài liệu kiểm chứng). Leaves have a component and a
 * rule (in {@link RuleNotation}).
 */
public record NodeView(String code, Optional<String> parentCode, Level level, int position, String name, String nameEn,
		BigDecimal maxPoints, Optional<Component> component, Optional<String> rule, String guidance, String evidence) {

	public boolean isLeaf() {
		return this.component.isPresent();
	}

}
