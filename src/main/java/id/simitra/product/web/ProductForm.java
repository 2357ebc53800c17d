package id.simitra.product.web;

import org.jspecify.annotations.Nullable;

import id.simitra.product.ProductView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.simitra.platform.FormInput;

/** The product form as typed; numbers and the unit stay text until {@link FormInput} reads them. */
public record ProductForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String description,
		@NotBlank(message = "{validation.required}") @Size(max = 320, message = "{validation.tooLong}") String kbli,
		String unit,
		@Size(max = 30, message = "{validation.tooLong}") String monthlyCapacity,
		@Size(max = 30, message = "{validation.tooLong}") String minimumOrder,
		@Size(max = 30, message = "{validation.tooLong}") String priceMin,
		@Size(max = 30, message = "{validation.tooLong}") String priceMax,
		@Nullable String version) {

	static final long MAX_PRICE = 999_999_999_999L;

	static ProductForm empty(String defaultKbli) {
		return new ProductForm("", "", defaultKbli, "KG", "", "", "", "", null);
	}

	static ProductForm of(ProductView p) {
		return new ProductForm(p.name(), p.description(), p.kbliLabel(), p.unit().name(),
				FormInput.text(p.monthlyCapacity()), FormInput.text(p.minimumOrder()), FormInput.rupiahText(p.priceMin()),
				FormInput.rupiahText(p.priceMax()), String.valueOf(p.version()));
	}

}
