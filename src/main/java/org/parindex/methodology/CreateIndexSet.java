package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.engine.RankLabel;
import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/**
 * Creates the index set of a year and unit group. Nodes come in tree order, each naming
 * its parent's code (none for areas); leaves carry a component and a rule in
 * {@link RuleNotation}. Points, maxima and caps are bounded by their columns
 * ({@link Bounds.Points}); the year by {@link Bounds.Year}.
 */
public record CreateIndexSet(@Label("index-sets.year") @Bounds.Year int year, long unitGroupId,
		@Label("index-sets.name") @NotBlank @Size(max = 300) String name,
		@Label("index-sets.legal-basis") @Size(max = 500) @Pattern(regexp = LEGAL_BASIS,
				message = "{bounds.legal-basis}") String legalBasis,
		boolean illustrative,
		@Label("index-sets.component-maxima") @NotEmpty Map<Component, @NotNull @Bounds.Points BigDecimal> componentMaxima,
		@Label("index-sets.bonus-cap") @NotNull @Bounds.Points BigDecimal bonusCap,
		@Label("index-sets.deduction-cap") @NotNull @Bounds.Points BigDecimal deductionCap,
		@Label("index-sets.published-places") @Min(0) @Max(6) int tiePlaces, List<@Valid ClassBandDraft> classes,
		@NotEmpty List<@Valid NodeDraft> nodes, @Label("index-sets.rank-label") @NotNull RankLabel rankLabel) {

	/**
	 * What a legal basis may be: the document that issued the set, as the reports print
	 * it after "Căn cứ"
	 * ({@code Quyết định số 83/QĐ-UBND ngày 24/02/2019 của UBND tỉnh Gia
	 * Lai}), so never text that itself starts with "Căn cứ"; empty for none, and the
	 * reports then leave the clause out (issue 12, walk #22).
	 */
	public static final String LEGAL_BASIS = "(?isu)(?!\\s*căn\\s+cứ(\\s|$)).*";

	/** A set whose ranks are padded to the width of the unit count ({@code 06/17}). */
	public CreateIndexSet(int year, long unitGroupId, String name, String legalBasis, boolean illustrative,
			Map<Component, BigDecimal> componentMaxima, BigDecimal bonusCap, BigDecimal deductionCap, int tiePlaces,
			List<ClassBandDraft> classes, List<NodeDraft> nodes) {
		this(year, unitGroupId, name, legalBasis, illustrative, componentMaxima, bonusCap, deductionCap, tiePlaces,
				classes, nodes, RankLabel.UNIT_COUNT_WIDTH);
	}

	/**
	 * A node of the tree to create. Its code and its parent's are {@link #CODE}: digits
	 * and letters in dot-separated parts, at most 40 characters
	 * ({@code methodology_node}); the code is part of the editor's URLs, so nothing else
	 * may enter it.
	 */
	public record NodeDraft(
			@Label("index-sets.node.code") @NotBlank @Size(max = 40) @Pattern(regexp = CODE,
					message = "{bounds.node-code}") String code,
			@Label("index-sets.node.parent") Optional<@Size(max = 40) @Pattern(regexp = PARENT_CODE,
					message = "{bounds.node-code}") String> parentCode,
			@Label("index-sets.node.level") @NotNull Level level,
			@Label("index-sets.node.name") @NotBlank @Size(max = 1000) String name,
			@Label("index-sets.node.name-en") @Size(max = 1000) String nameEn,
			@Label("index-sets.node.max") @NotNull @Bounds.Points BigDecimal maxPoints, Optional<Component> component,
			@Label("index-sets.node.rule") Optional<@Size(max = 500) String> rule,
			@Label("index-sets.node.guidance") @Size(max = 4000) String guidance,
			@Label("index-sets.node.evidence") @Size(max = 2000) String evidence) {

		/**
		 * A node's code: one or more parts of ASCII digits and letters separated by
		 * single dots ({@code 1}, {@code 3.3.4}, {@code 2.1a}), as the sets of Decision
		 * 876/QĐ-BNV and the provinces' own number them; blanks around it are ignored.
		 */
		public static final String CODE = "\\s*[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*\\s*";

		/** A parent's code as a form sends it: a {@link #CODE}, or blank for an area. */
		public static final String PARENT_CODE = "\\s*([0-9A-Za-z]+(\\.[0-9A-Za-z]+)*)?\\s*";

		/** The longest code, the width of {@code methodology_node.code}. */
		public static final int CODE_MAX = 40;

		/**
		 * Whether {@code code}, stripped, is a {@link #CODE} of at most
		 * {@link #CODE_MAX}.
		 */
		public static boolean validCode(String code) {
			String stripped = code.strip();
			return stripped.length() <= CODE_MAX && stripped.matches(CODE);
		}

	}

	/** A classification band to create, in ascending order of thresholds. */
	public record ClassBandDraft(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String name,
			@Size(max = 100) String nameEn, @NotNull @Bounds.Points BigDecimal minPercent) {

	}

}
