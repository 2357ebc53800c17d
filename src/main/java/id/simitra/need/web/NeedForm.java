package id.simitra.need.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.need.NeedData;
import id.simitra.need.NeedView;
import id.simitra.platform.FormInput;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

/**
 * The need form as typed; quantity, unit, date and pattern stay text until
 * {@link FormInput} reads them.
 */
public record NeedForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String description,
		@NotBlank(message = "{validation.required}") @Size(max = 320, message = "{validation.tooLong}") String kbli,
		@Size(max = 30, message = "{validation.tooLong}") String quantity, String unit,
		@NotBlank(message = "{validation.required}") @Size(max = 13,
				message = "{validation.regency}") String regencyCode,
		String deadline, String pattern, List<String> requiredCertificates, List<String> preferredCertificates,
		@Nullable String version) {

	public boolean requires(String type) {
		return requiredCertificates != null && requiredCertificates.contains(type);
	}

	public boolean prefers(String type) {
		return preferredCertificates != null && preferredCertificates.contains(type);
	}

	/**
	 * The need as the service takes it, or null with every reason added to
	 * {@code errors}. What needs the reference data is looked up by the controller and
	 * passed in: {@code kbliCode} (the subclass the typed text names, if any), whether
	 * the regency exists, today's date (from the Clock) and the certificate types that
	 * may be asked for.
	 */
	@Nullable NeedData toData(BindingResult errors, Optional<String> kbliCode, boolean regencyKnown, LocalDate today,
			Collection<String> knownCertificateTypes) {
		if (!errors.hasFieldErrors("kbli") && kbliCode.isEmpty()) {
			errors.rejectValue("kbli", "validation.kbli");
		}
		BigDecimal quantity = FormInput.quantity(errors, "quantity", quantity(), false);
		Unit unit = FormInput.choice(errors, "unit", unit(), Unit.class);
		if (!errors.hasFieldErrors("regencyCode") && !regencyKnown) {
			errors.rejectValue("regencyCode", "validation.regency");
		}
		LocalDate deadline = FormInput.date(errors, "deadline", deadline());
		if (deadline != null && deadline.isBefore(today)) {
			errors.rejectValue("deadline", "validation.futureOrPresent");
		}
		PartnershipPattern pattern = FormInput.choice(errors, "pattern", pattern(), PartnershipPattern.class);
		Map<String, Boolean> certificates = new TreeMap<>();
		for (String type : preferredCertificates() == null ? List.<String>of() : preferredCertificates()) {
			if (knownCertificateTypes.contains(type)) {
				certificates.put(type, false);
			}
		}
		// Ticked as both: required wins.
		for (String type : requiredCertificates() == null ? List.<String>of() : requiredCertificates()) {
			if (knownCertificateTypes.contains(type)) {
				certificates.put(type, true);
			}
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || quantity == null || unit == null || deadline == null || pattern == null) {
			return null;
		}
		return new NeedData(title().strip(), description().strip(), kbliCode.get(), quantity, unit, regencyCode(),
				deadline, pattern, certificates);
	}

	static NeedForm empty(String regencyCode) {
		return new NeedForm("", "", "", "", "KG", regencyCode, "", "RANTAI_PASOK", List.of(), List.of(), null);
	}

	static NeedForm of(NeedView n) {
		return new NeedForm(n.title(), n.description(), n.kbliLabel(), FormInput.text(n.quantity()), n.unit().name(),
				n.regencyCode(), n.deadline().toString(), n.pattern().name(), n.requiredCertificates(),
				n.preferredCertificates(), String.valueOf(n.version()));
	}

}
