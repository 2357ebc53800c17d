package id.simitra.partnership.web;

import java.time.LocalDate;
import java.util.function.Predicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.partnership.ProposalData;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.platform.FormInput;
import id.simitra.reference.PartnershipPattern;

/**
 * The terms form as typed (proposing from a need's candidates, and editing a draft or
 * returned partnership); value, dates, pattern and location stay text until
 * {@link #toData} reads them.
 */
public record ProposalForm(String pattern,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String object,
		@Size(max = 30, message = "{validation.tooLong}") String estimatedValue, String startDate, String endDate,
		@Nullable String noControlDeclared,
		@Size(max = 13, message = "{validation.choice}") @Nullable String regencyCode, @Nullable String version) {

	static final long MAX_VALUE = 999_999_999_999_999L;

	/**
	 * The terms as the service takes them, or null with every reason added to
	 * {@code errors}. {@code isRegency} checks the optional location;
	 * {@code declarationRequired} when proposing at once (a draft may be saved without
	 * the no-control declaration).
	 */
	@Nullable ProposalData toData(BindingResult errors, Predicate<String> isRegency, boolean declarationRequired) {
		PartnershipPattern pattern = FormInput.choice(errors, "pattern", pattern(), PartnershipPattern.class);
		Long value = FormInput.rupiah(errors, "estimatedValue", estimatedValue(), 1, MAX_VALUE);
		LocalDate start = FormInput.date(errors, "startDate", startDate());
		LocalDate end = FormInput.date(errors, "endDate", endDate());
		// A contract runs for at least a day past its start: the end date comes after it.
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endDate", "validation.partnership.endNotAfterStart");
		}
		String regency = regencyCode() == null || regencyCode().isBlank() ? null : regencyCode().strip();
		if (regency != null && !errors.hasFieldErrors("regencyCode") && !isRegency.test(regency)) {
			errors.rejectValue("regencyCode", "validation.choice");
		}
		if (declarationRequired && !declared()) {
			errors.rejectValue("noControlDeclared", "validation.noControl");
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || pattern == null || value == null || start == null || end == null) {
			return null;
		}
		return new ProposalData(pattern, object().strip(), value, start, end, declared(), regency);
	}

	public boolean declared() {
		return FormInput.flag(noControlDeclared);
	}

	static ProposalForm of(PartnershipView p) {
		return new ProposalForm(p.pattern().name(), p.object(), FormInput.rupiahText(p.estimatedValue()),
				p.startDate().toString(), p.endDate().toString(), p.noControlDeclared() ? "true" : null,
				p.locationCode(), String.valueOf(p.version()));
	}

}
