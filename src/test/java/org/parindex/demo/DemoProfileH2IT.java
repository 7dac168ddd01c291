package org.parindex.demo;

import java.nio.file.Path;

import org.parindex.PackagedDatabase;

/** The demo profile on the default embedded database (H2 file under {@code ./data}). */
class DemoProfileH2IT extends DemoProfileScenario {

	@Override
	PackagedDatabase database(Path workDir) {
		return PackagedDatabase.h2(workDir);
	}

}
