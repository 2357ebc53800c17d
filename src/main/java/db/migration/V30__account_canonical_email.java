package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import id.simitra.account.internal.EmailAddress;

/**
 * Stores every account's e-mail in the canonical form of {@link EmailAddress} (Java, so
 * exactly the same rule as at login; SQL's lower() differs on some letters), and lets
 * PostgreSQL enforce one account per canonical address.
 * <p>
 * Accounts whose addresses meet in one canonical form cannot all have it: the one already
 * written canonically, else the oldest (smallest id), gets it; the others keep their
 * address as it is (they can no longer log in with it), and each is logged and recorded
 * in account_email_collision for an administrator to settle. The migration never fails on
 * them: an update the database refuses anyway is recorded the same way.
 */
public class V30__account_canonical_email extends BaseJavaMigration {

	private static final Log log = LogFactory.getLog(V30__account_canonical_email.class);

	private record Row(long id, String email, String canonical) {
	}

	@Override
	public void migrate(Context context) throws Exception {
		migrate(context.getConnection());
	}

	/** The migration on a connection (a test runs it on a schema of its own). */
	public static void migrate(Connection connection) throws SQLException {
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("""
					create table account_email_collision (
					    account_id bigint primary key references account (id),
					    email      varchar(254) not null,
					    canonical  varchar(1000) not null,
					    kept_by    bigint references account (id),
					    found_at   timestamptz not null default now()
					)""");
		}
		Map<String, List<Row>> groups = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, email from account order by id")) {
			while (rows.next()) {
				Row row = new Row(rows.getLong(1), rows.getString(2), EmailAddress.canonical(rows.getString(2)));
				groups.computeIfAbsent(row.canonical(), c -> new ArrayList<>()).add(row);
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update account set email = ? where id = ?");
				PreparedStatement collision = connection.prepareStatement(
						"insert into account_email_collision (account_id, email, canonical, kept_by) values (?, ?, ?, ?)")) {
			for (List<Row> group : groups.values()) {
				Row keeper = group.stream()
					.filter(r -> r.email().equals(r.canonical()))
					.findFirst()
					.orElse(group.get(0));
				for (Row row : group) {
					if (row != keeper) {
						record(collision, row, keeper.id());
					}
					else if (!row.email().equals(row.canonical())) {
						Savepoint before = connection.setSavepoint();
						try {
							update.setString(1, row.canonical());
							update.setLong(2, row.id());
							update.executeUpdate();
							connection.releaseSavepoint(before);
						}
						catch (SQLException refused) {
							connection.rollback(before);
							record(collision, row, null);
						}
					}
				}
			}
		}
		try (Statement ddl = connection.createStatement()) {
			// Found by exact match on the canonical form from now on
			// (AccountRepository.findByEmail).
			ddl.execute("create unique index account_email_canonical_uk on account (email)");
		}
	}

	private static void record(PreparedStatement collision, Row row, Long keptBy) throws SQLException {
		log.warn("Account " + row.id() + " <" + row.email() + "> cannot take its canonical e-mail " + row.canonical()
				+ (keptBy == null ? "" : " (account " + keptBy + " has it)")
				+ "; left unchanged, see table account_email_collision");
		collision.setLong(1, row.id());
		collision.setString(2, row.email());
		collision.setString(3, row.canonical());
		if (keptBy == null) {
			collision.setNull(4, java.sql.Types.BIGINT);
		}
		else {
			collision.setLong(4, keptBy);
		}
		collision.executeUpdate();
	}

}
