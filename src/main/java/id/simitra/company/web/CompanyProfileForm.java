package id.simitra.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.company.CompanyView;

public record CompanyProfileForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
		@Pattern(regexp = "^\\s*$|^\\s*[0-9]{13}\\s*$", message = "{validation.nib}") String nib,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String sector,
		@NotBlank(message = "{validation.required}") @Size(max = 13,
				message = "{validation.regency}") String regencyCode,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String address, @Nullable String version) {

	static CompanyProfileForm empty() {
		return new CompanyProfileForm("", "", "", "", "", null);
	}

	static CompanyProfileForm of(CompanyView c) {
		return new CompanyProfileForm(c.name(), c.nib() == null ? "" : c.nib(), c.sector(), c.regencyCode(),
				c.address(), String.valueOf(c.version()));
	}

}
