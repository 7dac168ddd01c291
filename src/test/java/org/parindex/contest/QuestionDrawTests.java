package org.parindex.contest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionDrawTests {

	static List<QuestionDraw.Candidate> bank() {
		List<QuestionDraw.Candidate> bank = new ArrayList<>();
		long id = 1;
		for (String category : List.of("Thể chế", "Thủ tục", "Số hóa")) {
			for (QuestionDifficulty difficulty : QuestionDifficulty.values()) {
				for (int i = 0; i < 4; i++) {
					bank.add(new QuestionDraw.Candidate(id++, category, difficulty, 2 + (int) (id % 5)));
				}
			}
		}
		return bank;
	}

	@Test
	void drawsExactlyThePlannedCountPerStratum() {
		List<QuestionDraw.Stratum> plan = List.of(QuestionDraw.Stratum.of("Thể chế", QuestionDifficulty.EASY, 2),
				new QuestionDraw.Stratum(Optional.of("Thủ tục"), Optional.empty(), 5),
				new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), 3));
		List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(bank(), plan, 42L);
		assertThat(drawn).hasSize(10);
		assertThat(drawn).extracting(QuestionDraw.Drawn::questionId).doesNotHaveDuplicates();
		List<QuestionDraw.Candidate> chosen = drawn.stream()
			.map((d) -> bank().stream().filter((c) -> c.questionId() == d.questionId()).findFirst().orElseThrow())
			.toList();
		assertThat(chosen.stream()
			.filter((c) -> c.category().equals("Thể chế") && c.difficulty() == QuestionDifficulty.EASY)
			.count()).isGreaterThanOrEqualTo(2);
		assertThat(chosen.stream().filter((c) -> c.category().equals("Thủ tục")).count()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theSameSeedGivesTheSameDrawWhateverTheBanksOrder() {
		List<QuestionDraw.Stratum> plan = List.of(new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), 12));
		List<QuestionDraw.Candidate> shuffled = new ArrayList<>(bank());
		Collections.reverse(shuffled);
		assertThat(QuestionDraw.draw(shuffled, plan, 7L)).isEqualTo(QuestionDraw.draw(bank(), plan, 7L));
		assertThat(QuestionDraw.draw(bank(), plan, 8L)).isNotEqualTo(QuestionDraw.draw(bank(), plan, 7L));
	}

	@Test
	void neighbouringSeedsDrawUnrelatedQuestions() {
		// attempts numbered 1, 2, 3… must not begin with the same questions
		List<QuestionDraw.Stratum> plan = List.of(new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), 1));
		Set<Long> first = new java.util.HashSet<>();
		for (long seed = 0; seed < 100; seed++) {
			first.add(QuestionDraw.draw(bank(), plan, seed).get(0).questionId());
		}
		assertThat(first).hasSizeGreaterThan(25);
		List<QuestionDraw.Candidate> two = bank().subList(0, 2);
		Set<Long> ofTwo = new java.util.HashSet<>();
		for (long seed = 0; seed < 10; seed++) {
			ofTwo.add(QuestionDraw.draw(two, plan, seed).get(0).questionId());
		}
		assertThat(ofTwo).hasSize(2);
	}

	@Test
	void aStableSeedGivesAKnownDraw() {
		// pinned so that a change of the algorithm (which would change every stored
		// attempt's questions if drawn again) is seen
		List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(bank(),
				List.of(QuestionDraw.Stratum.of("Số hóa", QuestionDifficulty.HARD, 2)), 2026L);
		assertThat(drawn).containsExactly(new QuestionDraw.Drawn(36, List.of(2, 3, 1, 0)),
				new QuestionDraw.Drawn(33, List.of(4, 3, 0, 1, 5, 2)));
	}

	@Test
	void refusesAStratumTheBankCannotFillNamingItAndTheNumbers() {
		assertThatThrownBy(() -> QuestionDraw.draw(bank(),
				List.of(QuestionDraw.Stratum.of("Thể chế", QuestionDifficulty.HARD, 5)), 1L))
			.isInstanceOfSatisfying(QuestionDrawException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("contest.question.draw.short.cell");
				assertThat(ex.arguments()).containsExactly("Thể chế", QuestionDifficulty.HARD.ordinal(), 5, 4);
			});
		// a broader stratum counts only what the cells left
		assertThatThrownBy(() -> QuestionDraw.draw(bank(),
				List.of(QuestionDraw.Stratum.of("Thể chế", QuestionDifficulty.HARD, 4),
						new QuestionDraw.Stratum(Optional.of("Thể chế"), Optional.empty(), 9)),
				1L))
			.isInstanceOfSatisfying(QuestionDrawException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("contest.question.draw.short.category");
				assertThat(ex.arguments()).containsExactly("Thể chế", -1, 9, 8);
			});
		assertThatThrownBy(() -> QuestionDraw.draw(bank(),
				List.of(new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), 37)), 1L))
			.isInstanceOfSatisfying(QuestionDrawException.class,
					(ex) -> assertThat(ex.arguments()).containsExactly("", -1, 37, 36));
	}

	@Test
	void refusesPlansThatAreNotValid() {
		assertThatThrownBy(() -> QuestionDraw.draw(bank(),
				List.of(new QuestionDraw.Stratum(Optional.of("Thể chế"), Optional.empty(), 1),
						new QuestionDraw.Stratum(Optional.empty(), Optional.of(QuestionDifficulty.EASY), 1)),
				1L))
			.isInstanceOfSatisfying(QuestionDrawException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.question.draw.mixed"));
		assertThatThrownBy(() -> QuestionDraw.draw(bank(),
				List.of(QuestionDraw.Stratum.of("Thể chế", QuestionDifficulty.EASY, 1),
						QuestionDraw.Stratum.of("thể chế", QuestionDifficulty.EASY, 1)),
				1L))
			.isInstanceOfSatisfying(QuestionDrawException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.question.draw.twice"));
		assertThatThrownBy(() -> QuestionDraw.draw(bank(),
				List.of(QuestionDraw.Stratum.of("Thể chế", QuestionDifficulty.EASY, -1)), 1L))
			.isInstanceOfSatisfying(QuestionDrawException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.question.draw.negative"));
		assertThatThrownBy(() -> QuestionDraw.draw(bank(), List.of(), 1L)).isInstanceOfSatisfying(
				QuestionDrawException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("contest.question.draw.empty"));
	}

	@Test
	void optionOrdersArePermutationsOfEachQuestionsOptions() {
		List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(bank(),
				List.of(new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), 36)), 3L);
		for (QuestionDraw.Drawn d : drawn) {
			int options = bank().stream()
				.filter((c) -> c.questionId() == d.questionId())
				.findFirst()
				.orElseThrow()
				.options();
			assertThat(d.optionOrder()).hasSize(options);
			assertThat(Set.copyOf(d.optionOrder())).hasSize(options).allMatch((p) -> p >= 0 && p < options);
		}
	}

	@Test
	void theShownQuestionCarriesNoCorrectness() {
		QuestionView question = new QuestionView(9, 1, "Q1", "Thể chế", QuestionDifficulty.EASY, QuestionKind.SINGLE,
				"Câu hỏi?", "", false, List.of(new QuestionOptionView(0, "Một", false),
						new QuestionOptionView(1, "Hai", true), new QuestionOptionView(2, "Ba", false)),
				"a", java.time.Instant.EPOCH);
		QuestionShown shown = QuestionShown.of(1, question, new QuestionDraw.Drawn(9, List.of(2, 0, 1)));
		assertThat(shown.options()).extracting(QuestionShown.Option::text).containsExactly("Ba", "Một", "Hai");
		assertThat(shown.options()).extracting(QuestionShown.Option::letter).containsExactly("A", "B", "C");
		assertThat(shown.toString()).doesNotContain("true", "correct");
		assertThat(QuestionShown.Option.class.getRecordComponents()).extracting((c) -> c.getName())
			.containsExactly("letter", "position", "text");
		assertThat(QuestionShown.class.getRecordComponents()).extracting((c) -> c.getName())
			.doesNotContain("correct", "source");
	}

}
