package id.simitra.notification.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.account.Role;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;
import id.simitra.offer.InvitedToOffer;
import id.simitra.offer.MessagePosted;
import id.simitra.offer.OfferDecided;
import id.simitra.offer.OfferSubmitted;
import id.simitra.offer.UmkmRecommended;

/**
 * What happens between a need and a partnership (module offer): invitations, offers and
 * the company's decisions, messages, officers' recommendations. Each listener runs after
 * the offer module's transaction, in its own; all of an event's notifications are stored
 * together or none and the publication is retried (docs/notification.md).
 */
@Component
class OfferNotifications {

	private final NotificationService notifications;

	private final Recipients recipients;

	OfferNotifications(NotificationService notifications, Recipients recipients) {
		this.notifications = notifications;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void invited(InvitedToOffer event) {
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, NotificationKind.INVITED_TO_OFFER,
					List.of(event.companyName(), event.needTitle()),
					NotificationKind.INVITED_TO_OFFER.link(event.needId())));
	}

	@ApplicationModuleListener
	void offerSubmitted(OfferSubmitted event) {
		notifications.notifyAll(recipients.companyMembers(event.companyId()), NotificationKind.OFFER_RECEIVED,
				List.of(event.umkmName(), event.needTitle()), NotificationKind.OFFER_RECEIVED.link(event.needId()));
	}

	@ApplicationModuleListener
	void offerDecided(OfferDecided event) {
		NotificationKind kind = switch (event.decision()) {
			case SHORTLISTED -> NotificationKind.OFFER_SHORTLISTED;
			case ACCEPTED -> NotificationKind.OFFER_ACCEPTED;
			case DECLINED -> NotificationKind.OFFER_DECLINED;
		};
		List<String> args = event.decision() == OfferDecided.Decision.DECLINED
				? List.of(event.companyName(), event.needTitle(), event.reason() == null ? "" : event.reason())
				: List.of(event.companyName(), event.needTitle());
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, kind, args, kind.link(event.offerId())));
	}

	/**
	 * The other party: the UMKM's owner when the company wrote, the company's members
	 * when the UMKM did; never the writer.
	 */
	@ApplicationModuleListener
	void messagePosted(MessagePosted event) {
		List<Long> to = event.authorSide() == Role.UMKM ? recipients.companyMembers(event.companyId())
				: recipients.umkmOwner(event.umkmId()).map(List::of).orElse(List.of());
		notifications.notifyAll(to.stream().filter(id -> !id.equals(event.authorAccountId())).toList(),
				NotificationKind.MESSAGE_RECEIVED, List.of(event.authorName(), event.needTitle()),
				NotificationKind.MESSAGE_RECEIVED.link(event.conversationId()));
	}

	@ApplicationModuleListener
	void recommended(UmkmRecommended event) {
		notifications.notifyAll(recipients.companyMembers(event.companyId()), NotificationKind.RECOMMENDED_TO_COMPANY,
				List.of(event.umkmName(), event.needTitle()),
				NotificationKind.RECOMMENDED_TO_COMPANY.link(event.needId()));
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, NotificationKind.RECOMMENDED_UMKM,
					List.of(event.companyName(), event.needTitle()),
					NotificationKind.RECOMMENDED_UMKM.link(event.needId())));
	}

}
