package id.simitra;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each module is a direct sub-package of id.simitra (package-info.java declares what it may use); others see only
 * its root package, never its internal/ and web/ parts. Spring Modulith checks that, and cycles between modules.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(SimitraApplication.class);

	@Test
	void modulesUseOnlyTheApiOfTheModulesTheyDeclare() {
		MODULES.verify();
	}

	/** Keeps docs/modules (the module diagram and one canvas per module) equal to the code. */
	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

	/** The canary: two planted modules, one reaching into the other's internal package, and a cycle. */
	@Test
	void verificationReportsAPlantedViolation() {
		ApplicationModules canary = ApplicationModules.of("canary.modules", location -> true);
		assertThat(canary.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("alpha", "beta");

		assertThatExceptionOfType(Violations.class).isThrownBy(canary::verify)
			.withMessageContaining("BetaSecret")
			.withMessageContaining("Cycle");
	}

}
