package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.Unit;

/** An offer in the UMKM's own list, with the company's answer once there is one. */
public record MyOfferRow(Long id, Long needId, String needTitle, String companyName, OfferStatus status,
		BigDecimal quantity, Unit unit, long unitPrice, LocalDate validUntil, @Nullable String decisionReason,
		@Nullable Instant decidedAt, Instant createdAt, @Nullable Long threadId) {

	public boolean hasDecisionReason() {
		return decisionReason != null && !decisionReason.isBlank();
	}

}
