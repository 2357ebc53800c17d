package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.simitra.reference.Unit;

/** An offer in the UMKM's own list, with the company's answer once there is one. */
public record MyOfferRow(Long id, Long needId, String needTitle, String companyName, OfferStatus status,
		BigDecimal quantity, Unit unit, long unitPrice, LocalDate validUntil, String decisionReason, Instant decidedAt,
		Instant createdAt, Long threadId) {

	public boolean hasDecisionReason() {
		return decisionReason != null && !decisionReason.isBlank();
	}

}
