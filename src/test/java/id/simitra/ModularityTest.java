package id.simitra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each module is a direct sub-package of id.simitra (package-info.java declares what it
 * may use); others see only its root package, never its internal/ and web/ parts. Spring
 * Modulith checks that, and cycles between modules.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(SimitraApplication.class);

	@Test
	void modulesUseOnlyTheApiOfTheModulesTheyDeclare() {
		MODULES.verify();
	}

	/**
	 * Keeps docs/modules (the module diagram and one canvas per module) equal to the
	 * code.
	 */
	@Test
	void writesTheModuleDiagram() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortDiagramLines(Path.of("docs/modules"));
	}

	/**
	 * The Documenter writes components and relations in hash order, which changes from
	 * run to run; sorted, the committed diagrams change only when the modules do.
	 */
	private static void sortDiagramLines(Path folder) throws IOException {
		List<Path> diagrams;
		try (var files = Files.list(folder)) {
			diagrams = files.filter(f -> f.toString().endsWith(".puml")).toList();
		}
		for (Path diagram : diagrams) {
			List<String> lines = Files.readAllLines(diagram);
			List<String> sorted = new ArrayList<>();
			int i = 0;
			while (i < lines.size()) {
				String kind = kind(lines.get(i));
				int j = i + 1;
				while (kind != null && j < lines.size() && kind.equals(kind(lines.get(j)))) {
					j++;
				}
				List<String> run = new ArrayList<>(lines.subList(i, j));
				run.sort(null);
				sorted.addAll(run);
				i = j;
			}
			Files.write(diagram, sorted);
		}
	}

	private static String kind(String line) {
		String start = line.strip();
		return start.startsWith("Rel(") ? "Rel" : start.startsWith("Component(") ? "Component" : null;
	}

	/**
	 * The canary: two planted modules, one reaching into the other's internal package,
	 * and a cycle.
	 */
	@Test
	void verificationReportsAPlantedViolation() {
		ApplicationModules canary = ApplicationModules.of("canary.modules", location -> true);
		assertThat(canary.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("alpha", "beta");

		assertThatExceptionOfType(Violations.class).isThrownBy(canary::verify)
			.withMessageContaining("BetaSecret")
			.withMessageContaining("Cycle");
	}

}
