package id.simitra.offer.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A need as an UMKM sees it: the need (never the company's contacts), whether this UMKM
 * was invited, its offers on the need (newest first; at most one of them active), the
 * conversation once there is one, and the need's required certificates this UMKM lacks
 * (shown before it offers: without them it is not in the ranking).
 */
public record UmkmNeedPage(OfferNeed need, boolean acceptsOffers, @Nullable Instant invitedAt, List<OfferView> offers,
		@Nullable Long threadId, List<RequiredCertificateGap> certificateGaps) {

	public boolean invited() {
		return invitedAt != null;
	}

	public Optional<OfferView> activeOffer() {
		return offers.stream()
			.filter(o -> o.status() != OfferStatus.WITHDRAWN && o.status() != OfferStatus.DECLINED)
			.findFirst();
	}

	public List<OfferView> pastOffers() {
		Optional<OfferView> active = activeOffer();
		return offers.stream().filter(o -> active.isEmpty() || !o.id().equals(active.get().id())).toList();
	}

	public boolean canOffer() {
		return acceptsOffers && activeOffer().isEmpty();
	}

}
