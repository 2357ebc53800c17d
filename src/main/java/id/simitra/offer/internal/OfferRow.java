package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.Unit;

/**
 * One line of the company's comparison of offers for a need: an offer, or an UMKM the
 * Dinas recommended that has not offered (then every offer field is null). Quantity and
 * price are also given in the need's unit so offers in kg and in ton compare;
 * {@code matchScore} is null when the UMKM is not in the ranked list.
 * {@code certificates} are the UMKM's certificates in force (verified ones count,
 * submitted ones wait for an officer) except those already named in {@code requiredGaps}:
 * the need's required certificates that do not count for this UMKM (missing, expired,
 * waiting for verification), read from the same {@code match_factors} as the score.
 */
public record OfferRow(@Nullable Long offerId, Long umkmId, @Nullable String umkmName, @Nullable OfferStatus status,
		@Nullable BigDecimal quantity, @Nullable Unit unit, @Nullable BigDecimal quantityInNeedUnit,
		@Nullable Integer sharePercent, @Nullable Long unitPrice, @Nullable Long pricePerNeedUnit,
		@Nullable Integer leadTimeDays, @Nullable LocalDate validUntil, @Nullable String note,
		@Nullable Instant revisedAt, @Nullable String decisionReason, @Nullable Double matchScore, int readiness,
		List<CertificateBadge> certificates, List<RequiredCertificateGap> requiredGaps,
		@Nullable String recommendationNote, boolean invited, @Nullable Long threadId,
		List<AttachmentView> attachments) {

	public boolean hasOffer() {
		return offerId != null;
	}

	public boolean recommended() {
		return recommendationNote != null;
	}

	/**
	 * Shortlisting and accepting need an offer that waits for a decision and is still
	 * valid.
	 */
	public boolean canShortlist() {
		return status == OfferStatus.SUBMITTED || status == OfferStatus.SHORTLISTED;
	}

	public boolean canAccept() {
		return canShortlist();
	}

	public boolean canDecline() {
		return status != null && status.isUndecided();
	}

	public boolean accepted() {
		return status == OfferStatus.ACCEPTED;
	}

	public boolean shortlisted() {
		return status == OfferStatus.SHORTLISTED;
	}

	/**
	 * A certificate the UMKM holds in force; {@code verified}: checked by a Dinas
	 * officer, so it counts; otherwise the page says "menunggu verifikasi".
	 */
	public record CertificateBadge(String typeCode, String label, boolean verified) {
	}

}
