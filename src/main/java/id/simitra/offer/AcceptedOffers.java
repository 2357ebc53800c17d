package id.simitra.offer;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.offer.internal.OfferService;

/**
 * What the offer module publishes of an accepted offer (issue 16): the partnership module
 * asks for the accepted offer of an UMKM on a need when the company proposes, so the
 * contract starts from the offer's terms. Other modules never read the offer table.
 */
@Service
public class AcceptedOffers {

	private final OfferService offers;

	AcceptedOffers(OfferService offers) {
		this.offers = offers;
	}

	/**
	 * The UMKM's accepted offer on this need, in the need's unit; empty when none is
	 * accepted (there is at most one: one active offer per UMKM and need).
	 */
	@Transactional(readOnly = true)
	public Optional<AcceptedOffer> find(Long needId, Long umkmId) {
		return offers.acceptedTerms(needId, umkmId);
	}

}
