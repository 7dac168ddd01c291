package org.parindex.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.DossierService;
import org.parindex.assessment.LeafEventView;
import org.parindex.assessment.LeafRecordView;
import org.parindex.assessment.UnitDossierView;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actor;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds what the unit's and the appraisers' pages show of a dossier: the areas with
 * progress, the chosen area's leaves with their names, rule inputs and history.
 */
@Component
class DossierPages {

	/** The history steps that set a criterion's score in force. */
	private static final java.util.Set<String> SCORING_STEPS = java.util.Set.of("ROUND1:scored", "ROUND1:flagged",
			"ROUND2:finalized", "COUNCIL:finalized", "CORRECTION:corrected");

	private final DossierService dossiers;

	private final OrganizationService organization;

	private final CycleService cycles;

	private final WorkflowForms forms;

	DossierPages(DossierService dossiers, OrganizationService organization, CycleService cycles, WorkflowForms forms) {
		this.forms = forms;
		this.dossiers = dossiers;
		this.organization = organization;
		this.cycles = cycles;
	}

	/**
	 * Fills the model; returns the dossier. Per area, {@code progress} counts the leaves
	 * the unit entered, {@code appraisedProgress} those scored in round 1 and
	 * {@code finalisedProgress} those round 2 finalised, each as {@code [done, leaves]}.
	 */
	UnitDossierView fill(Model model, long cycleId, long unitId, String area, Actor actor, Instant now) {
		UnitDossierView dossier = this.dossiers.dossier(cycleId, unitId, actor);
		IndexSetView set = dossier.set();
		Map<String, NodeView> nodes = new HashMap<>();
		set.nodes().forEach((node) -> nodes.put(node.code(), node));
		Map<String, String> areaOf = new HashMap<>();
		for (LeafRecordView leaf : dossier.leaves()) {
			NodeView node = nodes.get(leaf.leafCode());
			while (node.parentCode().isPresent()) {
				node = nodes.get(node.parentCode().get());
			}
			areaOf.put(leaf.leafCode(), node.code());
		}
		List<NodeView> areas = set.nodes().stream().filter((node) -> node.parentCode().isEmpty()).toList();
		Map<String, int[]> progress = new LinkedHashMap<>();
		Map<String, int[]> appraised = new LinkedHashMap<>();
		Map<String, int[]> finalised = new LinkedHashMap<>();
		for (NodeView node : areas) {
			progress.put(node.code(), new int[2]);
			appraised.put(node.code(), new int[2]);
			finalised.put(node.code(), new int[2]);
		}
		for (LeafRecordView leaf : dossier.leaves()) {
			int[] counts = progress.get(areaOf.get(leaf.leafCode()));
			counts[1]++;
			counts[0] += leaf.entered() ? 1 : 0;
			int[] round1 = appraised.get(areaOf.get(leaf.leafCode()));
			round1[1]++;
			round1[0] += leaf.round1Points().isPresent() ? 1 : 0;
			int[] round2 = finalised.get(areaOf.get(leaf.leafCode()));
			round2[1]++;
			round2[0] += leaf.finalPoints().isPresent() ? 1 : 0;
		}
		areas = areas.stream().filter((node) -> progress.get(node.code())[1] > 0).toList();
		String chosen = areas.stream()
			.map(NodeView::code)
			.filter((code) -> code.equals(area))
			.findFirst()
			.orElse(areas.isEmpty() ? "" : areas.get(0).code());
		List<LeafRecordView> leaves = dossier.leaves()
			.stream()
			.filter((leaf) -> chosen.equals(areaOf.get(leaf.leafCode())))
			.toList();
		Map<String, List<String>> inputs = new HashMap<>();
		Map<String, BigDecimal> maxima = new HashMap<>();
		Map<String, Leaf> rules = new HashMap<>();
		for (Leaf leaf : set.definition().leaves()) {
			inputs.put(leaf.code(), leaf.rule().inputNames());
			maxima.put(leaf.code(), leaf.maxPoints());
			rules.put(leaf.code(), leaf);
		}
		// figures the rules accept but a person should check (a ratio's achieved above
		// its total): flagged beside the criterion for the unit and the appraisers
		Map<String, List<String>> checks = new HashMap<>();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		for (LeafRecordView leaf : leaves) {
			Leaf rule = rules.get(leaf.leafCode());
			if (rule != null && !leaf.inputs().isEmpty()) {
				List<String> warnings = rule.rule()
					.warnings(leaf.leafCode(), leaf.inputs())
					.stream()
					.map((warning) -> this.forms.problem(warning, locale))
					.toList();
				if (!warnings.isEmpty()) {
					checks.put(leaf.leafCode(), warnings);
				}
			}
		}
		Map<String, List<LeafEventView>> history = new HashMap<>(this.dossiers.histories(cycleId, unitId, actor));
		leaves.forEach((leaf) -> history.putIfAbsent(leaf.leafCode(), List.of()));
		model.addAttribute("dossier", dossier);
		model.addAttribute("cycle", dossier.cycle());
		model.addAttribute("set", set);
		model.addAttribute("unit", this.organization.findUnit(unitId)
			.orElseThrow(() -> new NotFoundException("assessment.unit.unknown", unitId)));
		model.addAttribute("areas", areas);
		model.addAttribute("progress", progress);
		// the appraisal page's tabs count round 1, not the unit's entries (issue 9)
		model.addAttribute("appraisedProgress", appraised);
		// and, from round 2 on, the criteria round 2 finalised (changed or confirmed)
		model.addAttribute("finalisedProgress", finalised);
		model.addAttribute("area", chosen);
		model.addAttribute("leaves", leaves);
		model.addAttribute("nodes", nodes);
		// each leaf's area, for links to a criterion on its area's page (the submission's
		// blockers, issue 9, num9 F2)
		model.addAttribute("areaOf", areaOf);
		model.addAttribute("inputs", inputs);
		model.addAttribute("maxima", maxima);
		model.addAttribute("checks", checks);
		if (!model.containsAttribute("invalid")) {
			// the form fields a refused save marks is-invalid (none on a fresh page)
			model.addAttribute("invalid", java.util.Set.of());
		}
		model.addAttribute("history", history);
		// who last changed each score, by role and name: appraiser (round 1/2), council
		// or, in a correction, the PAR office (issue 9)
		Map<String, LeafEventView> changedBy = new HashMap<>();
		history.forEach((code, events) -> events.stream()
			.filter((event) -> SCORING_STEPS.contains(event.phase() + ":" + event.action()))
			.reduce((first, second) -> second)
			.ifPresent((last) -> changedBy.put(code, last)));
		model.addAttribute("changedBy", changedBy);
		model.addAttribute("stage", this.cycles.stage(cycleId, now));
		model.addAttribute("selfTotals", totals(dossier, areas, areaOf, maxima));
		model.addAttribute("dossierStamp", stamp(dossier));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return dossier;
	}

