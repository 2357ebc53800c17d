package id.simitra.offer;

/**
 * An UMKM made an offer on a need; the notification module tells the company's members.
 */
public record OfferSubmitted(Long offerId, Long needId, String needTitle, Long companyId, Long umkmId,
		String umkmName) {
}
