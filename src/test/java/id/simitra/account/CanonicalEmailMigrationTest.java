package id.simitra.account;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import db.migration.V30__account_canonical_email;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V30 on accounts as they could be stored before it (in a schema of its own,
 * rolled back): addresses are rewritten in canonical form, and two that meet in one form
 * are reported, never a failed migration.
 */
@SimitraTest
class CanonicalEmailMigrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void rewritesAddressesAndReportsCollisions() throws Exception {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				try (Statement s = c.createStatement()) {
					s.execute("create schema v30_uji");
					s.execute("set local search_path = v30_uji");
					// The V1 table as far as the migration reads it, with its lower()
					// index.
					s.execute("create table account (id bigserial primary key, email varchar(254) not null)");
					s.execute("create unique index on account (lower(email))");
					s.execute("""
							insert into account (id, email) values
							    (1, 'ｓｉｔｉ@contoh.test'), (2, 'siti@contoh.test'), (3, 'Budi@Contoh.Test'),
							    (4, 'ani@contoh.test'), (5, 'ＢＵＤＩ@contoh.test')""");
				}
				V30__account_canonical_email.migrate(c);
				assertThat(rows(c, "select id || ' ' || email from account order by id")).containsExactly(
						"1 ｓｉｔｉ@contoh.test", "2 siti@contoh.test", "3 budi@contoh.test", "4 ani@contoh.test",
						"5 ＢＵＤＩ@contoh.test");
				assertThat(rows(c,
						"select account_id || ' ' || canonical || ' ' || kept_by from account_email_collision order by 1"))
					.containsExactly("1 siti@contoh.test 2", "5 budi@contoh.test 3");
			}
			finally {
				c.rollback();
			}
		}
	}

	private static List<String> rows(Connection c, String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

}
