package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.Unit;

/**
 * One offer as its UMKM and the need's company see it. {@code needAcceptsOffers}: the
 * need is open and its deadline not passed, which revising and adding files require.
 */
public record OfferView(Long id, Long needId, String needTitle, String companyName, Long umkmId,
		@Nullable String umkmName, BigDecimal quantity, Unit unit, long unitPrice, int leadTimeDays,
		LocalDate validUntil, @Nullable String note, OfferStatus status, @Nullable String decisionReason,
		@Nullable Instant decidedAt, @Nullable Instant revisedAt, Instant createdAt, long version,
		List<AttachmentView> attachments, boolean needAcceptsOffers) {

	public boolean canRevise() {
		return status.isUndecided() && needAcceptsOffers;
	}

	public boolean canWithdraw() {
		return status.isUndecided();
	}

	public boolean canAttach() {
		return canRevise() && attachments.size() < OfferService.MAX_ATTACHMENTS;
	}

	/** The company accepts only a current offer that waits for its decision. */
	public boolean canAccept() {
		return status == OfferStatus.SUBMITTED || status == OfferStatus.SHORTLISTED;
	}

	/** The company may decline an expired one too, so the UMKM learns why. */
	public boolean canDecline() {
		return status.isUndecided();
	}

	public boolean hasDecisionReason() {
		return decisionReason != null && !decisionReason.isBlank();
	}

}
