package id.simitra.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: every table, view and function belongs to one module, a module writes only
 * its own tables and reads another's only through the views and functions it publishes
 * (R__ migrations in its folder), and the modules, joined by what their SQL reads, form
 * no loop. The owners come from the migrations' SQL (folders and
 * {@code comment on table ... is 'module: ...'}), not from a list kept by hand; see
 * {@link SqlOwnership}.
 * <p>
 * The violations that existed when the check was introduced and are not fixed yet are
 * listed in src/test/resources/architecture/sql-ownership-baseline.txt: the test fails on
 * any violation not in that list, and on a listed one that is gone (so the list only
 * shrinks).
 */
class SqlOwnershipTest {

	private static final Path BASELINE = Path.of("src/test/resources/architecture/sql-ownership-baseline.txt");

	private static final Path CANARY = Path.of("src/test/resources/architecture/canary");

	private final SqlOwnership project = SqlOwnership.ofProject(Path.of("")).check();

	@Test
	void everyTableBelongsToAModuleNamedByTheMigrations() {
		assertThat(this.project.tableOwners).containsEntry("umkm", "umkm")
			.containsEntry("product", "product")
			.containsEntry("need", "need")
			.containsEntry("need_certificate", "need")
			.containsEntry("partnership_rating", "partnership")
			.containsEntry("region", "reference")
			.containsEntry("account_email_collision", "account");
		assertThat(this.project.tableOwners.values()).allMatch(SqlOwnership.FLOORS::containsKey);
		assertThat(this.project.tableOwners).hasSizeGreaterThan(30);
	}

	@Test
	void noModuleReadsOrWritesAnotherModulesTablesBeyondTheBaseline() throws IOException {
		Set<String> found = lines(this.project);
		Set<String> baseline = new TreeSet<>();
		for (String line : Files.readAllLines(BASELINE)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				baseline.add(line.strip());
			}
		}
		Set<String> added = new TreeSet<>(found);
		added.removeAll(baseline);
		Set<String> fixed = new TreeSet<>(baseline);
		fixed.removeAll(found);
		assertThat(added)
			.as("SQL that reads or writes another module's tables (publish a view in the owner's R__ "
					+ "migration, or call its Java API)")
			.isEmpty();
		assertThat(fixed).as("fixed: remove these lines from " + BASELINE).isEmpty();
	}

	@Test
	void theModulesReadBySqlFormNoLoopAndNeverReadAHigherFloor() {
		assertThat(this.project.cycle()).as("module loop in SQL reads; graph " + this.project.reads).isNull();
		assertThat(this.project.upwardReads()).as("reads of a higher floor; graph " + this.project.reads).isEmpty();
	}

	/**
	 * The planted violations of src/test/resources/architecture/canary, fed to the same
	 * checker.
	 */
	@Test
	void theCheckerFindsPlantedViolations() throws IOException {
		SqlOwnership o = new SqlOwnership();
		List<SqlOwnership.Migration> migrations = new ArrayList<>(
				SqlOwnership.migrationsIn(Path.of("src/main/resources/db/migration")));
		migrations.addAll(SqlOwnership.migrationsIn(CANARY.resolve("db/migration")));
		o.addMigrations(migrations);
		o.addJava("directory", "canary/DirectoryCanary.java",
				Files.readString(CANARY.resolve("DirectoryCanary.java.txt")));
		o.addJava("need", "canary/NeedCanary.java", Files.readString(CANARY.resolve("NeedCanary.java.txt")));
		o.check();
		Set<String> canary = new TreeSet<>();
		for (String line : lines(o)) {
			if (line.contains("canary") || line.contains("V59__")) {
				canary.add(line);
			}
		}
		assertThat(canary).contains(
				// a Java text block reading another module's table, and a JPQL update of
				// another's entity table
				"canary/DirectoryCanary.java | reads the table | product_photo of product",
				"canary/DirectoryCanary.java | writes | partnership of partnership",
				// an insert, in a string joined with +, into another module's table
				"canary/NeedCanary.java | writes | notification of notification",
				// a published view may be read, but never written
				"canary/NeedCanary.java | writes | umkm_canary_listing of umkm",
				// a view and a function of a new migration reading other modules' tables,
				// and an unpublished function
				"db/migration/reporting/R__reporting_canary.sql view reporting_canary | reads the table | offer of offer",
				"db/migration/reporting/R__reporting_canary.sql function reporting_canary_count | reads the table | umkm_certificate of umkm",
				"db/migration/reporting/R__reporting_canary.sql function reporting_canary_count | reads the unpublished | match_concepts of matching",
				// a trigger on another module's table, and a statement writing it
				"db/migration/directory/V59__directory_canary.sql trigger canary_on_product | defines a trigger on | product of product",
				"db/migration/directory/V59__directory_canary.sql | writes | umkm of umkm",
				// an owner declared outside the owner's folder
				"db/migration/directory/V59__directory_canary.sql | declares an owner outside its own folder for | search_synonym of matching");
		assertThat(canary).doesNotContain(
				// a foreign key to another module's table is fine, and so is reading a
				// published view and reference data
				"db/migration/directory/V59__directory_canary.sql | reads the table | umkm of umkm",
				"canary/NeedCanary.java | reads the unpublished | umkm_canary_listing of umkm",
				"canary/NeedCanary.java | reads the table | region of reference");
		// umkm reading a view that need publishes while need reads umkm's: a loop; and
		// need reading offer: upward
		assertThat(o.cycle()).contains("need").contains("umkm");
		assertThat(o.upwardReads()).contains("need -> directory");
	}

	private static Set<String> lines(SqlOwnership o) {
		Set<String> out = new TreeSet<>();
		for (SqlOwnership.Violation v : o.violations) {
			out.add(v.where() + " | " + v.what() + " | " + v.object() + " of " + v.owner());
		}
		return out;
	}

}
