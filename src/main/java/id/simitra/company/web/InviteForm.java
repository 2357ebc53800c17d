package id.simitra.company.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.company.CompanyRole;

/** An admin invites a colleague: the address and the role they will have. */
public record InviteForm(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(
		max = 254, message = "{validation.tooLong}") String email, @Nullable String role) {

	static InviteForm empty() {
		return new InviteForm("", CompanyRole.STAFF.name());
	}

	/** STAFF unless ADMIN was chosen: an unknown value never grants more. */
	CompanyRole chosenRole() {
		return CompanyRole.ADMIN.name().equals(role) ? CompanyRole.ADMIN : CompanyRole.STAFF;
	}

}
