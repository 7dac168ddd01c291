package org.parindex.contest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The active (not retired) questions of a bank counted per category × difficulty: the
 * table the committee reads when it sets a round's draw (issue 11, item 2).
 *
 * @param rows one per category, in Vietnamese alphabetical order
 * ({@link QuestionText#ORDER})
 */
public record QuestionStrata(List<Row> rows) {

	public QuestionStrata {
		rows = List.copyOf(rows);
	}

	/** The table of the given questions; retired ones are not counted. */
	public static QuestionStrata of(List<QuestionView> questions) {
		Map<String, Map<QuestionDifficulty, Integer>> counts = new TreeMap<>(QuestionText.ORDER);
		for (QuestionView question : questions) {
			if (question.retired()) {
				continue;
			}
			counts.computeIfAbsent(question.category(), (c) -> new EnumMap<>(QuestionDifficulty.class))
				.merge(question.difficulty(), 1, Integer::sum);
		}
		List<Row> rows = new ArrayList<>();
		counts.forEach((category, byDifficulty) -> {
			List<Integer> cells = new ArrayList<>();
			for (QuestionDifficulty difficulty : QuestionDifficulty.values()) {
				cells.add(byDifficulty.getOrDefault(difficulty, 0));
			}
			rows.add(new Row(category, cells));
		});
		return new QuestionStrata(rows);
	}

	/** The questions of a difficulty over every category. */
	public int total(QuestionDifficulty difficulty) {
		return this.rows.stream().mapToInt((row) -> row.count(difficulty)).sum();
	}

	/** Every active question. */
	public int total() {
		return this.rows.stream().mapToInt(Row::total).sum();
	}

	/**
	 * One category's counts.
	 *
	 * @param category the category
	 * @param counts by difficulty, in {@link QuestionDifficulty}'s order
	 */
	public record Row(String category, List<Integer> counts) {

		public Row {
			counts = List.copyOf(counts);
		}

		/** The category's questions of a difficulty. */
		public int count(QuestionDifficulty difficulty) {
			return this.counts.get(difficulty.ordinal());
		}

		/** The category's questions. */
		public int total() {
			return this.counts.stream().mapToInt(Integer::intValue).sum();
		}

	}

}
