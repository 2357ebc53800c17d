package id.simitra;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: each feature package is a module; others reach it only through its
 * public services and records, never its repositories or entities.
 */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.simitra");

	@Test
	void modulesDoNotDependOnEachOtherInCycles() {
		slices().matching("id.simitra.(*)..").should().beFreeOfCycles().check(classes);
	}

	/**
	 * Repositories and entities live in their module's internal package, which
	 * ModularityTest proves no other module uses; they are public only so that the
	 * module's own root and web packages can reach them.
	 */
	@Test
	void repositoriesAndEntitiesAreHiddenInsideTheirModule() {
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.resideInAPackage("id.simitra.*.internal")
			.check(classes);
		classes().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.resideInAPackage("id.simitra.*.internal")
			.check(classes);
	}

	@Test
	void controllersAreNotPartOfAModulesApi() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(classes);
	}

	@Test
	void sharedValueTypesDependOnNoFeatureModule() {
		classes().that()
			.resideInAnyPackage("id.simitra.platform..", "id.simitra.reference..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("id.simitra.account..", "id.simitra.umkm..", "id.simitra.product..",
					"id.simitra.company..", "id.simitra.need..", "id.simitra.matching..", "id.simitra.partnership..",
					"id.simitra.directory..", "id.simitra.offer..", "id.simitra.notification..",
					"id.simitra.shortlist..", "id.simitra.reporting..", "id.simitra.demo..", "id.simitra.event..")
			.check(classes);
	}

	/**
	 * Types whose {@code now()} / {@code now(ZoneId)} read the system clock;
	 * {@code now(Clock)} is the allowed form.
	 */
	private static final Set<String> DATE_TYPES = Set
		.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class, OffsetDateTime.class,
				ZonedDateTime.class, YearMonth.class, Year.class, MonthDay.class)
		.stream()
		.map(Class::getName)
		.collect(java.util.stream.Collectors.toSet());

	private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK = new DescribedPredicate<>(
			"reads the system clock (now() without the Clock, System.currentTimeMillis(), Clock.system*, new Date())") {
		@Override
		public boolean test(JavaCall<?> call) {
			String owner = call.getTargetOwner().getName();
			String name = call.getName();
			List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
			if (DATE_TYPES.contains(owner) && name.equals("now")) {
				return parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class);
			}
			return owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
					|| owner.equals(Clock.class.getName()) && name.startsWith("system")
					|| owner.equals(Date.class.getName()) && name.equals("<init>") && parameters.isEmpty();
		}
	};

	/**
	 * The portal's "now" is the Clock bean (settable by simitra.clock.fixed), so a test
	 * or a demo can move the portal's day. Measuring a duration with System.nanoTime() is
	 * not "the date" and stays allowed.
	 */
	static final ArchRule NOW_COMES_FROM_THE_CLOCK_BEAN = noClasses().that()
		.doNotHaveFullyQualifiedName("id.simitra.platform.ClockConfig")
		.should()
		.callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
		.because("the portal's date must be settable (simitra.clock.fixed); inject java.time.Clock instead");

	@Test
	void nowComesFromTheClockBean() {
		NOW_COMES_FROM_THE_CLOCK_BEAN.check(classes);
	}

	/**
	 * The canary: the rule reports each way of reading the system clock, and not the
	 * allowed ones.
	 */
	@Test
	void theClockRuleReportsAPlantedViolation() {
		EvaluationResult result = NOW_COMES_FROM_THE_CLOCK_BEAN
			.evaluate(new ClassFileImporter().importClasses(ReadsTheSystemClock.class, ReadsTheClockBean.class));

		assertThat(result.hasViolation()).isTrue();
		List<String> details = result.getFailureReport().getDetails();
		assertThat(details).hasSize(6).allMatch(d -> d.contains(ReadsTheSystemClock.class.getName()));
		assertThat(String.join("\n", details)).contains("LocalDate.now()", "Instant.now()",
				"System.currentTimeMillis()", "OffsetDateTime.now(java.time.ZoneId)", "Clock.systemUTC()",
				"Date.<init>()");
	}

	@SuppressWarnings("unused")
	static class ReadsTheSystemClock {

		Object[] now() {
			return new Object[] { LocalDate.now(), Instant.now(), System.currentTimeMillis(),
					OffsetDateTime.now(ZoneId.of("Asia/Jakarta")), Clock.systemUTC(), new Date() };
		}

	}

	@SuppressWarnings("unused")
	static class ReadsTheClockBean {

		private final Clock clock = Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Jakarta"));

		Object[] now() {
			return new Object[] { LocalDate.now(clock), Instant.now(clock), clock.millis(), System.nanoTime() };
		}

	}

}
