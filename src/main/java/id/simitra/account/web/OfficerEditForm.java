package id.simitra.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.simitra.account.AccountView;

/** An administrator's change to an officer: name and working province (blank: none). */
public record OfficerEditForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String displayName,
		@Size(max = 2, message = "{validation.choice}") String provinceCode) {

	static OfficerEditForm of(AccountView officer) {
		return new OfficerEditForm(officer.displayName(), officer.provinceCode() == null ? "" : officer.provinceCode());
	}

}
