package id.simitra.offer.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A company's invitation to offer on a need, as the UMKM sees it. {@code offerStatus} is
 * the state of the UMKM's latest offer on that need (null when it has not offered).
 */
public record InvitationView(Long needId, String needTitle, String companyName, Instant invitedAt,
		boolean needAcceptsOffers, @Nullable OfferStatus offerStatus, @Nullable Long threadId) {
}
