package id.simitra.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record OfficerForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String displayName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 72, message = "{validation.tooLong}") String password) {

	static OfficerForm empty() {
		return new OfficerForm("", "", "");
	}

}
