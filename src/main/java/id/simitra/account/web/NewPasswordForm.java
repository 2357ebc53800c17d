package id.simitra.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import id.simitra.account.internal.PasswordRules;

/**
 * Every form that sets a new password: with a reset link ({@code token}), with an
 * officer's code ({@code email}, {@code code}), or on the account page
 * ({@code currentPassword}). Fields a form does not show stay empty.
 */
record NewPasswordForm(@Nullable String token, @Nullable String email, @Nullable String code,
		@Nullable String currentPassword, @NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.passwordTooLong}") @Nullable String password,
		@Nullable String passwordConfirm) {

	static NewPasswordForm withToken(@Nullable String token) {
		return new NewPasswordForm(token, null, null, null, null, null);
	}

	static NewPasswordForm empty() {
		return new NewPasswordForm(null, null, null, null, null, null);
	}

	/**
	 * The portal's password rules for the account with this e-mail, and the repeated
	 * password.
	 */
	void checkNewPassword(Errors errors, @Nullable String accountEmail) {
		String problem = password == null || password.isBlank() ? null : PasswordRules.problem(password, accountEmail);
		if (problem != null && !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", problem);
		}
		if (password != null && !password.equals(passwordConfirm)) {
			errors.rejectValue("passwordConfirm", "validation.passwordConfirm");
		}
	}

}
