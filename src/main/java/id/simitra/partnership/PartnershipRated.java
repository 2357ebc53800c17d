package id.simitra.partnership;

import org.jspecify.annotations.Nullable;

import id.simitra.account.Role;

/**
 * One side of a completed partnership rated the other, published in the transaction that
 * stored the rating; the notification module tells the rated side (docs/events.md).
 *
 * @param raterSide COMPANY or UMKM
 * @param rateeAccountId the owner of the rated side
 * @param rateeCompanyId the rated company, whose members are told (null when the UMKM was
 * rated)
 */
public record PartnershipRated(Long partnershipId, Role raterSide, String raterName, Long rateeAccountId, int score,
		String object, @Nullable Long rateeCompanyId) {
}
