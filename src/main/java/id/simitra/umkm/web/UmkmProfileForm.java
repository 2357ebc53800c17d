package id.simitra.umkm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.FormInput;
import id.simitra.umkm.UmkmView;

/** The profile form as typed; amounts stay text until {@link FormInput} reads them. */
public record UmkmProfileForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150,
				message = "{validation.tooLong}") String businessName,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String ownerName,
		@Pattern(regexp = "^\\s*$|^\\s*[0-9]{13}\\s*$", message = "{validation.nib}") String nib,
		List<@Size(max = 320, message = "{validation.tooLong}") String> kbli,
		@NotBlank(message = "{validation.required}") @Size(max = 13,
				message = "{validation.regency}") String regencyCode,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "^\\s*\\+?[0-9][0-9 .-]{6,18}\\s*$",
				message = "{validation.phone}") String phone,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String description,
		@Size(max = 30, message = "{validation.tooLong}") String businessCapital,
		@Size(max = 30, message = "{validation.tooLong}") String annualSales, @Nullable String version) {

	static final int MAX_KBLI = 10;

	static final long MAX_AMOUNT = 999_999_999_999_999L;

	static UmkmProfileForm empty() {
		return new UmkmProfileForm("", "", "", List.of(), "", "", "", "", "", "", null);
	}

	static UmkmProfileForm of(UmkmView u, Function<String, String> kbliLabel) {
		return new UmkmProfileForm(u.businessName(), u.ownerName(), u.nib() == null ? "" : u.nib(),
				u.kbliCodes().stream().map(kbliLabel).toList(), u.regencyCode(), u.address(), u.phone(),
				u.description(), FormInput.rupiahText(u.businessCapital()), FormInput.rupiahText(u.annualSales()),
				String.valueOf(u.version()));
	}

	/**
	 * Rows of the KBLI picker: the chosen codes plus two empty rows for more, at most
	 * {@link #MAX_KBLI}.
	 */
	public List<String> kbliRows() {
		List<String> rows = new ArrayList<>(
				kbli == null ? List.of() : kbli.stream().filter(k -> k != null && !k.isBlank()).toList());
		int size = Math.min(MAX_KBLI, Math.max(3, rows.size() + 2));
		while (rows.size() < size) {
			rows.add("");
		}
		return rows;
	}

}
