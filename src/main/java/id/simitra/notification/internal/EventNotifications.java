package id.simitra.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.event.EventCancelled;
import id.simitra.event.MeetingRequestAnswered;
import id.simitra.event.MeetingRequestWithdrawn;
import id.simitra.event.MeetingRequested;
import id.simitra.event.MeetingsCancelled;
import id.simitra.event.ParticipantsInvited;
import id.simitra.event.RegistrationDecided;
import id.simitra.event.SchedulePublished;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;

/**
 * Business-matching events (module event): an invitation goes to each invited company's
 * members and each invited UMKM's owner; an officer's decision on an UMKM's registration
 * to its owner; the published schedule to every participant, so that each opens its own
 * agenda; a meeting request to the other side and its answer to the side that asked. Each
 * runs after the event module's transaction, in its own (docs/notification.md).
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
		// the venue's day as yyyy-MM-dd, shown in the reader's language
		// (NotificationKind.dateArguments)
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

	@ApplicationModuleListener
	void meetingRequested(MeetingRequested event) {
		NotificationKind kind = NotificationKind.EVENT_MEETING_REQUESTED;
		List<Long> to = event.byCompany() ? recipients.umkmOwner(event.umkmId()).map(List::of).orElse(List.of())
				: recipients.companyMembers(event.companyId());
		notifications.notifyAll(to, kind, List.of(event.askerName(), event.eventName(), event.needTitle()),
				kind.link(event.eventId()));
	}

	@ApplicationModuleListener
	void meetingRequestAnswered(MeetingRequestAnswered event) {
		NotificationKind kind = event.accepted() ? NotificationKind.EVENT_MEETING_ACCEPTED
				: NotificationKind.EVENT_MEETING_DECLINED;
		List<Long> to = event.byCompany() ? recipients.companyMembers(event.companyId())
				: recipients.umkmOwner(event.umkmId()).map(List::of).orElse(List.of());
		notifications.notifyAll(to, kind, List.of(event.answererName(), event.eventName(), event.needTitle()),
				kind.link(event.eventId()));
	}

	@ApplicationModuleListener
	void meetingRequestWithdrawn(MeetingRequestWithdrawn event) {
		NotificationKind kind = NotificationKind.EVENT_MEETING_WITHDRAWN;
		List<Long> to = event.byCompany() ? recipients.umkmOwner(event.umkmId()).map(List::of).orElse(List.of())
				: recipients.companyMembers(event.companyId());
		notifications.notifyAll(to, kind, List.of(event.askerName(), event.eventName(), event.needTitle()),
				kind.link(event.eventId()));
	}

	@ApplicationModuleListener
	void meetingsCancelled(MeetingsCancelled event) {
		NotificationKind kind = NotificationKind.EVENT_MEETING_CANCELLED;
		for (MeetingsCancelled.Partner partner : event.partners()) {
			List<Long> to = partner.companyId() != null ? recipients.companyMembers(partner.companyId())
					: partner.umkmId() != null ? recipients.umkmOwner(partner.umkmId()).map(List::of).orElse(List.of())
							: List.of();
			notifications.notifyAll(to, kind, List.of(event.withdrawnName(), event.eventName(), partner.needTitle()),
					kind.link(event.eventId()));
		}
	}

	@ApplicationModuleListener
	void cancelled(EventCancelled event) {
		NotificationKind kind = NotificationKind.EVENT_CANCELLED;
		List<Long> to = new ArrayList<>();
		event.companyIds().forEach(company -> to.addAll(recipients.companyMembers(company)));
		event.umkmIds().forEach(umkm -> recipients.umkmOwner(umkm).ifPresent(to::add));
		// the venue's day as yyyy-MM-dd, shown in the reader's language
		notifications.notifyAll(to, kind, List.of(event.eventName(), event.eventDate().toString(), event.reason()),
				kind.link(event.eventId()));
	}

}
