package org.parindex.contest;

/**
 * A participant in a round's ranking: the attempt that counts under the round's
 * {@link AttemptPolicy}, and how many attempts the participant made.
 *
 * @param counted the attempt that counts
 * @param attempts the participant's attempts in the round, 1 or more
 */
public record Contender(ScoredAttempt counted, int attempts) {

	/** The participant's key. */
	public String participant() {
		return this.counted.participant();
	}

	/** The participant's group. */
	public String group() {
		return this.counted.group();
	}

}
