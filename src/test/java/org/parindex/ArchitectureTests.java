package org.parindex;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** House rules that Spring Modulith does not check. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.parindex");

	@Test
	void engineDependsOnTheJdkOnly() {
		classes().that()
			.resideInAPackage("org.parindex.engine..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("org.parindex.engine..", "java..")
			.because("the engine is pure Java: no Spring, no I/O, no clock (DESIGN.md §3)")
			.check(this.classes);
	}

	@Test
	void repositoriesAreNeverPublic() {
		classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(this.classes);
	}

	@Test
	void controllersLiveInWebPackagesAndAreNotPublic() {
		classes().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic()
			.check(this.classes);
	}

	@Test
	void engineHasNoFloatingPointValues() {
		fields().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.parindex.engine..")
			.should()
			.notHaveRawType(double.class)
			.andShould()
			.notHaveRawType(float.class)
			.because("points are exact decimals (DESIGN.md §3)")
			.check(this.classes);
		methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.parindex.engine..")
			.should()
			.notHaveRawReturnType(double.class)
			.andShould()
			.notHaveRawReturnType(float.class)
			.because("points are exact decimals (DESIGN.md §3)")
			.check(this.classes);
	}

}
