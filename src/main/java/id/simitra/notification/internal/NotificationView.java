package id.simitra.notification.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

import id.simitra.notification.NotificationKind;

/**
 * A notification as the list shows it; the text comes from {@code messageKey} with
 * {@code args}.
 */
public record NotificationView(Long id, String messageKey, List<String> args, String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean isUnread() {
		return readAt == null;
	}

	/**
	 * The arguments as Thymeleaf's {@code #messages.msgWithParams} wants them, days in
	 * the reader's language (NotificationKind.arguments).
	 */
	public Object[] arguments() {
		return NotificationKind.arguments(messageKey, args, LocaleContextHolder.getLocale());
	}

}
