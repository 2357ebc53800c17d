package id.simitra.matching.internal;

import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.notification.NotificationService;
import id.simitra.need.NeedPosted;
import id.simitra.umkm.UmkmService;

/**
 * Tells the best-fitting UMKM about a new need (in-app, and by e-mail when mail is configured). Runs after the need
 * is committed, in its own transaction, so a failure here never loses the need; nor are the alerts lost: a failure
 * leaves the {@link NeedPosted} publication incomplete in the registry, and it is resubmitted (docs/events.md).
 */
@Component
class NewNeedNotifier {

	static final int NOTIFY_TOP = 10;

	private final MatchingService matching;

	private final UmkmService umkms;

	private final NotificationService notifications;

	NewNeedNotifier(MatchingService matching, UmkmService umkms, NotificationService notifications) {
		this.matching = matching;
		this.umkms = umkms;
		this.notifications = notifications;
	}

	// Asynchronous, after the need's commit, in a new transaction: all ten alerts are stored, or none and the
	// publication is retried. No catch here: an exception is what marks the publication as not completed.
	@ApplicationModuleListener
	void needPosted(NeedPosted event) {
		List<Candidate> best = matching.rank(event.needId(), NOTIFY_TOP);
		var owners = umkms.ownerIds(best.stream().map(Candidate::umkmId).toList());
		for (Candidate c : best) {
			notifications.notify(owners.get(c.umkmId()), "notification.needFits",
					List.of(event.title(), String.format(Locale.ROOT, "%.0f", c.score())),
					"/umkm/kebutuhan/" + event.needId());
		}
	}

}
