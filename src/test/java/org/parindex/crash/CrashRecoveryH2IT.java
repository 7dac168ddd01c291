package org.parindex.crash;

/** The crash check on the default embedded database (H2 file under {@code ./data}). */
class CrashRecoveryH2IT extends CrashRecoveryScenario {

	@Override
	String database() {
		return "h2";
	}

}
