package org.parindex;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules form a directed graph and use each other only through their APIs. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ParIndexApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
