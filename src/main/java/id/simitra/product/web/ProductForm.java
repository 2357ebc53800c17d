package id.simitra.product.web;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.platform.FormInput;
import id.simitra.product.ProductData;
import id.simitra.product.ProductView;
import id.simitra.reference.Unit;

/**
 * The product form as typed; numbers and the unit stay text until {@link FormInput} reads
 * them.
 */
public record ProductForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String description,
		@NotBlank(message = "{validation.required}") @Size(max = 320, message = "{validation.tooLong}") String kbli,
		String unit, @Size(max = 30, message = "{validation.tooLong}") String monthlyCapacity,
		@Size(max = 30, message = "{validation.tooLong}") String minimumOrder,
		@Size(max = 30, message = "{validation.tooLong}") String priceMin,
		@Size(max = 30, message = "{validation.tooLong}") String priceMax, @Nullable String version) {

	static final long MAX_PRICE = 999_999_999_999L;

	static ProductForm empty(String defaultKbli) {
		return new ProductForm("", "", defaultKbli, "KG", "", "", "", "", null);
	}

	/**
	 * The product as the service takes it, or null with every reason added to
	 * {@code errors}. The KBLI subclass is looked up by the controller ({@code kbliCode}:
	 * what the typed text names, if anything), so the rules stay here and the form needs
	 * no service.
	 */
	@Nullable ProductData toData(BindingResult errors, Optional<String> kbliCode) {
		if (!errors.hasFieldErrors("kbli") && kbliCode.isEmpty()) {
			errors.rejectValue("kbli", "validation.kbli");
		}
		Unit unit = FormInput.choice(errors, "unit", unit(), Unit.class);
		BigDecimal capacity = FormInput.quantity(errors, "monthlyCapacity", monthlyCapacity(), false);
		BigDecimal minimumOrder = FormInput.quantity(errors, "minimumOrder", minimumOrder(), true);
		Long priceMin = FormInput.rupiah(errors, "priceMin", priceMin(), 0, MAX_PRICE);
		Long priceMax = FormInput.rupiah(errors, "priceMax", priceMax(), 0, MAX_PRICE);
		if (priceMin != null && priceMax != null && priceMax < priceMin) {
			errors.rejectValue("priceMax", "validation.priceRange");
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || unit == null || capacity == null || minimumOrder == null || priceMin == null
				|| priceMax == null) {
			return null;
		}
		return new ProductData(name().strip(),
				description() == null || description().isBlank() ? null : description().strip(), kbliCode.get(), unit,
				capacity, minimumOrder, priceMin, priceMax);
	}

	static ProductForm of(ProductView p) {
		return new ProductForm(p.name(), p.description(), p.kbliLabel(), p.unit().name(),
				FormInput.text(p.monthlyCapacity()), FormInput.text(p.minimumOrder()),
				FormInput.rupiahText(p.priceMin()), FormInput.rupiahText(p.priceMax()), String.valueOf(p.version()));
	}

}
