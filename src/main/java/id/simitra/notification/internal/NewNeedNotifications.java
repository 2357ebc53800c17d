package id.simitra.notification.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.matching.FittingUmkmFound;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;

/**
 * "A new need fits you": one alert (and e-mail) per UMKM that matching found among the
 * best for a new need, above its score threshold (matching/internal/NewNeedNotifier).
 */
@Component
class NewNeedNotifications {

	private final NotificationService notifications;

	NewNeedNotifications(NotificationService notifications) {
		this.notifications = notifications;
	}

	// All alerts of one need in one transaction: all are stored, or none and the
	// publication is retried.
	@ApplicationModuleListener
	void fittingUmkmFound(FittingUmkmFound event) {
		for (FittingUmkmFound.Fit fit : event.fits()) {
			notifications.notify(fit.ownerAccountId(), NotificationKind.NEED_FITS,
					List.of(event.needTitle(), String.format(Locale.ROOT, "%.0f", fit.score())),
					NotificationKind.NEED_FITS.link(event.needId()));
		}
	}

}
