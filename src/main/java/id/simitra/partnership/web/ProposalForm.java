package id.simitra.partnership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.partnership.internal.PartnershipView;
import id.simitra.platform.FormInput;

/**
 * The terms form as typed (proposing from a need's candidates, and editing a draft or
 * returned partnership); value, dates, pattern and location stay text until
 * {@link FormInput} and the controller read them.
 */
public record ProposalForm(String pattern,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String object,
		@Size(max = 30, message = "{validation.tooLong}") String estimatedValue, String startDate, String endDate,
		@Nullable String noControlDeclared,
		@Size(max = 13, message = "{validation.choice}") @Nullable String regencyCode, @Nullable String version) {

	static final long MAX_VALUE = 999_999_999_999_999L;

	public boolean declared() {
		return FormInput.flag(noControlDeclared);
	}

	static ProposalForm of(PartnershipView p) {
		return new ProposalForm(p.pattern().name(), p.object(), FormInput.rupiahText(p.estimatedValue()),
				p.startDate().toString(), p.endDate().toString(), p.noControlDeclared() ? "true" : null,
				p.locationCode(), String.valueOf(p.version()));
	}

}