	/**
	 * What a submission confirmation confirms (issue 9, W1): a digest of every leaf's
	 * version, inputs, self-score and evidence, which any save, upload or removal
	 * changes. The confirmation page carries it; a submission whose stamp differs from
	 * the dossier's now is refused, since the leader confirmed other figures.
	 * @param dossier the unit's dossier as it is now
	 * @return 64 hexadecimal digits (SHA-256)
	 */
	static String stamp(UnitDossierView dossier) {
		StringBuilder text = new StringBuilder();
		for (LeafRecordView leaf : dossier.leaves()) {
			text.append(leaf.leafCode())
				.append('|')
				.append(leaf.version())
				.append('|')
				.append(new java.util.TreeMap<>(leaf.inputs()))
				.append('|')
				.append(leaf.selfPoints().map(BigDecimal::toPlainString).orElse(""))
				.append('|');
			leaf.evidence().forEach((item) -> text.append(item.id()).append(','));
			text.append('\n');
		}
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The unit's self-assessed points by component and area (issue 9, item 6): what the
	 * council table will show, seen before submission.
	 */
	private static SelfTotals totals(UnitDossierView dossier, List<NodeView> areas, Map<String, String> areaOf,
			Map<String, BigDecimal> maxima) {
		Map<String, BigDecimal[]> byArea = new LinkedHashMap<>();
		areas.forEach((node) -> byArea.put(node.code(), new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO }));
		BigDecimal total = BigDecimal.ZERO;
		int entered = 0;
		for (LeafRecordView leaf : dossier.leaves()) {
			BigDecimal points = leaf.selfPoints().orElse(BigDecimal.ZERO);
			entered += leaf.selfPoints().isPresent() ? 1 : 0;
			total = total.add(points);
			BigDecimal[] sums = byArea.get(areaOf.get(leaf.leafCode()));
			if (sums != null) {
				sums[0] = sums[0].add(points);
				sums[1] = sums[1].add(maxima.getOrDefault(leaf.leafCode(), BigDecimal.ZERO));
			}
		}
		List<SelfTotals.AreaTotal> rows = areas.stream()
			.map((node) -> new SelfTotals.AreaTotal(node.code(), node.name(), byArea.get(node.code())[0],
					byArea.get(node.code())[1]))
			.toList();
		return new SelfTotals(total, dossier.set().componentMax(org.parindex.engine.Component.APPRAISAL), entered,
				dossier.leaves().size(), rows);
	}

}
