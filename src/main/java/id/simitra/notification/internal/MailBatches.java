package id.simitra.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.account.AccountService;
import id.simitra.account.AccountView;
import id.simitra.notification.NotificationKind;

/**
 * At most one e-mail per hour per person for chatty kinds
 * ({@link NotificationKind#batched}, new messages). A notification of such a kind is
 * stored with {@code mail_pending}; the account's batch goes out at once when its last
 * one is an hour old or more (so the first message of a quiet hour arrives without
 * delay), otherwise {@link #sendDue()} sends it, every few minutes, once the hour is
 * over: all that gathered, in one e-mail.
 * <p>
 * {@code notification_mail_batch.last_sent_at} is claimed with one conditional upsert, so
 * two notifications at the same moment, or two instances running {@link #sendDue()},
 * cannot both send. Every time is the portal's Clock.
 */
@Component
public class MailBatches {

	/** One e-mail per hour per person, at most, for batched kinds. */
	public static final Duration INTERVAL = Duration.ofHours(1);

	private static final Log log = LogFactory.getLog(MailBatches.class);

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final EmailChoices choices;

	private final NotificationMailer mailer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MailBatches(JdbcClient jdbc, AccountService accounts, EmailChoices choices, NotificationMailer mailer,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.choices = choices;
		this.mailer = mailer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Sends the account's waiting notifications in one e-mail (after commit) if its last
	 * batch is at least an hour old; otherwise they keep waiting. Joins the caller's
	 * transaction: the claim and the cleared flags commit with the notification, or
	 * neither.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sendIfDue(Long accountId) {
		List<MailItem> waiting = jdbc.sql("""
				select id, message_key, args, link from notification
				where account_id = :account and mail_pending order by created_at, id
				""")
			.param("account", accountId)
			.query((rs, n) -> new MailItem(rs.getLong("id"), rs.getString("message_key"),
					Arrays.asList((String[]) rs.getArray("args").getArray()), rs.getString("link")))
			.list();
		if (waiting.isEmpty()) {
			return;
		}
		Optional<AccountView> account = accounts.find(accountId);
		// Chosen again at sending time: someone who turned the kind off meanwhile gets no
		// mail for it.
		List<MailItem> wanted = account.filter(AccountView::enabled)
			.map(a -> waiting.stream()
				.filter(i -> NotificationKind.ofMessageKey(i.messageKey())
					.map(k -> choices.wantsEmail(accountId, k))
					.orElse(false))
				.toList())
			.orElse(List.of());
		if (!wanted.isEmpty() && !claim(accountId)) {
			return; // the hour is not over: they wait for sendDue
		}
		jdbc.sql("update notification set mail_pending = false where id in (:ids)")
			.param("ids", waiting.stream().map(MailItem::id).toList())
			.update();
		if (!wanted.isEmpty()) {
			mailer.sendBatchAfterCommit(account.get().email(), accounts.languageOf(accountId), wanted);
		}
	}

	/**
	 * Sends every batch whose hour is over. Each account in a transaction of its own, so
	 * one that fails does not hold back the others.
	 */
	@Scheduled(initialDelayString = "${simitra.notifications.batch-check}",
			fixedDelayString = "${simitra.notifications.batch-check}")
	public void sendDue() {
		List<Long> due = jdbc.sql("""
				select distinct n.account_id from notification n
				left join notification_mail_batch b on b.account_id = n.account_id
				where n.mail_pending and (b.last_sent_at is null or b.last_sent_at <= :cutoff)
				""").param("cutoff", cutoff()).query(Long.class).list();
		for (Long accountId : due) {
			try {
				transaction.executeWithoutResult(tx -> sendIfDue(accountId));
			}
			catch (RuntimeException ex) {
				log.warn("Notification batch for account " + accountId + " not sent: " + ex.getMessage());
			}
		}
	}

	/**
	 * Takes this hour's e-mail for the account: true if its last batch was sent an hour
	 * ago or more (or never), and records now as its last.
	 */
	private boolean claim(Long accountId) {
		return jdbc.sql("""
				insert into notification_mail_batch (account_id, last_sent_at) values (:account, :now)
				on conflict (account_id) do update set last_sent_at = excluded.last_sent_at
				where notification_mail_batch.last_sent_at <= :cutoff
				returning account_id
				""")
			.param("account", accountId)
			.param("now", at(clock.instant()))
			.param("cutoff", cutoff())
			.query(Long.class)
			.optional()
			.isPresent();
	}

	private OffsetDateTime cutoff() {
		return at(clock.instant().minus(INTERVAL));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** One notification as an e-mail tells it. */
	public record MailItem(Long id, String messageKey, List<String> args, @Nullable String link) {
	}

}
