package id.simitra.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.event.ParticipantsInvited;
import id.simitra.event.RegistrationDecided;
import id.simitra.event.SchedulePublished;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;

/**
 * Business-matching events (module event): an invitation goes to each invited company's
 * members and each invited UMKM's owner; an officer's decision on an UMKM's registration
 * to its owner; the published schedule to every participant, so that each opens its own
 * agenda. Each runs after the event module's transaction, in its own
 * (docs/notification.md).
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
	void invited(ParticipantsInvited event) {
		NotificationKind kind = NotificationKind.EVENT_INVITATION;
		List<String> args = List.of(event.eventName(), event.eventDate().toString());
		String link = kind.link(event.eventId());
		for (Long company : event.companyIds()) {
			for (Long member : recipients.companyMembers(company)) {
				notifications.notify(member, kind, args, link);
			}
		}
		for (Long umkm : event.umkmIds()) {
			recipients.umkmOwner(umkm).ifPresent(owner -> notifications.notify(owner, kind, args, link));
		}
	}

	@ApplicationModuleListener
	void decided(RegistrationDecided event) {
		NotificationKind kind = event.approved() ? NotificationKind.EVENT_REGISTRATION_APPROVED
				: NotificationKind.EVENT_REGISTRATION_REFUSED;
		List<String> args = event.approved() ? List.of(event.eventName())
				: List.of(event.eventName(), event.reason() == null ? "" : event.reason());
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, kind, args, kind.link(event.eventId())));
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
