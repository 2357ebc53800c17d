package id.simitra.notification.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * Something a person should know or act on. Stored as a message key with its arguments
 * rather than as text, so it is shown in the language the reader uses when they read it.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", updatable = false)
	private Long accountId;

	@Column(name = "message_key", updatable = false)
	private String messageKey;

	@Column(updatable = false)
	private String[] args;

	@Column(updatable = false)
	private String link;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	/**
	 * Waiting for its account's hourly e-mail batch (MailBatches). Written here only when
	 * stored; MailBatches clears it with SQL when the batch goes out.
	 */
	@Column(name = "mail_pending", updatable = false)
	private boolean mailPending;

	protected Notification() {
	}

	public Notification(Long accountId, String messageKey, List<String> args, String link, Instant createdAt,
			boolean mailPending) {
		this.accountId = accountId;
		this.messageKey = messageKey;
		this.args = args.toArray(String[]::new);
		this.link = link;
		this.createdAt = createdAt;
		this.mailPending = mailPending;
	}

	public NotificationView toView() {
		return new NotificationView(id, messageKey, List.of(args), link, createdAt, readAt);
	}

	Long getId() {
		return id;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getLink() {
		return link;
	}

	public void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

}
