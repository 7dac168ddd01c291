package org.parindex.methodology;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.parindex.engine.Component;
import org.parindex.engine.IndexSetValidator;
import org.parindex.engine.Level;
import org.parindex.engine.RankLabel;
import org.parindex.engine.RuleType;
import org.parindex.methodology.CreateIndexSet.ClassBandDraft;
import org.parindex.methodology.CreateIndexSet.NodeDraft;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Bounds;
import org.parindex.platform.Formats;
import org.parindex.platform.Label;
import org.parindex.platform.Text;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The PAR office's index-set editor. A year's set starts as a draft, copied from an
 * earlier set or from scratch, and is edited node by node or replaced from a file. Drafts
 * may be incomplete (sums not yet matching): {@link #problems} lists what the engine's
 * validator finds, and publication (issue #4) requires none. What cannot be stored at all
 * (unknown parent, duplicate code, unreadable rule) is refused. Once its year is
 * published a set is frozen: every change is refused with
 * {@link IndexSetFrozenException}. Each change raises the results revision and is
 * audited.
 */
@Service
@Validated
public class IndexSetEditor {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final IndexSetRepository sets;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IndexSetLimits limits;

	private final OrganizationService organization;

	private final ObjectProvider<IndexSetUse> uses;

	private final ObjectProvider<IndexSetReferences> references;

	IndexSetEditor(IndexSetRepository sets, MethodologyService methodology, ApplicationEventPublisher events,
			Clock clock, IndexSetLimits limits, OrganizationService organization, ObjectProvider<IndexSetUse> uses,
			ObjectProvider<IndexSetReferences> references) {
		this.organization = organization;
		this.uses = uses;
		this.references = references;
		this.sets = sets;
		this.methodology = methodology;
		this.events = events;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * Starts the set of a year and unit group: a copy of another set (its settings and
	 * tree, under the new name; announced by {@link IndexSetCopied}, so that the survey's
	 * forms follow it), or an empty one with the given component maxima.
	 * @throws InvalidIndexSetException when the unit group does not exist
	 * ({@code methodology.index-set.unknown-group}), the year and group already have a
	 * set or the set to copy does not exist
	 */
	@Transactional
	public IndexSetView createDraft(@Valid CreateDraft command) {
		if (this.organization.findGroup(command.unitGroupId()).isEmpty()) {
			throw invalid("", "methodology.index-set.unknown-group", Long.toString(command.unitGroupId()));
		}
		if (this.sets.find(command.year(), command.unitGroupId()).isPresent()) {
			throw invalid(Integer.toString(command.year()), "methodology.index-set.exists", command.year());
		}
		CreateIndexSet set;
		if (command.copyFromSetId().isPresent()) {
			IndexSetView source = this.methodology.find(command.copyFromSetId().get())
				.orElseThrow(() -> invalid("", "methodology.index-set.unknown", command.copyFromSetId().get()));
			// a set often serves several years under one decision: a copy keeps its basis
			// unless the form names another
			String basis = command.legalBasis().isBlank() ? source.legalBasis() : command.legalBasis();
			set = withName(draftOf(source, source.nodes().stream().map(IndexSetEditor::draft).toList()), command.year(),
					command.unitGroupId(), command.name(), basis);
		}
		else {
			set = new CreateIndexSet(command.year(), command.unitGroupId(), Text.normalize(command.name()),
					Text.normalize(command.legalBasis()), false, command.componentMaxima(), command.bonusCap(),
					command.deductionCap(), 2, List.of(), List.of(), RankLabel.UNIT_COUNT_WIDTH);
		}
		List<IndexSetIssue> tooMany = this.limits.check(set.nodes().size());
		if (!tooMany.isEmpty()) {
			throw new InvalidIndexSetException(tooMany);
		}
		long id = this.sets.insert(set);
		this.events.publishEvent(new IndexSetCreated(id, set.year(), set.unitGroupId()));
		command.copyFromSetId().ifPresent((source) -> this.events.publishEvent(new IndexSetCopied(id, source)));
		audit(id, "created", "", "year=" + set.year() + "; group=" + set.unitGroupId() + "; copied-from="
				+ command.copyFromSetId().map(String::valueOf).orElse("none") + "; nodes=" + set.nodes().size());
		return this.methodology.find(id).orElseThrow();
	}

	/**
	 * Adds a node, or replaces the node {@code originalCode} (its children follow a code
	 * change). A new node goes after its last sibling.
	 * @param version the set's version the edit was made on
	 * ({@link IndexSetView#version})
	 * @throws InvalidIndexSetException when someone edited the set since that version
	 * ({@code methodology.index-set.edited-meanwhile}, naming who and when) or the tree
	 * could not be stored
	 * @throws IndexSetFrozenException once the year is published
	 */
	@Transactional
	public IndexSetView saveNode(long setId, int version, Optional<String> originalCode, @Valid NodeDraft node) {
		IndexSetView set = editable(setId, version);
		NodeDraft saved = normalized(node);
		List<NodeDraft> nodes = new ArrayList<>(set.nodes().stream().map(IndexSetEditor::draft).toList());
		if (originalCode.isPresent()) {
			int index = indexOf(nodes, originalCode.get());
			NodeDraft old = nodes.get(index);
			nodes.set(index, saved);
			if (!old.code().equals(saved.code())) {
				nodes.replaceAll((other) -> other.parentCode().equals(Optional.of(old.code()))
						? withParent(other, saved.code()) : other);
			}
			store(set, nodes, "node-changed", describe(old), describe(saved));
		}
		else {
			nodes.add(saved);
			store(set, nodes, "node-added", "", describe(saved));
		}
		return this.methodology.find(setId).orElseThrow();
	}

	/**
	 * Removes a node and everything under it.
	 * @param version the set's version the edit was made on
	 * @throws InvalidIndexSetException when someone edited the set since that version
	 * @throws IndexSetFrozenException once the year is published
	 */
	@Transactional
	public IndexSetView deleteNode(long setId, int version, String code) {
		IndexSetView set = editable(setId, version);
		List<NodeDraft> nodes = set.nodes().stream().map(IndexSetEditor::draft).toList();
		NodeDraft removed = nodes.get(indexOf(nodes, code));
		Set<String> gone = new HashSet<>();
		gone.add(code);
		List<NodeDraft> kept = new ArrayList<>();
		for (NodeDraft node : nodes) {
			if (gone.contains(node.code()) || node.parentCode().map(gone::contains).orElse(false)) {
				gone.add(node.code());
			}
			else {
				kept.add(node);
			}
		}
		store(set, kept, "node-deleted", describe(removed) + "; with=" + (gone.size() - 1) + " below", "");
		return this.methodology.find(setId).orElseThrow();
	}

	/**
	 * What deleting a node would remove, for the PAR office to confirm first (issue 9,
	 * item 7): the nodes below it, how many units' data its leaves hold (then the
	 * deletion is refused, {@code methodology.node.in-use}), and the survey questions
	 * that rate its leaves (then it is refused too,
	 * {@code methodology.node.rated-by-survey}).
	 * @throws org.parindex.platform.NotFoundException for an unknown set
	 * @throws IllegalArgumentException for a code not in the set
	 */
	@Transactional(readOnly = true)
	public NodeDeletion deletion(long setId, String code) {
		IndexSetView set = this.methodology.find(setId)
			.orElseThrow(() -> new org.parindex.platform.NotFoundException("methodology.index-set.unknown", setId));
		NodeView node = set.node(code).orElseThrow(() -> new IllegalArgumentException("No node " + code));
		Set<String> gone = new HashSet<>();
		gone.add(code);
		for (NodeView each : set.nodes()) {
			if (each.parentCode().map(gone::contains).orElse(false)) {
				gone.add(each.code());
			}
		}
		Map<String, Integer> inUse = new HashMap<>();
		this.uses.orderedStream()
			.forEach((use) -> use.leavesInUse(setId).forEach((leaf, units) -> inUse.merge(leaf, units, Math::max)));
		int units = gone.stream().mapToInt((each) -> inUse.getOrDefault(each, 0)).max().orElse(0);
		Map<String, String> referenced = referenced(setId);
		String questions = gone.stream()
			.sorted()
			.filter(referenced::containsKey)
			.map((leaf) -> leaf + " (" + referenced.get(leaf) + ")")
			.collect(java.util.stream.Collectors.joining("; "));
		return new NodeDeletion(code, node.name(), gone.size() - 1, units, questions);
	}

	/**
	 * What deleting a node removes.
	 *
	 * @param below the nodes under it (criteria and sub-criteria), 0 or more
	 * @param unitsWithData the most units whose data one of its leaves holds; above 0 the
	 * deletion is refused
	 * @param surveyQuestions the survey questions that rate its leaves, language-neutral
	 * ({@code "1.6 (E2: Q1, Q2; LD: Q1); 1.7 (E2: Q3)"}); not empty, the deletion is
	 * refused
	 */
	public record NodeDeletion(String code, String name, int below, int unitsWithData, String surveyQuestions) {

		/** Whether the node may be deleted: no units' data and no survey question. */
		public boolean deletable() {
			return this.unitsWithData == 0 && this.surveyQuestions.isEmpty();
		}

	}

	/**
	 * Moves a node one place up ({@code -1}) or down ({@code +1}) among its siblings.
	 * @param version the set's version the edit was made on
	 * @throws InvalidIndexSetException when someone edited the set since that version
	 * @throws IndexSetFrozenException once the year is published
	 */
	@Transactional
	public IndexSetView moveNode(long setId, int version, String code, int direction) {
		IndexSetView set = editable(setId, version);
		List<NodeDraft> nodes = new ArrayList<>(set.nodes().stream().map(IndexSetEditor::draft).toList());
		NodeDraft node = nodes.get(indexOf(nodes, code));
		List<NodeDraft> siblings = nodes.stream()
			.filter((other) -> other.parentCode().equals(node.parentCode()))
			.toList();
		int at = siblings.indexOf(node);
		int to = at + Integer.signum(direction);
		if (to < 0 || to >= siblings.size()) {
			return set;
		}
		NodeDraft other = siblings.get(to);
		int a = nodes.indexOf(node);
		int b = nodes.indexOf(other);
		nodes.set(a, other);
		nodes.set(b, node);
		store(set, nodes, "node-moved", node.code() + " at " + (at + 1), node.code() + " at " + (to + 1));
		return this.methodology.find(setId).orElseThrow();
	}

	/**
	 * Replaces a draft's settings and tree with an imported set, all or nothing: every
	 * structural problem of the file is reported and nothing changes.
	 * @param version the set's version the import was started on
	 * @throws InvalidIndexSetException when someone edited the set since that version, or
	 * for the file's structural problems
	 * @throws IndexSetFrozenException once the year is published
	 * @throws jakarta.validation.ConstraintViolationException when a value is outside its
	 * column (points, lengths; see {@link CreateIndexSet})
	 */
	@Transactional
	public IndexSetView replace(long setId, int version, @Valid CreateIndexSet imported, String source) {
		IndexSetView set = editable(setId, version);
		CreateIndexSet replacement = new CreateIndexSet(set.year(), set.unitGroupId(), Text.normalize(imported.name()),
				Text.normalize(imported.legalBasis()), set.illustrative(), imported.componentMaxima(),
				imported.bonusCap(), imported.deductionCap(), imported.tiePlaces(), imported.classes(),
				imported.nodes().stream().map(IndexSetEditor::normalized).toList(), imported.rankLabel());
		List<IndexSetIssue> issues = storable(set, replacement.nodes());
		if (!issues.isEmpty()) {
			throw new InvalidIndexSetException(issues);
		}
		this.sets.replace(set.id(), replacement, Actors.currentName(), OffsetDateTime.now(this.clock));
		this.events.publishEvent(new IndexSetChanged(set.id()));
		audit(set.id(), "imported", "nodes=" + set.nodes().size(),
				"nodes=" + replacement.nodes().size() + "; from=" + source);
		return this.methodology.find(setId).orElseThrow();
	}

	/**
	 * Freezes a set when its year's results are published: the publication announces the
	 * year and this listener runs inside the publishing transaction, so a set with
	 * problems refuses the publication and nothing is published.
	 * @throws InvalidIndexSetException when the set still has problems
	 * @throws IndexSetFrozenException when it is frozen already
	 */
	@EventListener
	@Transactional
	void on(YearPublished event) {
		IndexSetView set = editable(event.indexSetId(), OptionalInt.empty());
		List<IndexSetIssue> issues = problems(set);
		if (!issues.isEmpty()) {
			throw new InvalidIndexSetException(issues);
		}
		this.sets.markPublished(set.id(), OffsetDateTime.ofInstant(event.at(), this.clock.getZone()));
		audit(set.id(), "published", "published=false", "published=true");
	}

	/**
	 * What the engine's validator finds in a set, naming the offending nodes, after any
	 * parent loop of its stored nodes (whose nodes the engine's tree cannot hold).
	 */
	public List<IndexSetIssue> problems(IndexSetView set) {
		return this.methodology.problems(set);
	}

	/**
	 * Changes how the set's results are published: the published precision (decimals of
	 * totals and parts, used for display, exports and ties alike), how ranks are written
	 * and the set's legal basis, the decision that issued it, which the official reports
	 * cite after "Căn cứ" (issue 12, walk #22). Audited; copied with the set to the next
	 * year.
	 * @param version the set's version the edit was made on
	 * @param publishedPlaces 0 to {@link org.parindex.engine.TieRule#MAX_PLACES}
	 * @param legalBasis {@link CreateIndexSet#LEGAL_BASIS}, at most 500 characters; empty
	 * for none
	 * @throws InvalidIndexSetException when someone edited the set since that version
	 * @throws IndexSetFrozenException once the year is published
	 * @throws jakarta.validation.ConstraintViolationException for places outside 0 to 6
	 */
	@Transactional
	public IndexSetView changePublicationSettings(long setId, int version,
			@Min(0) @Max(org.parindex.engine.TieRule.MAX_PLACES) int publishedPlaces, RankLabel rankLabel,
			@Size(max = 500) @Pattern(regexp = CreateIndexSet.LEGAL_BASIS,
					message = "{bounds.legal-basis}") String legalBasis) {
		IndexSetView set = editable(setId, version);
		CreateIndexSet current = draftOf(set, set.nodes().stream().map(IndexSetEditor::draft).toList());
		String basis = Text.normalize(legalBasis);
		CreateIndexSet changed = new CreateIndexSet(current.year(), current.unitGroupId(), current.name(), basis,
				current.illustrative(), current.componentMaxima(), current.bonusCap(), current.deductionCap(),
				publishedPlaces, current.classes(), current.nodes(), rankLabel);
		this.sets.replace(set.id(), changed, Actors.currentName(), OffsetDateTime.now(this.clock));
		this.events.publishEvent(new IndexSetChanged(set.id()));
		audit(set.id(), "publication-settings",
				"places=" + set.tiePlaces() + "; ranks=" + set.rankLabel() + "; basis=" + set.legalBasis(),
				"places=" + publishedPlaces + "; ranks=" + rankLabel + "; basis=" + basis);
		return this.methodology.find(setId).orElseThrow();
	}

	private IndexSetView editable(long setId, int version) {
		return editable(setId, OptionalInt.of(version));
	}

	/**
	 * The set to change, its row locked until the change commits: refused once published,
	 * and when someone changed it since the version the change was made on.
	 */
	private IndexSetView editable(long setId, OptionalInt version) {
		IndexSetRepository.StoredSet stored = this.sets.lock(setId)
			.orElseThrow(() -> invalid("", "methodology.index-set.unknown", setId));
		if (stored.published()) {
			throw new IndexSetFrozenException(stored.year());
		}
		if (version.isPresent() && version.getAsInt() != stored.version()) {
			throw new InvalidIndexSetException(
					List.of(new IndexSetIssue(Integer.toString(stored.year()), "methodology.index-set.edited-meanwhile",
							List.of(stored.updatedBy().orElse("?"),
									stored.updatedAt()
										.map((at) -> Formats.localTime(at.atZoneSameInstant(ZONE)))
										.orElse("?")))));
		}
		return this.methodology.find(setId).orElseThrow();
	}

	private void store(IndexSetView set, List<NodeDraft> nodes, String action, String before, String after) {
		List<IndexSetIssue> issues = storable(set, nodes);
		if (!issues.isEmpty()) {
			throw new InvalidIndexSetException(issues);
		}
		List<NodeDraft> ordered = treeOrder(nodes);
		this.sets.replace(set.id(), draftOf(set, ordered), Actors.currentName(), OffsetDateTime.now(this.clock));
		this.events.publishEvent(new IndexSetChanged(set.id()));
		audit(set.id(), action, before, after);
	}

	/**
	 * What prevents storing a set's new tree: its structure, more nodes than a set may
	 * have, or a leaf that holds units' work disappearing or changing its kind of rule.
	 */
	private List<IndexSetIssue> storable(IndexSetView set, List<NodeDraft> nodes) {
		List<IndexSetIssue> issues = new ArrayList<>(this.limits.check(nodes.size()));
		issues.addAll(structuralIssues(nodes));
		if (issues.isEmpty()) {
			issues.addAll(leavesInUseKept(set, nodes));
		}
		if (issues.isEmpty()) {
			issues.addAll(referencedLeavesKept(set, nodes));
		}
		return issues;
	}

	private Map<String, String> referenced(long setId) {
		Map<String, String> referenced = new java.util.TreeMap<>();
		this.references.orderedStream()
			.forEach((reference) -> reference.leavesReferenced(setId)
				.forEach((leaf, by) -> referenced.merge(leaf, by, (a, b) -> a + "; " + b)));
		return referenced;
	}

	/**
	 * The leaves other records rate ({@link IndexSetReferences}: survey forms' questions)
	 * must stay in the new tree under the same code, as leaves of the same component:
	 * otherwise those questions would rate nothing (issue 10, W7). The refusal names the
	 * forms and questions, for the PAR office or the survey staff to change first.
	 */
	private List<IndexSetIssue> referencedLeavesKept(IndexSetView set, List<NodeDraft> nodes) {
		Map<String, String> referenced = referenced(set.id());
		if (referenced.isEmpty()) {
			return List.of();
		}
		Map<String, NodeDraft> next = new LinkedHashMap<>();
		nodes.forEach((node) -> next.put(node.code(), node));
		Set<String> parents = new HashSet<>();
		nodes.forEach((node) -> node.parentCode().ifPresent(parents::add));
		List<IndexSetIssue> issues = new ArrayList<>();
		for (Map.Entry<String, String> reference : referenced.entrySet()) {
			Optional<NodeView> current = set.node(reference.getKey());
			if (current.isEmpty() || !current.get().isLeaf()) {
				// questions left from a leaf removed before this rule: the forms' review
				// shows them
				continue;
			}
			NodeDraft kept = next.get(reference.getKey());
			if (kept == null || parents.contains(kept.code()) || !kept.component().equals(current.get().component())) {
				issues.add(new IndexSetIssue(reference.getKey(), "methodology.node.rated-by-survey",
						List.of(reference.getKey(), reference.getValue())));
			}
		}
		return issues;
	}

	/**
	 * The leaves that hold units' entries, appraisals, evidence or survey results
	 * ({@link IndexSetUse}) must stay in the new tree under the same code, as leaves with
	 * the same kind of rule: otherwise the units' saved work would vanish from their
	 * dossiers and scores. Their wording, maximum, guidance and the rule's parameters may
	 * change.
	 */
	private List<IndexSetIssue> leavesInUseKept(IndexSetView set, List<NodeDraft> nodes) {
		Map<String, Integer> inUse = new java.util.TreeMap<>();
		this.uses.orderedStream()
			.forEach((use) -> use.leavesInUse(set.id()).forEach((leaf, units) -> inUse.merge(leaf, units, Math::max)));
		if (inUse.isEmpty()) {
			return List.of();
		}
		Map<String, NodeDraft> next = new LinkedHashMap<>();
		nodes.forEach((node) -> next.put(node.code(), node));
		Map<String, NodeView> now = new LinkedHashMap<>();
		set.nodes().forEach((node) -> now.put(node.code(), node));
		List<String> lost = new ArrayList<>();
		int units = 0;
		for (Map.Entry<String, Integer> use : inUse.entrySet()) {
			NodeView current = now.get(use.getKey());
			if (current == null || !current.isLeaf()) {
				// work left from a leaf removed before this rule: nothing to keep
				continue;
			}
			NodeDraft kept = next.get(use.getKey());
			if (kept == null || kept.level() != current.level() || !kept.component().equals(current.component())
					|| kept.rule().isEmpty() || !ruleType(kept.rule()).equals(ruleType(current.rule()))) {
				lost.add(use.getKey());
				units = Math.max(units, use.getValue());
			}
		}
		if (lost.isEmpty()) {
			return List.of();
		}
		if (lost.size() == 1) {
			return List.of(new IndexSetIssue(lost.get(0), "methodology.node.in-use", List.of(lost.get(0), units)));
		}
		String shown = (lost.size() <= 8) ? String.join(", ", lost)
				: String.join(", ", lost.subList(0, 8)) + ", … (" + lost.size() + ")";
		return List.of(new IndexSetIssue(lost.get(0), "methodology.nodes.in-use", List.of(shown, units)));
	}

	private static Optional<RuleType> ruleType(Optional<String> rule) {
		try {
			return rule.map((notation) -> RuleNotation.parse(notation).type());
		}
		catch (RuleNotationException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What prevents storing a tree at all: a missing or unknown parent, a parent chain
	 * that loops ({@code methodology.node.parent-loop}), a duplicate code, a leaf without
	 * both component and rule, an unreadable rule, a negative maximum. The node editor,
	 * the import and {@link #replace} all pass here.
	 */
	static List<IndexSetIssue> structuralIssues(List<NodeDraft> nodes) {
		List<IndexSetIssue> issues = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (NodeDraft node : nodes) {
			if (!codes.add(node.code())) {
				issues.add(new IndexSetIssue(node.code(), "engine.problem.duplicate-code", List.of(node.code())));
			}
		}
		for (NodeDraft node : nodes) {
			if (node.parentCode().isPresent() && !codes.contains(node.parentCode().get())) {
				issues.add(new IndexSetIssue(node.code(), "methodology.node.unknown-parent",
						List.of(node.code(), node.parentCode().get())));
			}
			if (node.maxPoints().signum() < 0) {
				issues.add(new IndexSetIssue(node.code(), "engine.problem.negative-value",
						List.of(node.code(), "max", node.maxPoints())));
			}
			if (node.component().isPresent() != node.rule().isPresent()) {
				issues.add(new IndexSetIssue(node.code(), "methodology.node.leaf-needs-rule", List.of(node.code())));
			}
			else if (node.rule().isPresent()) {
				try {
					RuleNotation.parse(node.rule().get());
				}
				catch (RuleNotationException ex) {
					issues.add(IndexSetIssue.of(node.code(), ex));
				}
			}
		}
		List<IndexSetIssue> loops = parentLoops(nodes);
		Set<String> looping = new HashSet<>();
		loops.forEach((loop) -> looping.addAll(List.of(String.valueOf(loop.arguments().get(1)).split(" → "))));
		parentLevels(nodes).stream().filter((issue) -> !looping.contains(issue.subject())).forEach(issues::add);
		issues.addAll(loops);
		return issues;
	}

	/**
	 * Each node at its place in the tree: an area has no parent
	 * ({@code methodology.node.area-has-parent}); a criterion or a sub-criterion has one
	 * ({@code methodology.node.needs-parent}: a sub-criterion with an empty parent was
	 * once taken for a top-level node), and it is an area for a criterion, a criterion
	 * for a sub-criterion ({@code methodology.node.parent-level}). Levels are named by
	 * their message ({@code index-sets.level.*}).
	 */
	static List<IndexSetIssue> parentLevels(List<NodeDraft> nodes) {
		Map<String, Level> levels = new HashMap<>();
		nodes.forEach((node) -> levels.putIfAbsent(node.code(), node.level()));
		List<IndexSetIssue> issues = new ArrayList<>();
		for (NodeDraft node : nodes) {
			Object level = levelName(node.level());
			if (node.parentCode().isEmpty()) {
				if (node.level() != Level.AREA) {
					issues.add(new IndexSetIssue(node.code(), "methodology.node.needs-parent",
							List.of(node.code(), level, levelName(above(node.level())))));
				}
				continue;
			}
			if (node.level() == Level.AREA) {
				issues.add(new IndexSetIssue(node.code(), "methodology.node.area-has-parent",
						List.of(node.code(), node.parentCode().get())));
				continue;
			}
			Level parent = levels.get(node.parentCode().get());
			if (parent != null && parent != above(node.level())) {
				issues.add(new IndexSetIssue(node.code(), "methodology.node.parent-level", List.of(node.code(), level,
						node.parentCode().get(), levelName(parent), levelName(above(node.level())))));
			}
		}
		return issues;
	}

	private static Level above(Level level) {
		return (level == Level.SUB_CRITERION) ? Level.CRITERION : Level.AREA;
	}

	private static Object levelName(Level level) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "index-sets.level." + level.name().toLowerCase(java.util.Locale.ROOT) }, level.name());
	}

	/**
	 * Each loop of parents once, named by its first node in the given order and its codes
	 * in parent order ({@code 2 → 2.2 → 2}): the nodes of a loop reach no area, so the
	 * tree would silently lose them and everything under them. A chain that ends at an
	 * unknown parent is {@code methodology.node.unknown-parent}'s business.
	 */
	static List<IndexSetIssue> parentLoops(List<NodeDraft> nodes) {
		Map<String, String> parents = new LinkedHashMap<>();
		for (NodeDraft node : nodes) {
			parents.putIfAbsent(node.code(), node.parentCode().orElse(null));
		}
		Set<String> done = new HashSet<>();
		List<IndexSetIssue> issues = new ArrayList<>();
		for (String start : parents.keySet()) {
			List<String> path = new ArrayList<>();
			String code = start;
			while (code != null && parents.containsKey(code) && !done.contains(code) && !path.contains(code)) {
				path.add(code);
				code = parents.get(code);
			}
			if (code != null && path.contains(code)) {
				List<String> loop = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
				String first = nodes.stream().map(NodeDraft::code).filter(loop::contains).findFirst().orElse(code);
				Collections.rotate(loop, -loop.indexOf(first));
				loop.add(first);
				issues.add(new IndexSetIssue(first, "methodology.node.parent-loop",
						List.of(first, String.join(" → ", loop))));
			}
			done.addAll(path);
		}
		return issues;
	}

	/** Parents before children, siblings in their given order. */
	static List<NodeDraft> treeOrder(List<NodeDraft> nodes) {
		Map<String, List<NodeDraft>> children = new LinkedHashMap<>();
		List<NodeDraft> roots = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		nodes.forEach((node) -> codes.add(node.code()));
		for (NodeDraft node : nodes) {
			if (node.parentCode().isPresent() && codes.contains(node.parentCode().get())) {
				children.computeIfAbsent(node.parentCode().get(), (code) -> new ArrayList<>()).add(node);
			}
			else {
				roots.add(node);
			}
		}
		List<NodeDraft> ordered = new ArrayList<>(nodes.size());
		Set<String> visited = new HashSet<>();
		for (NodeDraft root : roots) {
			visit(root, children, ordered, visited);
		}
		return ordered;
	}

	private static void visit(NodeDraft node, Map<String, List<NodeDraft>> children, List<NodeDraft> ordered,
			Set<String> visited) {
		if (!visited.add(node.code())) {
			return;
		}
		ordered.add(node);
		for (NodeDraft child : children.getOrDefault(node.code(), List.of())) {
			visit(child, children, ordered, visited);
		}
	}

	static NodeDraft draft(NodeView node) {
		return new NodeDraft(node.code(), node.parentCode(), node.level(), node.name(), node.nameEn(), node.maxPoints(),
				node.component(), node.rule(), node.guidance(), node.evidence());
	}

	static CreateIndexSet draftOf(IndexSetView set, List<NodeDraft> nodes) {
		List<ClassBandDraft> classes = set.classes()
			.stream()
			.map((band) -> new ClassBandDraft(band.code(), band.name(), band.nameEn(), band.minPercent()))
			.toList();
		return new CreateIndexSet(set.year(), set.unitGroupId(), set.name(), set.legalBasis(), set.illustrative(),
				set.componentMaxima(), set.bonusCap(), set.deductionCap(), set.tiePlaces(), classes, nodes,
				set.rankLabel());
	}

	private static CreateIndexSet withName(CreateIndexSet set, int year, long groupId, String name, String legalBasis) {
		return new CreateIndexSet(year, groupId, Text.normalize(name), Text.normalize(legalBasis), false,
				set.componentMaxima(), set.bonusCap(), set.deductionCap(), set.tiePlaces(), set.classes(), set.nodes(),
				set.rankLabel());
	}

	private static NodeDraft normalized(NodeDraft node) {
		return new NodeDraft(node.code().strip(),
				node.parentCode().map(String::strip).filter((code) -> !code.isEmpty()), node.level(),
				Text.normalize(node.name()), Text.normalize(node.nameEn()), node.maxPoints(), node.component(),
				node.rule().map(String::strip).filter((rule) -> !rule.isEmpty()).map(IndexSetEditor::canonical),
				Text.normalize(node.guidance()), Text.normalize(node.evidence()));
	}

	/**
	 * A rule in the notation's own words ({@code ratio full-at=0.6} for
	 * {@code ratio  full-at=0,6}).
	 */
	private static String canonical(String rule) {
		try {
			return RuleNotation.format(RuleNotation.parse(rule));
		}
		catch (RuleNotationException ex) {
			return rule;
		}
	}

	private static NodeDraft withParent(NodeDraft node, String parent) {
		return new NodeDraft(node.code(), Optional.of(parent), node.level(), node.name(), node.nameEn(),
				node.maxPoints(), node.component(), node.rule(), node.guidance(), node.evidence());
	}

	private static int indexOf(List<NodeDraft> nodes, String code) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new InvalidIndexSetException(List.of(new IndexSetIssue(code, "methodology.node.unknown", List.of(code))));
	}

	private static String describe(NodeDraft node) {
		return node.code() + " " + node.level() + " max=" + node.maxPoints().stripTrailingZeros().toPlainString()
				+ node.component().map((component) -> " " + component).orElse("")
				+ node.rule().map((rule) -> " [" + rule + "]").orElse("") + " " + node.name();
	}

	private void audit(long setId, String action, String before, String after) {
		this.events.publishEvent(AuditableChange.of("index-set", Long.toString(setId), action, before, after, ""));
	}

	private static InvalidIndexSetException invalid(String subject, String key, Object argument) {
		return new InvalidIndexSetException(List.of(new IndexSetIssue(subject, key, List.of(argument))));
	}

	/**
	 * Starts a year's set for a unit group, copied from another set or from scratch (then
	 * with its component maxima and caps, each within {@code numeric(9, 4)}; a copy takes
	 * them from the set it copies).
	 */
	public record CreateDraft(@Label("index-sets.year") @Bounds.Year int year, long unitGroupId,
			@Label("index-sets.name") @NotBlank @Size(max = 300) String name,
			@Label("index-sets.legal-basis") @Size(max = 500) @Pattern(regexp = CreateIndexSet.LEGAL_BASIS,
					message = "{bounds.legal-basis}") String legalBasis,
			Optional<Long> copyFromSetId,
			@Label("index-sets.component-maxima") Map<Component, @NotNull @Bounds.Points BigDecimal> componentMaxima,
			@Label("index-sets.bonus-cap") @Bounds.Points BigDecimal bonusCap,
			@Label("index-sets.deduction-cap") @Bounds.Points BigDecimal deductionCap) {

	}

}
