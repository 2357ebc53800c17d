package id.simitra.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountService;
import id.simitra.account.AccountView;
import id.simitra.notification.internal.Notification;
import id.simitra.notification.internal.NotificationMailer;
import id.simitra.notification.internal.NotificationRepository;
import id.simitra.notification.internal.NotificationView;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;

/**
 * Tells a person about something they should know or act on: stored for the in-app list
 * ({@code /notifikasi}) and, when a mail server is configured, e-mailed after the
 * transaction commits. Other modules call {@link #notify}; nothing here knows about
 * partnerships.
 */
@Service
public class NotificationService {

	static final int PAGE_SIZE = 20;

	private final NotificationRepository notifications;

	private final AccountService accounts;

	private final NotificationMailer mailer;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, AccountService accounts, NotificationMailer mailer,
			Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Stores a notification for the account and e-mails it (after commit, if mail is
	 * configured). {@code link} is a path inside the portal, e.g. {@code /kemitraan/12}.
	 * Joins the caller's transaction, so it is stored only if the change it tells about
	 * is.
	 */
	@Transactional
	public void notify(Long accountId, String messageKey, List<String> args, String link) {
		if (link != null && !isLocalPath(link)) {
			throw new IllegalArgumentException("A notification links inside the portal only: " + link);
		}
		List<String> safeArgs = args.stream().map(a -> a == null ? "" : a).toList();
		notifications.save(new Notification(accountId, messageKey, safeArgs, link, Instant.now(clock)));
		Optional<AccountView> account = accounts.find(accountId);
		if (account.isPresent() && account.get().enabled()) {
			mailer.sendAfterCommit(account.get().email(), messageKey, safeArgs, link);
		}
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
