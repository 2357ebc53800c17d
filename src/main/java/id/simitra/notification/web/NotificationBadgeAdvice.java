package id.simitra.notification.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import id.simitra.account.SimitraUser;
import id.simitra.notification.NotificationService;

/**
 * The unread count for the badge in the menu. Lazy: the query runs only when a page
 * actually renders the menu, not for redirects after a form or for files.
 */
@ControllerAdvice
class NotificationBadgeAdvice {

	private final NotificationService notifications;

	NotificationBadgeAdvice(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Long accountId = auth != null && auth.getPrincipal() instanceof SimitraUser user ? user.accountId() : null;
		return new LazyContextVariable<>() {
			@Override
			protected Long loadValue() {
				return accountId == null ? 0L : notifications.unreadCount(accountId);
			}
		};
	}

}
