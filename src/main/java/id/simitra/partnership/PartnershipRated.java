package id.simitra.partnership;

import id.simitra.account.Role;

/**
 * One side of a completed partnership rated the other, published in the transaction that
 * stored the rating; the notification module tells the rated side (docs/events.md).
 *
 * @param raterSide COMPANY or UMKM
 * @param rateeAccountId the owner of the rated side
 */
public record PartnershipRated(Long partnershipId, Role raterSide, String raterName, Long rateeAccountId, int score,
		String object) {
}
