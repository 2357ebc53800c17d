package id.simitra.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.simitra.shared.FormInput;

/** The proposal form as typed; value, dates and pattern stay text until {@link FormInput} reads them. */
public record ProposalForm(String pattern,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String object,
		@Size(max = 30, message = "{validation.tooLong}") String estimatedValue,
		String startDate,
		String endDate,
		String noControlDeclared) {

	static final long MAX_VALUE = 999_999_999_999_999L;

	public boolean declared() {
		return FormInput.flag(noControlDeclared);
	}

}
