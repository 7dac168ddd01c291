package org.parindex.demo;

import java.util.Optional;
import java.util.Set;

import org.parindex.platform.Actor;

/**
 * Who the demo acts as when it walks a step of the workflow, e.g. the PAR office
 * publishing 2021, Đak Pơ's officer starting the 2022 self-assessment, or the appraiser
 * {@code thamdinh} scoring round 1 (with the account's id, since the appraiser's areas
 * belong to the account).
 *
 * @param accountId the demo account's id, {@code 0} when the step needs none
 */
record DemoActor(long accountId, String username, String role, Optional<Long> unitId) implements Actor {

	DemoActor(String username, String role, Optional<Long> unitId) {
		this(0, username, role, unitId);
	}

	@Override
	public String displayName() {
		return this.username;
	}

	@Override
	public Set<String> roles() {
		return Set.of(this.role);
	}

}
