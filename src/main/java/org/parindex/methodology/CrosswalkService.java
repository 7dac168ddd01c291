package org.parindex.methodology;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crosswalk between a year's index set and the previous year's set of the same unit
 * group (issue 12, item 6: "compare by a crosswalk between criteria codes, kept with the
 * new set, suggested by matching codes and names, edited by the PAR office").
 * <p>
 * For a leaf the PAR office has not decided, the suggestion is, in this order: the
 * previous leaf with the same code and the same name ({@link Crosswalk.Basis#SAME}); the
 * one previous leaf with the same name under another code
 * ({@link Crosswalk.Basis#SAME_NAME}); the previous leaf with the same code
 * ({@link Crosswalk.Basis#SAME_CODE}); else none. Names are compared without case,
 * surrounding spaces, repeated spaces and a final full stop. The PAR office may give a
 * leaf several previous leaves (criteria merged into it: "2.1 và 2.2 của năm 2021 gộp
 * thành 2.1"), and several leaves one previous leaf (a criterion split); a previous leaf
 * nothing compares with is listed as dropped.
 */
@Service
public class CrosswalkService {

	private final MethodologyService methodology;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CrosswalkService(MethodologyService methodology, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.methodology = methodology;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The crosswalk of a set: decided entries, suggestions for the rest.
	 * @throws NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public Crosswalk crosswalk(long indexSetId) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		Optional<IndexSetView> previous = this.methodology.find(set.year() - 1, set.unitGroupId());
		List<NodeView> before = previous.map((p) -> p.nodes().stream().filter(NodeView::isLeaf).toList())
			.orElse(List.of());
		List<Crosswalk.Entry> entries = entries(set.nodes().stream().filter(NodeView::isLeaf).toList(), before,
				decisions(indexSetId));
		Set<String> used = new HashSet<>();
		entries.forEach((entry) -> entry.previous().forEach((p) -> used.add(p.code())));
		List<NodeView> dropped = before.stream().filter((n) -> !used.contains(n.code())).toList();
		return new Crosswalk(set, previous, entries, dropped);
	}

	/**
	 * Records the PAR office's crosswalk of a set, all or nothing. A leaf whose
	 * counterpart changes is audited with the old and the new counterpart; a suggestion
	 * sent back as it was is stored as confirmed (it no longer follows the suggestion)
	 * and audited once for all, by code.
	 * @param previousCodes for each leaf code of the set decided now, the previous
	 * leaves' codes it compares with (several when criteria were merged into it; blank
	 * values are ignored, so none or only blanks mean "no counterpart"); leaves not named
	 * keep what they had
	 * @return how many leaves changed counterpart, and how many suggestions were
	 * confirmed
	 * @throws NotFoundException for an unknown set
	 * @throws InvalidCrosswalkException when the set has no previous year
	 * ({@code crosswalk.no-previous}), a code is not a leaf of the set
	 * ({@code crosswalk.unknown-leaf}; a code longer than {@value #CODE_LENGTH}
	 * characters is named by its start) or a previous code not a leaf of the previous set
	 * ({@code crosswalk.unknown-previous}, every such code in
	 * {@link InvalidCrosswalkException#problems()}); nothing is stored then
	 */
	@Transactional
	public Decision decide(long indexSetId, Map<String, List<String>> previousCodes) {
		Crosswalk current = crosswalk(indexSetId);
		if (current.previous().isEmpty()) {
			throw new InvalidCrosswalkException("crosswalk.no-previous", current.set().year() - 1);
		}
		Map<String, Crosswalk.Entry> entries = new HashMap<>();
		current.entries().forEach((e) -> entries.put(e.leaf().code(), e));
		// the previous leaves in their tree's order: a merged leaf's codes are kept so
		List<String> previousLeaves = current.previous()
			.get()
			.nodes()
			.stream()
			.filter(NodeView::isLeaf)
			.map(NodeView::code)
			.toList();
		Map<String, List<String>> changes = new TreeMap<>();
		Map<String, List<String>> confirmed = new TreeMap<>();
		// every code not of the previous year, each with its field, said at once (walk
		// of issue 12: only the first was said)
		List<InvalidCrosswalkException.Problem> unknown = new java.util.ArrayList<>();
		for (Map.Entry<String, List<String>> choice : previousCodes.entrySet()) {
			String code = choice.getKey().strip();
			Crosswalk.Entry entry = entries.get(code);
			if (entry == null) {
				throw new InvalidCrosswalkException("crosswalk.unknown-leaf", shown(code), current.set().year());
			}
			Set<String> chosen = new HashSet<>();
			for (String value : (choice.getValue() == null) ? List.<String>of() : choice.getValue()) {
				String previous = (value == null) ? "" : value.strip();
				if (previous.isEmpty()) {
					continue;
				}
				if (!previousLeaves.contains(previous)) {
					unknown.add(new InvalidCrosswalkException.Problem(code, "crosswalk.unknown-previous",
							List.of(shown(previous), code, current.set().year() - 1)));
					continue;
				}
				chosen.add(previous);
			}
			List<String> previous = previousLeaves.stream().filter(chosen::contains).toList();
			List<String> had = entry.previous().stream().map(NodeView::code).toList();
			if (!had.equals(previous)) {
				changes.put(code, previous);
			}
			else if (!entry.basis().decided()) {
				confirmed.put(code, previous);
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidCrosswalkException(unknown);
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String by = Actors.currentName();
		Map<String, List<String>> stored = new TreeMap<>(confirmed);
		stored.putAll(changes);
		for (Map.Entry<String, List<String>> decision : stored.entrySet()) {
			// the counterparts go with the decision (on delete cascade)
			this.jdbc.sql("delete from methodology_crosswalk where index_set_id = ? and code = ?")
				.params(indexSetId, decision.getKey())
				.update();
			this.jdbc
				.sql("insert into methodology_crosswalk (index_set_id, code, decided_by, decided_at)"
						+ " values (?, ?, ?, ?)")
				.params(indexSetId, decision.getKey(), by, now)
				.update();
			for (String previous : decision.getValue()) {
				this.jdbc
					.sql("insert into methodology_crosswalk_previous (index_set_id, code, previous_code)"
							+ " values (?, ?, ?)")
					.params(indexSetId, decision.getKey(), previous)
					.update();
			}
		}
		// codes in brackets: the audit page shows them as written, not as decimals
		for (Map.Entry<String, List<String>> change : changes.entrySet()) {
			String before = String.join(", ",
					entries.get(change.getKey()).previous().stream().map(NodeView::code).toList());
			this.events.publishEvent(AuditableChange.of("crosswalk", current.set().year() + "/" + change.getKey(),
					"crosswalk-decided", "[" + before + "]", "[" + String.join(", ", change.getValue()) + "]", ""));
		}
		if (!confirmed.isEmpty()) {
			String codes = String.join(", ", confirmed.keySet());
			this.events.publishEvent(AuditableChange.of("crosswalk", Integer.toString(current.set().year()),
					"crosswalk-confirmed", "",
					"[" + ((codes.length() > AUDIT_LENGTH) ? codes.substring(0, AUDIT_LENGTH) + "…" : codes) + "]",
					""));
		}
		return new Decision(changes.size(), confirmed.size());
	}

	/** The longest code shown back in a message (characters). */
	static final int CODE_LENGTH = 40;

	/** The longest list of codes kept in one audit record (characters). */
	private static final int AUDIT_LENGTH = 3000;

	private static String shown(String code) {
		return org.parindex.platform.Text
			.printable((code.length() > CODE_LENGTH) ? code.substring(0, CODE_LENGTH) + "…" : code);
	}

	/**
	 * What a save did.
	 *
	 * @param changed leaves whose counterpart changed
	 * @param confirmed suggestions the PAR office sent back as they were, now decided
	 */
	public record Decision(int changed, int confirmed) {

	}

	private Map<String, List<String>> decisions(long indexSetId) {
		Map<String, List<String>> decided = new HashMap<>();
		this.jdbc.sql("select code from methodology_crosswalk where index_set_id = ?").param(indexSetId).query((rs) -> {
			decided.put(rs.getString(1), new ArrayList<>());
		});
		this.jdbc.sql("select code, previous_code from methodology_crosswalk_previous where index_set_id = ?")
			.param(indexSetId)
			.query((rs) -> {
				decided.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		return decided;
	}

	/**
	 * Each leaf's counterparts: the PAR office's decision when there is one (decided
	 * codes no longer in the previous set are left out), in the previous tree's order,
	 * else the suggestion.
	 * @param leaves the set's leaves, in order
	 * @param before the previous set's leaves, in order
	 * @param decided by leaf code, the decided previous codes (empty: none)
	 */
	static List<Crosswalk.Entry> entries(List<NodeView> leaves, List<NodeView> before,
			Map<String, List<String>> decided) {
		Map<String, NodeView> byCode = new LinkedHashMap<>();
		before.forEach((n) -> byCode.put(n.code(), n));
		Map<String, List<NodeView>> byName = new HashMap<>();
		before.forEach((n) -> byName.computeIfAbsent(key(n.name()), (k) -> new ArrayList<>()).add(n));
		List<Crosswalk.Entry> entries = new ArrayList<>();
		for (NodeView leaf : leaves) {
			if (decided.containsKey(leaf.code())) {
				List<String> codes = decided.get(leaf.code());
				entries.add(new Crosswalk.Entry(leaf, before.stream().filter((n) -> codes.contains(n.code())).toList(),
						Crosswalk.Basis.DECIDED));
			}
			else {
				entries.add(suggest(leaf, byCode, byName));
			}
		}
		return entries;
	}

	private static Crosswalk.Entry suggest(NodeView leaf, Map<String, NodeView> before,
			Map<String, List<NodeView>> byName) {
		NodeView sameCode = before.get(leaf.code());
		String name = key(leaf.name());
		if (sameCode != null && key(sameCode.name()).equals(name)) {
			return new Crosswalk.Entry(leaf, List.of(sameCode), Crosswalk.Basis.SAME);
		}
		List<NodeView> sameName = byName.getOrDefault(name, List.of());
		if (sameName.size() == 1) {
			return new Crosswalk.Entry(leaf, List.of(sameName.get(0)), Crosswalk.Basis.SAME_NAME);
		}
		if (sameCode != null) {
			return new Crosswalk.Entry(leaf, List.of(sameCode), Crosswalk.Basis.SAME_CODE);
		}
		return new Crosswalk.Entry(leaf, List.of(), Crosswalk.Basis.NONE);
	}

	/** A name as compared: lower case, spaces collapsed, no final full stop. */
	static String key(String name) {
		String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return key.endsWith(".") ? key.substring(0, key.length() - 1).strip() : key;
	}

}
