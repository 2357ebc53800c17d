package id.simitra.offer;

import org.jspecify.annotations.Nullable;

/**
 * The company shortlisted, accepted or declined an UMKM's offer; the notification module
 * tells the UMKM, with the company's reason when it gave one (always for a decline).
 */
public record OfferDecided(Long offerId, Long needId, String needTitle, String companyName, Long umkmId,
		Decision decision, @Nullable String reason) {

	public enum Decision {

		SHORTLISTED, ACCEPTED, DECLINED

	}

}
