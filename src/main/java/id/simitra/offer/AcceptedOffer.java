package id.simitra.offer;

import java.math.BigDecimal;

import id.simitra.reference.Unit;

/**
 * The terms of the offer a company accepted, as the partnership module takes them into
 * the contract (issue 16): quantity per month and price per unit converted to the need's
 * {@code unit} (so "Rp 45.000 per kg" on a need in ton reads "Rp 45.000.000 per ton"),
 * and the lead time in days.
 */
public record AcceptedOffer(Long offerId, BigDecimal quantity, Unit unit, long unitPrice, int leadTimeDays) {

}
