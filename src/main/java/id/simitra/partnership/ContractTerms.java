package id.simitra.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The supply terms of a contract (issue 16): quantity per month and price per unit, both
 * in the need's unit (the service takes the unit from the need, never from a form), and
 * the lead time in days. They start as the accepted offer's.
 */
public record ContractTerms(BigDecimal quantity, long unitPrice, int leadTimeDays) {

	/**
	 * Whole months the contract runs, counting its last day (1 March to 28 February is
	 * 12), at least 1: the value is price × quantity per month × months.
	 */
	public static int months(LocalDate start, LocalDate end) {
		return (int) Math.max(1, ChronoUnit.MONTHS.between(start, end.plusDays(1)));
	}

	/**
	 * Price × quantity per month × months, in whole rupiah (capped at the largest long; a
	 * form refuses such a value with its own message).
	 */
	public long value(int months) {
		return BigDecimal.valueOf(unitPrice)
			.multiply(quantity)
			.multiply(BigDecimal.valueOf(months))
			.setScale(0, RoundingMode.HALF_UP)
			.min(BigDecimal.valueOf(Long.MAX_VALUE))
			.longValue();
	}

}
