package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import id.simitra.account.EmailAddress;

/**
 * Stores every account's e-mail in the canonical form of {@link EmailAddress} (Java, so exactly the same rule as at
 * login; SQL's lower() differs on some letters), and lets PostgreSQL enforce one account per canonical address.
 * Two accounts whose addresses meet in one canonical form cannot both have it: the oldest (smallest id) gets the
 * canonical form, the others keep theirs as they are (they can no longer log in by it), and each collision is logged
 * and recorded in account_email_collision for an administrator to resolve. The migration never fails on them.
 */
public class V30__account_canonical_email extends BaseJavaMigration {

	private static final Log log = LogFactory.getLog(V30__account_canonical_email.class);

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("""
					create table account_email_collision (
					    account_id     bigint primary key references account (id),
					    email          varchar(254) not null,
					    canonical      varchar(254) not null,
					    kept_by        bigint not null references account (id),
					    found_at       timestamptz not null default now()
					)""");
		}
		Map<String, Long> owners = new HashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, email from account order by id");
				PreparedStatement update = connection.prepareStatement("update account set email = ? where id = ?");
				PreparedStatement collision = connection.prepareStatement(
						"insert into account_email_collision (account_id, email, canonical, kept_by) values (?, ?, ?, ?)")) {
			while (rows.next()) {
				long id = rows.getLong(1);
				String email = rows.getString(2);
				String canonical = EmailAddress.canonical(email);
				Long owner = owners.putIfAbsent(canonical, id);
				if (owner != null) {
					log.warn("Account " + id + " <" + email + "> has the same canonical e-mail as account " + owner
							+ " (" + canonical + "); left unchanged, see table account_email_collision");
					collision.setLong(1, id);
					collision.setString(2, email);
					collision.setString(3, canonical);
					collision.setLong(4, owner);
					collision.executeUpdate();
				}
				else if (!canonical.equals(email)) {
					update.setString(1, canonical);
					update.setLong(2, id);
					update.executeUpdate();
				}
			}
		}
		try (Statement ddl = connection.createStatement()) {
			// Found by exact match on the canonical form from now on (AccountRepository.findByEmail).
			ddl.execute("create unique index account_email_canonical_uk on account (email)");
		}
	}

}
