package id.simitra.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import id.simitra.shared.Rupiah;
import id.simitra.shared.Unit;

public record ProductForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
		@Size(max = 2000, message = "{validation.tooLong}") String description,
		@NotBlank(message = "{validation.required}") String kbli,
		@NotNull(message = "{validation.required}") Unit unit,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{validation.positive}") @DecimalMax(value = "999999999999", message = "{validation.tooLarge}") BigDecimal monthlyCapacity,
		@NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}") @DecimalMax(value = "999999999999", message = "{validation.tooLarge}") BigDecimal minimumOrder,
		@NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}") @Max(value = 999_999_999_999L, message = "{validation.tooLarge}") @Rupiah Long priceMin,
		@NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}") @Max(value = 999_999_999_999L, message = "{validation.tooLarge}") @Rupiah Long priceMax,
		Long version) {

	static ProductForm empty(String defaultKbli) {
		return new ProductForm("", "", defaultKbli, Unit.KG, null, null, null, null, null);
	}

	static ProductForm of(ProductView p) {
		return new ProductForm(p.name(), p.description(), p.kbliLabel(), p.unit(), p.monthlyCapacity(), p.minimumOrder(),
				p.priceMin(), p.priceMax(), p.version());
	}

}
