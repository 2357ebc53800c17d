package id.simitra.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountService;
import id.simitra.account.AccountView;
import id.simitra.account.Role;
import id.simitra.notification.internal.EmailChoices;
import id.simitra.notification.internal.MailBatches;
import id.simitra.notification.internal.Notification;
import id.simitra.notification.internal.NotificationMailer;
import id.simitra.notification.internal.NotificationRepository;
import id.simitra.notification.internal.NotificationView;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;

/**
 * Tells a person about something they should know or act on: stored for the in-app list
 * ({@code /notifikasi}) and, when a mail server is configured and the person wants this
 * {@link NotificationKind} by e-mail, e-mailed after the transaction commits (chatty
 * kinds at most once an hour, {@link MailBatches}). Called by this module's listeners of
 * other modules' events (docs/notification.md).
 */
@Service
public class NotificationService {

	static final int PAGE_SIZE = 20;

	private final NotificationRepository notifications;

	private final AccountService accounts;

	private final NotificationMailer mailer;

	private final EmailChoices choices;

	private final MailBatches batches;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, AccountService accounts, NotificationMailer mailer,
			EmailChoices choices, MailBatches batches, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.mailer = mailer;
		this.choices = choices;
		this.batches = batches;
		this.clock = clock;
	}

	/**
	 * Stores a notification of this kind for the account and, if the account wants the
	 * kind by e-mail, e-mails it after commit (a batched kind joins the account's hourly
	 * batch). {@code link} is a path inside the portal, e.g. {@code /kemitraan/12}. Joins
	 * the caller's transaction, so it is stored only if the change it tells about is.
	 */
	@Transactional
	public void notify(Long accountId, NotificationKind kind, List<String> args, String link) {
		if (link != null && !isLocalPath(link)) {
			throw new IllegalArgumentException("A notification links inside the portal only: " + link);
		}
		List<String> safeArgs = args.stream().map(a -> a == null ? "" : a).toList();
		Optional<AccountView> account = accounts.find(accountId);
		boolean mail = mailer.configured() && account.isPresent() && account.get().enabled()
				&& choices.wantsEmail(accountId, kind);
		Notification n = new Notification(accountId, kind.messageKey(), safeArgs, link, Instant.now(clock),
				mail && kind.batched());
		notifications.save(n);
		if (mail && account.isPresent()) {
			if (kind.batched()) {
				batches.sendIfDue(accountId);
			}
			else {
				mailer.sendAfterCommit(account.get().email(), accounts.languageOf(accountId), kind.messageKey(),
						safeArgs, link);
			}
		}
	}

	/** The same notification for several accounts (each once). */
	@Transactional
	public void notifyAll(Collection<Long> accountIds, NotificationKind kind, List<String> args, String link) {
		accountIds.stream().distinct().forEach(id -> notify(id, kind, args, link));
	}

	/**
	 * The kinds this account may receive (by its role), each with whether it also goes by
	 * e-mail.
	 */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Boolean> emailChoices(Long accountId, Role role) {
		return choices.of(accountId, NotificationKind.forRole(role));
	}

	/**
	 * The account's choice for every kind its role receives: those in {@code byEmail} go
	 * by e-mail too, the others only in the portal.
	 */
	@Transactional
	public void chooseEmail(Long accountId, Role role, Set<NotificationKind> byEmail) {
		choices.save(accountId, NotificationKind.forRole(role), byEmail);
	}

	@Transactional(readOnly = true)
	public PageView<NotificationView> list(Long accountId, int page) {
		return PageView.of(notifications
			.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(Notification::toView));
	}

	@Transactional(readOnly = true)
	public long unreadCount(Long accountId) {
		return notifications.countByAccountIdAndReadAtIsNull(accountId);
	}

	/**
	 * Marks one of this account's notifications read and answers its link; someone else's
	 * is "not found".
	 */
	@Transactional
	public Optional<String> markRead(Long accountId, Long id) {
		Notification n = notifications.findById(id)
			.filter(x -> x.getAccountId().equals(accountId))
			.orElseThrow(() -> new NotFoundException("Notification " + id));
		n.markRead(Instant.now(clock));
		return Optional.ofNullable(n.getLink());
	}

	@Transactional
	public void markAllRead(Long accountId) {
		notifications.markAllRead(accountId, Instant.now(clock));
	}

	/**
	 * Our own absolute paths only, never "//host" or "https://…": a notification must not
	 * send anyone away.
	 */
	static boolean isLocalPath(String link) {
		return link.matches("/[A-Za-z0-9_\\-/?=&.]*") && !link.startsWith("//");
	}

}
