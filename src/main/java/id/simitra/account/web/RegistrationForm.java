package id.simitra.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.simitra.account.Role;

public record RegistrationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String displayName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.passwordTooLong}") String password,
		String passwordConfirm, String role) {

	static RegistrationForm empty(Role role) {
		return new RegistrationForm("", "", "", "", role.name());
	}

}
