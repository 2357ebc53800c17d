package id.simitra.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Accepting an invitation without an account: the e-mail address is the invitation's, so
 * only the name and a password are asked.
 */
public record NewAccountForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String displayName,
		@NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.passwordTooLong}") String password,
		@Nullable String passwordConfirm) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", "");
	}

}
