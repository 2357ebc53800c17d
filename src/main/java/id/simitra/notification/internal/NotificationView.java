package id.simitra.notification.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A notification as the list shows it; the text comes from {@code messageKey} with
 * {@code args}.
 */
public record NotificationView(Long id, String messageKey, List<String> args, String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean isUnread() {
		return readAt == null;
	}

	/** The arguments as Thymeleaf's {@code #messages.msgWithParams} wants them. */
	public Object[] arguments() {
		return args.toArray();
	}

}
