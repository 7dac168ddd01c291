package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;
import org.parindex.engine.RankLabel;

/**
 * An index set of one year and unit group: its metadata, components and caps,
 * classification, and tree (nodes in tree order), with the engine's {@link IndexSet}
 * built from them.
 *
 * @param illustrative the set is demo data, not an official annex; pages say so
 * @param published the year's results are published: the set is frozen
 * @param version raised by every edit; an edit names the version it was made on
 * @param tiePlaces the published precision ({@link #publishedPlaces()})
 * @param rankLabel how ranks are written ({@code 06/17}, {@code 01/7}, {@code 1/126})
 */
public record IndexSetView(long id, int year, long unitGroupId, String name, String legalBasis, boolean illustrative,
		boolean published, Map<Component, BigDecimal> componentMaxima, BigDecimal bonusCap, BigDecimal deductionCap,
		int tiePlaces, List<ClassBandView> classes, List<NodeView> nodes, IndexSet definition, int version,
		RankLabel rankLabel) {

	public IndexSetView {
		componentMaxima = Map.copyOf(componentMaxima);
		classes = List.copyOf(classes);
		nodes = List.copyOf(nodes);
	}

	/** A set whose ranks are padded to the width of the unit count ({@code 06/17}). */
	public IndexSetView(long id, int year, long unitGroupId, String name, String legalBasis, boolean illustrative,
			boolean published, Map<Component, BigDecimal> componentMaxima, BigDecimal bonusCap, BigDecimal deductionCap,
			int tiePlaces, List<ClassBandView> classes, List<NodeView> nodes, IndexSet definition, int version) {
		this(id, year, unitGroupId, name, legalBasis, illustrative, published, componentMaxima, bonusCap, deductionCap,
				tiePlaces, classes, nodes, definition, version, RankLabel.UNIT_COUNT_WIDTH);
	}

	/**
	 * The published precision: the decimals of published totals and parts, used alike for
	 * display, exports and ties (the tie rule's places, 0 to 6).
	 */
	public int publishedPlaces() {
		return this.tiePlaces;
	}

	/** The maximum total (components plus bonus cap). */
	public BigDecimal totalMax() {
		return this.definition.totalMax();
	}

	/** The component's maximum, zero if the set has no such component. */
	public BigDecimal componentMax(Component component) {
		return this.componentMaxima.getOrDefault(component, BigDecimal.ZERO);
	}

	/**
	 * The appraisal component's maximum ({@link #componentMax}), for pages that head a
	 * column with it ("Điểm thẩm định (/64)").
	 */
	public BigDecimal appraisalMax() {
		return componentMax(Component.APPRAISAL);
	}

	/**
	 * The survey component's maximum ({@link #componentMax}), for pages that head a
	 * column with it ("Điều tra XHH (/30)").
	 */
	public BigDecimal surveyMax() {
		return componentMax(Component.SURVEY);
	}

	public Optional<NodeView> node(String code) {
		return this.nodes.stream().filter((node) -> node.code().equals(code)).findFirst();
	}

	public Optional<ClassBandView> classBand(String code) {
		return this.classes.stream().filter((band) -> band.code().equals(code)).findFirst();
	}

}
