package org.parindex.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.d;

class ChangeTests {

	@Test
	void unitMovingToAHigherPlaceIsUp() {
		Change change = Change.between(d("70.5"), 8, d("75.262"), 6);

		assertThat(change.direction()).isEqualTo(Change.Direction.UP);
		assertThat(change.places()).isEqualTo(2);
		assertThat(change.rankDelta()).isEqualTo(2);
		assertThat(change.scoreDelta()).isEqualTo(d("4.762"));
	}

	@Test
	void unitMovingToALowerPlaceIsDown() {
		Change change = Change.between(d("80"), 3, d("78.25"), 7);

		assertThat(change.direction()).isEqualTo(Change.Direction.DOWN);
		assertThat(change.places()).isEqualTo(4);
		assertThat(change.rankDelta()).isEqualTo(-4);
		assertThat(change.scoreDelta()).isEqualByComparingTo("-1.75");
	}

	@Test
	void unitKeepingItsPlaceIsSameWhateverItsScore() {
		Change change = Change.between(d("80"), 5, d("82.5"), 5);

		assertThat(change.direction()).isEqualTo(Change.Direction.SAME);
		assertThat(change.places()).isZero();
		assertThat(change.scoreDelta()).isEqualByComparingTo("2.5");
	}

	@Test
	void scoreDeltaIsNotRounded() {
		assertThat(Change.between(d("75.258"), 1, d("75.262"), 1).scoreDelta()).isEqualTo(d("0.004"));
	}

}
