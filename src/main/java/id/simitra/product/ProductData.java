package id.simitra.product;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.Unit;

/** A validated product, ready for the service. */
public record ProductData(String name, @Nullable String description, String kbliCode, Unit unit,
		BigDecimal monthlyCapacity, BigDecimal minimumOrder, long priceMin, long priceMax) {
}
