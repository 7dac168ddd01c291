package org.parindex.methodology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.parindex.engine.IndexSet;
import org.parindex.engine.IndexSetValidator;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Text;
import org.parindex.methodology.CreateIndexSet.NodeDraft;
import org.parindex.organization.OrganizationService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Index sets: creating a year's set for a unit group, and reading sets and their trees.
 */
@Service
@Validated
public class MethodologyService {

	private final IndexSetRepository sets;

	private final ApplicationEventPublisher events;

	private final IndexSetLimits limits;

	private final OrganizationService organization;

	MethodologyService(IndexSetRepository sets, ApplicationEventPublisher events, IndexSetLimits limits,
			OrganizationService organization) {
		this.organization = organization;
		this.sets = sets;
		this.events = events;
		this.limits = limits;
	}

	/**
	 * Stores a new index set after checking it whole: a unit group that exists
	 * ({@code methodology.index-set.unknown-group}), one set per year and unit group,
	 * parents named before their children, rules that parse, and the engine's validation
	 * (sums, components, bands, levels), at most {@link IndexSetLimits#maxNodes()} nodes.
	 * Refused sets change nothing.
	 * @throws InvalidIndexSetException listing every issue found
	 */
	@Transactional
	public IndexSetView create(@Valid CreateIndexSet command) {
		CreateIndexSet set = normalized(command);
		List<IndexSetIssue> issues = check(set);
		if (!issues.isEmpty()) {
			throw new InvalidIndexSetException(issues);
		}
		long id = this.sets.insert(set);
		this.events.publishEvent(new IndexSetCreated(id, set.year(), set.unitGroupId()));
		this.events.publishEvent(AuditableChange.of("index-set", Long.toString(id), "created", "", "year=" + set.year()
				+ "; group=" + set.unitGroupId() + "; name=" + set.name() + "; nodes=" + set.nodes().size(), ""));
		return find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<IndexSetView> find(long id) {
		return this.sets.find(id).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<IndexSetView> find(int year, long unitGroupId) {
		return this.sets.find(year, unitGroupId).map(this::view);
	}

	/** The set of a year and unit group, without its tree: one cheap lookup. */
	@Transactional(readOnly = true)
	public Optional<IndexSetSummary> summary(int year, long unitGroupId) {
		return this.sets.find(year, unitGroupId).map(MethodologyService::summary);
	}

	/** All index sets, newest year first. */
	@Transactional(readOnly = true)
	public List<IndexSetSummary> list() {
		return this.sets.all().stream().map(MethodologyService::summary).toList();
	}

	/**
	 * What stands in the way of scoring a set fairly: parent loops of its stored nodes
	 * and what the engine's validator finds, naming the offending nodes (the editor shows
	 * the same list). Empty when the set is sound; a cycle opens only then.
	 */
	public List<IndexSetIssue> problems(IndexSetView set) {
		List<IndexSetIssue> problems = new ArrayList<>(
				IndexSetEditor.parentLoops(set.nodes().stream().map(IndexSetEditor::draft).toList()));
		IndexSetValidator.validate(set.definition()).stream().map(IndexSetIssue::of).forEach(problems::add);
		return problems;
	}

	private static IndexSetSummary summary(IndexSetRepository.StoredSet set) {
		return new IndexSetSummary(set.id(), set.year(), set.unitGroupId(), set.name(), set.illustrative(),
				set.published());
	}

	private IndexSetView view(IndexSetRepository.StoredSet set) {
		var components = this.sets.components(set.id());
		List<ClassBandView> classes = this.sets.classes(set.id());
		List<NodeView> nodes = this.sets.nodes(set.id());
		IndexSet definition = TreeBuilder.build(nodes, components, set.bonusCap(), set.deductionCap(), classes,
				set.tiePlaces());
		return new IndexSetView(set.id(), set.year(), set.unitGroupId(), set.name(), set.legalBasis(),
				set.illustrative(), set.published(), components, set.bonusCap(), set.deductionCap(), set.tiePlaces(),
				classes, nodes, definition, set.version(), set.rankLabel());
	}

	private List<IndexSetIssue> check(CreateIndexSet set) {
		List<IndexSetIssue> issues = new ArrayList<>(this.limits.check(set.nodes().size()));
		if (this.organization.findGroup(set.unitGroupId()).isEmpty()) {
			issues.add(new IndexSetIssue("", "methodology.index-set.unknown-group",
					List.of(Long.toString(set.unitGroupId()))));
		}
		if (this.sets.find(set.year(), set.unitGroupId()).isPresent()) {
			issues.add(new IndexSetIssue(Integer.toString(set.year()), "methodology.index-set.exists",
					List.of(set.year())));
		}
		Set<String> seen = new HashSet<>();
		List<NodeView> nodes = new ArrayList<>();
		for (NodeDraft node : set.nodes()) {
			if (node.parentCode().isPresent() && !seen.contains(node.parentCode().get())) {
				issues.add(new IndexSetIssue(node.code(), "methodology.node.unknown-parent",
						List.of(node.code(), node.parentCode().get())));
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
			seen.add(node.code());
			nodes.add(new NodeView(node.code(), node.parentCode(), node.level(), nodes.size(), node.name(),
					node.nameEn(), node.maxPoints(), node.component(), node.rule(), node.guidance(), node.evidence()));
		}
		if (!issues.isEmpty()) {
			return issues;
		}
		List<ClassBandView> classes = set.classes()
			.stream()
			.map((band) -> new ClassBandView(band.code(), band.name(), band.nameEn(), band.minPercent()))
			.toList();
		IndexSet definition = TreeBuilder.build(nodes, set.componentMaxima(), set.bonusCap(), set.deductionCap(),
				classes, set.tiePlaces());
		IndexSetValidator.validate(definition).stream().map(IndexSetIssue::of).forEach(issues::add);
		return issues;
	}

	private static CreateIndexSet normalized(CreateIndexSet set) {
		List<NodeDraft> nodes = set.nodes()
			.stream()
			.map((node) -> new NodeDraft(node.code().strip(), node.parentCode().map(String::strip), node.level(),
					Text.normalize(node.name()), Text.normalize(node.nameEn()), node.maxPoints(), node.component(),
					node.rule().map(String::strip), Text.normalize(node.guidance()), Text.normalize(node.evidence())))
			.toList();
		List<CreateIndexSet.ClassBandDraft> classes = set.classes()
			.stream()
			.map((band) -> new CreateIndexSet.ClassBandDraft(band.code().strip(), Text.normalize(band.name()),
					Text.normalize(band.nameEn()), band.minPercent()))
			.toList();
		return new CreateIndexSet(set.year(), set.unitGroupId(), Text.normalize(set.name()),
				Text.normalize(set.legalBasis()), set.illustrative(), set.componentMaxima(), set.bonusCap(),
				set.deductionCap(), set.tiePlaces(), classes, nodes, set.rankLabel());
	}

}
