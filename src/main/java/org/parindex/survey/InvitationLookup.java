package org.parindex.survey;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a code: its status and, for a code that exists and is not used, the form
 * as the respondent sees it.
 */
public record InvitationLookup(InvitationStatus status, @Nullable OnlineInvitationView invitation) {

	static InvitationLookup of(InvitationStatus status) {
		return new InvitationLookup(status, null);
	}

	/** The invitation, for a code that exists and is not used. */
	public Optional<OnlineInvitationView> found() {
		return Optional.ofNullable(this.invitation);
	}

}
