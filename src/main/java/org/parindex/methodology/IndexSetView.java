package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;

/**
 * An index set of one year and unit group: its metadata, components and caps,
 * classification, and tree (nodes in tree order), with the engine's {@link IndexSet}
 * built from them.
 *
 * @param illustrative the set is demo data, not an official annex; pages say so
 * @param published the year's results are published: the set is frozen
 * @param version raised by every edit; an edit names the version it was made on
 */
public record IndexSetView(long id, int year, long unitGroupId, String name, String legalBasis, boolean illustrative,
		boolean published, Map<Component, BigDecimal> componentMaxima, BigDecimal bonusCap, BigDecimal deductionCap,
		int tiePlaces, List<ClassBandView> classes, List<NodeView> nodes, IndexSet definition, int version) {

	public IndexSetView {
		componentMaxima = Map.copyOf(componentMaxima);
		classes = List.copyOf(classes);
		nodes = List.copyOf(nodes);
	}

	/** The maximum total (components plus bonus cap). */
	public BigDecimal totalMax() {
		return this.definition.totalMax();
	}

	/** The component's maximum, zero if the set has no such component. */
	public BigDecimal componentMax(Component component) {
		return this.componentMaxima.getOrDefault(component, BigDecimal.ZERO);
	}

	public Optional<NodeView> node(String code) {
		return this.nodes.stream().filter((node) -> node.code().equals(code)).findFirst();
	}

	public Optional<ClassBandView> classBand(String code) {
		return this.classes.stream().filter((band) -> band.code().equals(code)).findFirst();
	}

}
