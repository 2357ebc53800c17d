package id.simitra.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
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
 * <p>
 * Only UMKM whose score reaches {@code simitra.matching.notify-min-score} (50 of 100) are
 * announced: the factors that say nothing about what the UMKM makes (distance 20, a
 * need's certificates 10, verified identity 5, track record or fair exposure at most 5)
 * and a KBLI shared only at the 2-digit division (7.5) add up to 47.5 at most, so a score
 * of 50 needs evidence of the product itself: a KBLI group or closer, relevant capacity,
 * or the need's words in the UMKM's products. A banana-chip maker near a coffee-bean
 * buyer (30) is not told; docs/matching.md "Matching".
 */
@Component
class NewNeedNotifier {

	static final int NOTIFY_TOP = 10;

	private final MatchingService matching;

	private final UmkmService umkms;

	private final ApplicationEventPublisher events;

	private final double minScore;

	NewNeedNotifier(MatchingService matching, UmkmService umkms, ApplicationEventPublisher events,
			@Value("${simitra.matching.notify-min-score}") double minScore) {
		this.minScore = minScore;
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
		List<Candidate> best = matching.rank(event.needId(), NOTIFY_TOP)
			.stream()
			.filter(c -> c.score() >= minScore)
			.toList();
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
