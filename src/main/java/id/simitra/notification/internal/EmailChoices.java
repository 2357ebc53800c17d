package id.simitra.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.notification.NotificationKind;

/**
 * Which kinds each person also wants by e-mail (table {@code notification_email_choice}).
 * A row exists only where the person chose; without one the kind's
 * {@link NotificationKind#emailByDefault()} holds, so a new kind needs no data migration.
 */
@Component
public class EmailChoices {

	private final JdbcClient jdbc;

	EmailChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean wantsEmail(Long accountId, NotificationKind kind) {
		return jdbc.sql("select by_email from notification_email_choice where account_id = :account and kind = :kind")
			.param("account", accountId)
			.param("kind", kind.name())
			.query(Boolean.class)
			.optional()
			.orElse(kind.emailByDefault());
	}

	/** The kinds given, in their order, each with the account's choice. */
	public Map<NotificationKind, Boolean> of(Long accountId, List<NotificationKind> kinds) {
		Map<String, Boolean> chosen = new LinkedHashMap<>();
		jdbc.sql("select kind, by_email from notification_email_choice where account_id = :account")
			.param("account", accountId)
			.query((rs, n) -> chosen.put(rs.getString("kind"), rs.getBoolean("by_email")))
			.list();
		Map<NotificationKind, Boolean> result = new LinkedHashMap<>();
		kinds.forEach(k -> result.put(k, chosen.getOrDefault(k.name(), k.emailByDefault())));
		return result;
	}

	/** Stores the choice for each of {@code kinds}: by e-mail when in {@code byEmail}. */
	public void save(Long accountId, List<NotificationKind> kinds, Set<NotificationKind> byEmail) {
		for (NotificationKind kind : kinds) {
			jdbc.sql("""
					insert into notification_email_choice (account_id, kind, by_email) values (:account, :kind, :email)
					on conflict (account_id, kind) do update set by_email = excluded.by_email
					""")
				.param("account", accountId)
				.param("kind", kind.name())
				.param("email", byEmail.contains(kind))
				.update();
		}
	}

}
