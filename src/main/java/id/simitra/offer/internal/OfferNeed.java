package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

/**
 * A need as the offer pages show it: what is needed, by which company (its name only,
 * never its contacts); who acts for the company is asked of the company module
 * ({@code CompanyService.isMember}). {@code takesOffers}: open and its deadline not
 * passed today, so UMKM may offer, companies invite and officers recommend (need's rule,
 * {@code NeedService.takesOffers}).
 */
public record OfferNeed(Long id, Long companyId, String companyName, String title, String description, String kbliCode,
		String kbliLabel, BigDecimal quantity, Unit unit, BigDecimal quantityBase, String regencyCode,
		String regencyName, LocalDate deadline, PartnershipPattern pattern, boolean takesOffers) {

	/** An amount in base units (kg, litre, piece...) expressed in this need's unit. */
	public BigDecimal inNeedUnit(BigDecimal base) {
		return base.divide(unit.toBase(BigDecimal.ONE), 2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/**
	 * The share of the monthly quantity that an amount in base units covers, in whole
	 * percent, at most 100.
	 */
	public int sharePercent(BigDecimal base) {
		if (quantityBase.signum() == 0) {
			return 0;
		}
		BigDecimal share = base.multiply(BigDecimal.valueOf(100)).divide(quantityBase, 0, RoundingMode.HALF_UP);
		return Math.min(100, share.intValue());
	}

	/**
	 * A price per one unit of {@code offerUnit} as a price per one unit of this need's
	 * unit, in whole rupiah.
	 */
	public long pricePerNeedUnit(long price, Unit offerUnit) {
		return BigDecimal.valueOf(price)
			.multiply(unit.toBase(BigDecimal.ONE))
			.divide(offerUnit.toBase(BigDecimal.ONE), 0, RoundingMode.HALF_UP)
			.longValue();
	}

}
