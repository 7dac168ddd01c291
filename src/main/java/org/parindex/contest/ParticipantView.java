package org.parindex.contest;

import java.util.List;
import java.util.Optional;

/**
 * A participant's own page (reached by their unguessable token): their name and group,
 * and per round their attempts, the attempts left and the attempt that counts. Never the
 * CCCD or the phone.
 *
 * @param token the participant's token
 * @param fullName the name as registered
 * @param groupCode the participant group's code
 * @param rounds the contest's rounds in order
 */
public record ParticipantView(String token, String fullName, String groupCode, List<RoundEntry> rounds) {

	public ParticipantView {
		rounds = List.copyOf(rounds);
	}

	/**
	 * A round as the participant sees it.
	 *
	 * @param round the round
	 * @param open whether it is open now (server clock)
	 * @param attempts the participant's attempts, by number
	 * @param attemptsLeft the attempts still allowed
	 * @param counted the attempt that counts by the round's policy, once one is submitted
	 * @param unfinished the attempt still running, if any (to resume it)
	 */
	public record RoundEntry(ContestView.RoundView round, boolean open, List<AttemptSummary> attempts, int attemptsLeft,
			Optional<AttemptSummary> counted, Optional<AttemptSummary> unfinished) {

		public RoundEntry {
			attempts = List.copyOf(attempts);
		}

	}

}
