package id.simitra.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.event.SchedulePublished;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;

/**
 * Business-matching events (module event): the published schedule goes to every
 * participant, so that each opens its own agenda. Runs after the event module's
 * transaction, in its own (docs/notification.md).
 */
@Component
class EventNotifications {

	private final NotificationService notifications;

	private final Recipients recipients;

	EventNotifications(NotificationService notifications, Recipients recipients) {
		this.notifications = notifications;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void schedulePublished(SchedulePublished event) {
		List<Long> to = new ArrayList<>();
		event.companyIds().forEach(company -> to.addAll(recipients.companyMembers(company)));
		event.umkmIds().forEach(umkm -> recipients.umkmOwner(umkm).ifPresent(to::add));
		notifications.notifyAll(to.stream().distinct().toList(), NotificationKind.SCHEDULE_PUBLISHED,
				List.of(event.eventName()), NotificationKind.SCHEDULE_PUBLISHED.link(event.eventId()));
	}

}
