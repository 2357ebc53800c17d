package id.simitra.offer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.simitra.offer.internal.OfferService;

/**
 * Company staff ask an UMKM to offer on their need, from another module (the demo's
 * business-matching day, issue 14): the same rules as the "Undang" button
 * ({@link OfferService#invite(Long, Long, Long, Long)}).
 */
@Service
public class Invitations {

	private final OfferService offers;

	Invitations(OfferService offers) {
		this.offers = offers;
	}

	/**
	 * Invites; {@code meetingId} the business-matching meeting the invitation comes from,
	 * or null. True when this call created the invitation.
	 */
	public boolean invite(Long companyAccountId, Long needId, Long umkmId, @Nullable Long meetingId) {
		return offers.invite(companyAccountId, needId, umkmId, meetingId);
	}

}
