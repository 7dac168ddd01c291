package org.parindex.contest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.AuditableChange;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the public entry's hot path reads on every request, prepared once and kept in
 * memory (issue 11 item 7): the list of contests, the contest's definition by its
 * address, a bank's active questions with their answer keys (the draw's candidates), and
 * the unit list of the registration form. A change of a contest or a bank made on this
 * instance empties the caches when it commits; changes made on another instance sharing
 * the database are seen after at most {@link #TIME_TO_LIVE}. Nothing a guarantee depends
 * on is read from here: a started attempt keeps the answer key it stored, and the
 * database's constraints decide identity and submission.
 */
@Component
class ContestCatalog {

	/** How long a cached entry is used before it is read again. */
	static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

	private final ContestService contests;

	private final QuestionBankService banks;

	private final OrganizationService organization;

	private final Cache<String, Optional<ContestView>> bySlug = Caffeine.newBuilder()
		.expireAfterWrite(TIME_TO_LIVE)
		.maximumSize(1_000)
		.build();

	private final Cache<String, List<ContestView>> all = Caffeine.newBuilder()
		.expireAfterWrite(TIME_TO_LIVE)
		.maximumSize(1)
		.build();

	private final Cache<Long, BankQuestions> questions = Caffeine.newBuilder()
		.expireAfterWrite(TIME_TO_LIVE)
		.maximumSize(100)
		.build();

	private final Cache<String, List<EntryUnit>> units = Caffeine.newBuilder()
		.expireAfterWrite(TIME_TO_LIVE)
		.maximumSize(1)
		.build();

	ContestCatalog(ContestService contests, QuestionBankService banks, OrganizationService organization) {
		this.contests = contests;
		this.banks = banks;
		this.organization = organization;
	}

	Optional<ContestView> contest(String slug) {
		return this.bySlug.get(slug, this.contests::findBySlug);
	}

	/** Every contest, the latest first: the public list of contests. */
	List<ContestView> contests() {
		return this.all.get("all", (key) -> List.copyOf(this.contests.contests()));
	}

	BankQuestions bank(long bankId) {
		return this.questions.get(bankId, (id) -> {
			List<QuestionView> active = this.banks.questions(id, QuestionFilter.all())
				.stream()
				.filter((question) -> !question.retired())
				.toList();
			return new BankQuestions(active.stream().map(QuestionView::candidate).toList(),
					active.stream().collect(Collectors.toUnmodifiableMap(QuestionView::id, Function.identity())));
		});
	}

	/**
	 * A question by id, read from the database (not cached: for questions retired since).
	 */
	QuestionView question(long questionId) {
		return this.banks.find(questionId).orElseThrow();
	}

	/** The active units of every unit group, group by group in the province's order. */
	List<EntryUnit> units() {
		return this.units.get("all", (key) -> {
			List<EntryUnit> choices = new ArrayList<>();
			for (UnitGroupView group : this.organization.groups()) {
				for (UnitView unit : this.organization.unitsOf(group.id())) {
					if (unit.active()) {
						choices.add(new EntryUnit(unit.id(), group.name(), unit.name()));
					}
				}
			}
			return List.copyOf(choices);
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(AuditableChange change) {
		if (change.entityType().startsWith("contest")) {
			this.bySlug.invalidateAll();
			this.all.invalidateAll();
			this.questions.invalidateAll();
		}
		else if (change.entityType().startsWith("unit")) {
			this.units.invalidateAll();
		}
	}

	/**
	 * A bank's active questions.
	 *
	 * @param candidates what the draw takes
	 * @param byId each with its text, options and key
	 */
	record BankQuestions(List<QuestionDraw.Candidate> candidates, Map<Long, QuestionView> byId) {
	}

}
