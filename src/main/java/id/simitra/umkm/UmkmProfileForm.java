package id.simitra.umkm;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import id.simitra.shared.Rupiah;

public record UmkmProfileForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String businessName,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String ownerName,
		@Pattern(regexp = "^\\s*$|^\\s*[0-9]{13}\\s*$", message = "{validation.nib}") String nib,
		List<String> kbli,
		@NotBlank(message = "{validation.required}") String regencyCode,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "^\\+?[0-9][0-9 .-]{6,18}$", message = "{validation.phone}") String phone,
		@Size(max = 2000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}") @Max(value = 999_999_999_999_999L, message = "{validation.tooLarge}") @Rupiah Long businessCapital,
		@NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}") @Max(value = 999_999_999_999_999L, message = "{validation.tooLarge}") @Rupiah Long annualSales,
		Long version) {

	static final int MAX_KBLI = 10;

	static UmkmProfileForm empty() {
		return new UmkmProfileForm("", "", "", List.of(), "", "", "", "", null, null, null);
	}

	static UmkmProfileForm of(UmkmView u, java.util.function.Function<String, String> kbliLabel) {
		return new UmkmProfileForm(u.businessName(), u.ownerName(), u.nib() == null ? "" : u.nib(),
				u.kbliCodes().stream().map(kbliLabel).toList(), u.regencyCode(), u.address(), u.phone(),
				u.description(), u.businessCapital(), u.annualSales(), u.version());
	}

	/** Rows of the KBLI picker: the chosen codes plus two empty rows for more, at most {@link #MAX_KBLI}. */
	public List<String> kbliRows() {
		List<String> chosen = kbli == null ? List.of() : kbli.stream().filter(k -> k != null && !k.isBlank()).toList();
		var rows = new java.util.ArrayList<>(chosen);
		while (rows.size() < Math.min(MAX_KBLI, Math.max(3, chosen.size() + 2))) {
			rows.add("");
		}
		return rows;
	}

}
