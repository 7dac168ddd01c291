package org.parindex.demo;

import java.util.Optional;
import java.util.Set;

import org.parindex.platform.Actor;

/**
 * Who the demo loader acts as when it walks a step of the workflow, e.g. the PAR office
 * publishing 2021, or Đak Pơ's officer starting the 2022 self-assessment.
 */
record DemoActor(String username, String role, Optional<Long> unitId) implements Actor {

	@Override
	public long accountId() {
		return 0;
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
