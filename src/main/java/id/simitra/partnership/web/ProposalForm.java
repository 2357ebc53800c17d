package id.simitra.partnership.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Predicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.validation.BindingResult;

import id.simitra.partnership.ContractTerms;
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
		@Size(max = 13, message = "{validation.choice}") @Nullable String regencyCode, @Nullable String version,
		@Size(max = 30, message = "{validation.tooLong}") @Nullable String unitPrice,
		@Size(max = 30, message = "{validation.tooLong}") @Nullable String quantity,
		@Size(max = 10, message = "{validation.tooLong}") @Nullable String leadTimeDays) {

	/** Without supply terms (a form for a partnership that has none). */
	public ProposalForm(String pattern, String object, String estimatedValue, String startDate, String endDate,
			@Nullable String noControlDeclared, @Nullable String regencyCode, @Nullable String version) {
		this(pattern, object, estimatedValue, startDate, endDate, noControlDeclared, regencyCode, version, null, null,
				null);
	}

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
		ContractTerms terms = terms(errors);
		if (declarationRequired && !declared()) {
			errors.rejectValue("noControlDeclared", "validation.noControl");
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || pattern == null || value == null || start == null || end == null) {
			return null;
		}
		return new ProposalData(pattern, object().strip(), value, start, end, declared(), regency, terms);
	}

	/**
	 * The supply terms (issue 16): none when the three fields are empty, else all three
	 * are needed: price per unit ≥ Rp 1, quantity per month > 0, lead time 0–365 days.
	 */
	private @Nullable ContractTerms terms(BindingResult errors) {
		if (blank(unitPrice) && blank(quantity) && blank(leadTimeDays)) {
			return null;
		}
		Long price = FormInput.rupiah(errors, "unitPrice", unitPrice, 1, MAX_VALUE);
		BigDecimal amount = FormInput.quantity(errors, "quantity", quantity, false);
		Integer days = null;
		if (blank(leadTimeDays)) {
			errors.rejectValue("leadTimeDays", "validation.required");
		}
		else if (!leadTimeDays.strip().matches("[0-9]{1,3}") || Integer.parseInt(leadTimeDays.strip()) > 365) {
			errors.rejectValue("leadTimeDays", "validation.leadTime");
		}
		else {
			days = Integer.valueOf(leadTimeDays.strip());
		}
		return price == null || amount == null || days == null ? null : new ContractTerms(amount, price, days);
	}

	@Contract("null -> true")
	private static boolean blank(@Nullable String raw) {
		return raw == null || raw.isBlank();
	}

	public boolean declared() {
		return FormInput.flag(noControlDeclared);
	}

	static ProposalForm of(PartnershipView p, @Nullable ContractTerms terms) {
		return new ProposalForm(p.pattern().name(), p.object(), FormInput.rupiahText(p.estimatedValue()),
				p.startDate().toString(), p.endDate().toString(), p.noControlDeclared() ? "true" : null,
				p.locationCode(), String.valueOf(p.version()),
				terms == null ? null : FormInput.rupiahText(terms.unitPrice()),
				terms == null ? null : FormInput.text(terms.quantity()),
				terms == null ? null : String.valueOf(terms.leadTimeDays()));
	}

}
