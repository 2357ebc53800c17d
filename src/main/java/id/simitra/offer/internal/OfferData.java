package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.Unit;
import id.simitra.umkm.NewDocument;

/**
 * A checked offer: what the UMKM offers per month, at what price, how fast and until
 * when.
 */
public record OfferData(BigDecimal quantity, Unit unit, long unitPrice, int leadTimeDays, LocalDate validUntil,
		@Nullable String note, @Nullable NewDocument attachment) {
}
