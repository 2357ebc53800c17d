package id.simitra.product;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.Unit;

public record ProductView(Long id, Long umkmId, String name, @Nullable String description, String kbliCode,
		String kbliLabel, Unit unit, BigDecimal monthlyCapacity, BigDecimal minimumOrder, long priceMin, long priceMax,
		long version) {
}
