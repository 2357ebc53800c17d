package id.simitra.notification.web;

import id.simitra.notification.NotificationKind;

/** One box of the notification settings page: the kind, and whether it goes by e-mail. */
public record EmailChoice(NotificationKind kind, boolean byEmail) {

	/** The box's id in the page. */
	public String controlId() {
		return "email-" + kind.name();
	}

}
