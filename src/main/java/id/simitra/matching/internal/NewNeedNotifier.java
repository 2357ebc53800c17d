package id.simitra.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.matching.Candidate;
import id.simitra.matching.FittingUmkmFound;
import id.simitra.matching.MatchingService;
import id.simitra.need.NeedPosted;
import id.simitra.umkm.UmkmService;

/**
 * Ranks a new need's candidates and announces the best-fitting UMKM
 * ({@link FittingUmkmFound}), which the notification module turns into alerts. Runs after
 * the need is committed, in its own transaction, so a failure here never loses the need;
 * nor are the alerts lost: a failure leaves the {@link NeedPosted} publication incomplete
 * in the registry, and it is resubmitted (docs/events.md).
 */
@Component
class NewNeedNotifier {

	static final int NOTIFY_TOP = 10;

	private final MatchingService matching;

	private final UmkmService umkms;

	private final ApplicationEventPublisher events;

	NewNeedNotifier(MatchingService matching, UmkmService umkms, ApplicationEventPublisher events) {
		this.matching = matching;
		this.umkms = umkms;
		this.events = events;
	}

	// Asynchronous, after the need's commit, in a new transaction: the announcement is
	// registered with this
	// publication's completion, or neither and the publication is retried. No catch here:
	// an exception is what
	// marks the publication as not completed.
	@ApplicationModuleListener
	void needPosted(NeedPosted event) {
		List<Candidate> best = matching.rank(event.needId(), NOTIFY_TOP);
		if (best.isEmpty()) {
			return;
		}
		var owners = umkms.ownerIds(best.stream().map(Candidate::umkmId).toList());
		List<FittingUmkmFound.Fit> fits = new ArrayList<>();
		for (Candidate c : best) {
			Long owner = owners.get(c.umkmId());
			if (owner != null) { // an UMKM deleted since it was ranked has no owner any
									// more
				fits.add(new FittingUmkmFound.Fit(owner, c.score()));
			}
		}
		events.publishEvent(new FittingUmkmFound(event.needId(), event.title(), fits));
	}

}
