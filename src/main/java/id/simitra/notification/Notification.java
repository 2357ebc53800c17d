package id.simitra.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Something a person should know or act on. Stored as a message key with its arguments rather than as text, so
 * it is shown in the language the reader uses when they read it.
 */
@Entity
class Notification {

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
	private Instant readAt;

	protected Notification() {
	}

	Notification(Long accountId, String messageKey, List<String> args, String link, Instant createdAt) {
		this.accountId = accountId;
		this.messageKey = messageKey;
		this.args = args.toArray(String[]::new);
		this.link = link;
		this.createdAt = createdAt;
	}

	NotificationView toView() {
		return new NotificationView(id, messageKey, List.of(args), link, createdAt, readAt);
	}

	Long getId() {
		return id;
	}

	Long getAccountId() {
		return accountId;
	}

	String getLink() {
		return link;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

}
