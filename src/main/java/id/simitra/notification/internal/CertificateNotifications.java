package id.simitra.notification.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;
import id.simitra.umkm.CertificateExpiring;
import id.simitra.umkm.CertificateReviewed;
import id.simitra.umkm.IdentityVerified;

/**
 * An UMKM's papers (module umkm): a certificate verified or rejected by an officer, one
 * about to expire, the business's identity verified. Always its owner.
 */
@Component
class CertificateNotifications {

	private final NotificationService notifications;

	private final Recipients recipients;

	CertificateNotifications(NotificationService notifications, Recipients recipients) {
		this.notifications = notifications;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void reviewed(CertificateReviewed event) {
		NotificationKind kind = event.verified() ? NotificationKind.CERTIFICATE_VERIFIED
				: NotificationKind.CERTIFICATE_REJECTED;
		List<String> args = event.verified() ? List.of(event.typeCode(), event.number())
				: List.of(event.typeCode(), event.number(), event.reason() == null ? "" : event.reason());
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, kind, args, kind.link(event.certificateId())));
	}

	@ApplicationModuleListener
	void expiring(CertificateExpiring event) {
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, NotificationKind.CERTIFICATE_EXPIRING,
					List.of(event.typeCode(), event.number(), event.expiresOn().toString()),
					NotificationKind.CERTIFICATE_EXPIRING.link(event.certificateId())));
	}

	@ApplicationModuleListener
	void identityVerified(IdentityVerified event) {
		recipients.umkmOwner(event.umkmId())
			.ifPresent(owner -> notifications.notify(owner, NotificationKind.IDENTITY_VERIFIED,
					List.of(event.businessName()), NotificationKind.IDENTITY_VERIFIED.link(event.umkmId())));
	}

}
