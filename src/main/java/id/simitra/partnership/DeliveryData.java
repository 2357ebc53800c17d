package id.simitra.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A delivery, or a service period from {@code deliveredOn} to {@code periodEnd}, recorded
 * against a contract (issue 16): its value in whole rupiah, the quantity in the
 * contract's unit when there is one, a note.
 */
public record DeliveryData(LocalDate deliveredOn, @Nullable LocalDate periodEnd, @Nullable BigDecimal quantity,
		long value, @Nullable String note) {

}
