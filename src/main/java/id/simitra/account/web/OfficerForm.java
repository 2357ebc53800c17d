package id.simitra.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new officer; {@code provinceCode} is the working province (blank: none yet, the queue
 * stays empty).
 */
public record OfficerForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String displayName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.passwordTooLong}") String password,
		@Size(max = 2, message = "{validation.choice}") String provinceCode) {

	static OfficerForm empty() {
		return new OfficerForm("", "", "", "");
	}

}
