package id.simitra.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The account page's new e-mail address, confirmed with the current password. */
record EmailChangeForm(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.tooLong}") @Nullable String email,
		@NotBlank(message = "{validation.required}") @Nullable String currentPassword) {
}
