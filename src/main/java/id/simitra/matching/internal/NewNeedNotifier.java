package id.simitra.matching.internal;

import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import id.simitra.notification.NotificationService;
import id.simitra.need.NeedPosted;
import id.simitra.umkm.UmkmService;

/**
 * Tells the best-fitting UMKM about a new need (in-app, and by e-mail when mail is configured). Runs
 * after the need is committed, so a failure here never loses the need; it is logged instead.
 */
@Component
class NewNeedNotifier {

	static final int NOTIFY_TOP = 10;

	private static final Log log = LogFactory.getLog(NewNeedNotifier.class);

	private final MatchingService matching;

	private final UmkmService umkms;

	private final NotificationService notifications;

	NewNeedNotifier(MatchingService matching, UmkmService umkms, NotificationService notifications) {
		this.matching = matching;
		this.umkms = umkms;
		this.notifications = notifications;
	}

	// A new transaction: after commit the need's transaction is finished and would not store anything.
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void needPosted(NeedPosted event) {
		try {
			List<Candidate> best = matching.rank(event.needId(), NOTIFY_TOP);
			var owners = umkms.ownerIds(best.stream().map(Candidate::umkmId).toList());
			for (Candidate c : best) {
				Long owner = owners.get(c.umkmId());
				if (owner == null) {
					continue; // the UMKM is gone since it was ranked
				}
				notifications.notify(owner, "notification.needFits",
						List.of(event.title(), String.format(Locale.ROOT, "%.0f", c.score())),
						"/umkm/kebutuhan/" + event.needId());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not notify UMKM about need " + event.needId(), ex);
		}
	}

}
