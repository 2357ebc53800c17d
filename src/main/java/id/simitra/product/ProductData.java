package id.simitra.product;

import java.math.BigDecimal;

import id.simitra.reference.Unit;

/** A validated product, ready for the service. */
public record ProductData(String name, String description, String kbliCode, Unit unit, BigDecimal monthlyCapacity,
		BigDecimal minimumOrder, long priceMin, long priceMax) {
}
