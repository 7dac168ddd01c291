package org.parindex.engine;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparabilityTests {

	@Test
	void aYearWithOneUnitIsNotComparedWithSeventeen() {
		assertThat(Comparability.comparable(units(1, 17), Set.of("1"))).isFalse();
		assertThat(Comparability.comparable(Set.of("1"), units(1, 17))).isFalse();
	}

	@Test
	void theSameUnitsAreComparable() {
		assertThat(Comparability.comparable(units(1, 17), units(1, 17))).isTrue();
	}

	@Test
	void needsFourFifthsOfEachYearInCommon() {
		// 14 of 17 shared: 82 % of each
		assertThat(Comparability.comparable(units(1, 17), units(4, 17))).isTrue();
		// 13 of 17 shared: 76 %
		assertThat(Comparability.comparable(units(1, 17), units(5, 17))).isFalse();
		// 17 of 25 ranked now: 68 % of this year
		assertThat(Comparability.comparable(units(1, 17), units(1, 25))).isFalse();
		// 20 of 25 ranked now: exactly 80 %
		assertThat(Comparability.comparable(units(1, 20), units(1, 25))).isTrue();
	}

	@Test
	void nothingIsComparableWithAnEmptyYear() {
		assertThat(Comparability.comparable(Set.of(), units(1, 17))).isFalse();
		assertThat(Comparability.comparable(units(1, 17), Set.of())).isFalse();
	}

	private static Set<String> units(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.toSet());
	}

}
