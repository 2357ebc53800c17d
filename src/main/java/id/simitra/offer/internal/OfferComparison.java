package id.simitra.offer.internal;

import java.util.List;

/**
 * The company's page for a need's offers: the rows in the chosen order and, for inviting,
 * the top-ranked UMKM that have not offered yet.
 */
public record OfferComparison(OfferNeed need, List<OfferRow> rows, List<InviteCandidate> toInvite, OfferSort sort,
		boolean acceptsOffers) {

	public long offerCount() {
		return rows.stream().filter(OfferRow::hasOffer).count();
	}

	/**
	 * A ranked UMKM without an offer; {@code invited} once the company asked it to offer.
	 */
	public record InviteCandidate(Long umkmId, String businessName, String regencyName, double score, boolean invited) {
	}

}
