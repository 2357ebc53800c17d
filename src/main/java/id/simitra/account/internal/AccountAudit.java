package id.simitra.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.platform.PageView;

/**
 * The account security trail (table account_audit, V84): who did what to whose account
 * and when. Written in the same transaction as the change it records. The owner sees
 * their own entries on the account page, administrators all of them.
 */
@Component
public class AccountAudit {

	public enum Action {

		/** An officer or administrator issued a reset code for the account. */
		RESET_CODE_ISSUED,
		/** The password was set with the e-mailed link. */
		PASSWORD_RESET_BY_LINK,
		/** The password was set with a code from an officer or administrator. */
		PASSWORD_RESET_BY_CODE,
		/** The owner changed the password on the account page. */
		PASSWORD_CHANGED,
		/** A new e-mail address was confirmed. */
		EMAIL_CHANGED, SECOND_FACTOR_ENABLED, SECOND_FACTOR_DISABLED, RECOVERY_CODES_RENEWED,
		/** A recovery code was used to log in (the authenticator may be lost). */
		RECOVERY_CODE_USED

	}

	/** One entry, with the names of the account and of whoever acted. */
	public record Entry(long accountId, String accountName, long actorId, String actorName, Action action,
			@Nullable String address, Instant at) {
	}

	private static final String SELECT = """
			select a.account_id, acc.display_name, a.actor_id, actor.display_name, a.action, a.address, a.at
			from account_audit a
			join account acc on acc.id = a.account_id
			join account actor on actor.id = a.actor_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(long accountId, long actorId, Action action, @Nullable String address) {
		jdbc.sql("insert into account_audit (account_id, actor_id, action, address, at) values (?, ?, ?, ?, ?)")
			.param(accountId)
			.param(actorId)
			.param(action.name())
			.param(address == null || address.length() > 90 ? null : address)
			.param(Timestamp.from(clock.instant()))
			.update();
	}

	/** The newest entries about one account. */
	public List<Entry> recent(long accountId, int limit) {
		return jdbc.sql(SELECT + " where a.account_id = ? order by a.at desc, a.id desc limit ?")
			.params(accountId, limit)
			.query((rs, n) -> entry(rs))
			.list();
	}

	/** Every entry, newest first, 25 a page (the administrators' trail). */
	public PageView<Entry> page(int page) {
		int size = 25;
		int number = Math.max(page, 0);
		long total = jdbc.sql("select count(*) from account_audit").query(Long.class).single();
		List<Entry> items = jdbc.sql(SELECT + " order by a.at desc, a.id desc limit ? offset ?")
			.params(size, (long) number * size)
			.query((rs, n) -> entry(rs))
			.list();
		return new PageView<>(items, number, (int) ((total + size - 1) / size), total);
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
				Action.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant());
	}

}
