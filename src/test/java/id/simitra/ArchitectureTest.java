package id.simitra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Module boundaries: each feature package is a module; others reach it only through its public
 * services and records, never its repositories or entities.
 */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.simitra");

	@Test
	void modulesDoNotDependOnEachOtherInCycles() {
		slices().matching("id.simitra.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void repositoriesAndEntitiesAreHiddenInsideTheirModule() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(classes);
	}

	@Test
	void controllersAreNotPartOfAModulesApi() {
		classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC).check(classes);
	}

	@Test
	void sharedValueTypesDependOnNoFeatureModule() {
		classes().that().resideInAPackage("id.simitra.shared..")
			.should().onlyDependOnClassesThat().resideOutsideOfPackages("id.simitra.account..", "id.simitra.umkm..",
					"id.simitra.product..", "id.simitra.company..", "id.simitra.need..", "id.simitra.matching..",
					"id.simitra.partnership..", "id.simitra.review..", "id.simitra.directory..", "id.simitra.web..")
			.check(classes);
	}

}
