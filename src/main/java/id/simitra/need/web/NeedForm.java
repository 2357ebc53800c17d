package id.simitra.need.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.need.CertificateRequirements;
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
		String deadline, String pattern, @Nullable List<String> certificates, @Nullable String version) {

	/** A choice for a kind that the need does not ask for. */
	static final String NOT_ASKED = "";

	/** The choice "preferred" for a kind. */
	static final String PREFERRED = "P";

	/** The choice "required, group n" is this prefix and n. */
	static final String REQUIRED_GROUP = "W";

	/**
	 * What was chosen for a kind: {@link #NOT_ASKED}, {@link #PREFERRED} or "W1", "W2"...
	 * (required, in that group). Each kind's select sends "KIND:choice" as one value of
	 * {@code certificates}.
	 */
	public String choice(String type) {
		for (String value : certificates == null ? List.<String>of() : certificates) {
			int colon = value.indexOf(':');
			if (colon > 0 && value.substring(0, colon).equals(type)) {
				return value.substring(colon + 1);
			}
		}
		return NOT_ASKED;
	}

	/**
	 * The kinds chosen, as requirement groups and preferences. A kind the need may not
	 * ask for or a choice the form does not offer is ignored, as an unknown kind always
	 * was; group numbers only order the groups (an unused number leaves no gap).
	 */
	CertificateRequirements requirements(Collection<String> knownCertificateTypes) {
		Map<Integer, List<String>> groups = new TreeMap<>();
		List<String> preferred = new ArrayList<>();
		for (String type : knownCertificateTypes) {
			String choice = choice(type);
			if (choice.equals(PREFERRED)) {
				preferred.add(type);
			}
			else if (choice.matches(REQUIRED_GROUP + "[1-9][0-9]?")) {
				int group = Integer.parseInt(choice.substring(REQUIRED_GROUP.length()));
				if (group <= knownCertificateTypes.size()) {
					groups.computeIfAbsent(group, g -> new ArrayList<>()).add(type);
				}
			}
		}
		return new CertificateRequirements(List.copyOf(groups.values()), preferred);
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
		CertificateRequirements certificates = requirements(knownCertificateTypes);
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || quantity == null || unit == null || deadline == null || pattern == null) {
			return null;
		}
		return new NeedData(title().strip(), description().strip(), kbliCode.get(), quantity, unit, regencyCode(),
				deadline, pattern, certificates);
	}

	static NeedForm empty(String regencyCode) {
		return new NeedForm("", "", "", "", "KG", regencyCode, "", "RANTAI_PASOK", List.of(), null);
	}

	static NeedForm of(NeedView n) {
		return new NeedForm(n.title(), n.description(), n.kbliLabel(), FormInput.text(n.quantity()), n.unit().name(),
				n.regencyCode(), n.deadline().toString(), n.pattern().name(), choices(n.certificates()),
				String.valueOf(n.version()));
	}

	private static List<String> choices(CertificateRequirements c) {
		List<String> choices = new ArrayList<>();
		for (int g = 0; g < c.required().size(); g++) {
			for (String type : c.required().get(g)) {
				choices.add(type + ":" + REQUIRED_GROUP + (g + 1));
			}
		}
		c.preferred().forEach(type -> choices.add(type + ":" + PREFERRED));
		return choices;
	}

}
