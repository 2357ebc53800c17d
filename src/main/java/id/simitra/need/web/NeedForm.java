package id.simitra.need.web;

import org.jspecify.annotations.Nullable;

import id.simitra.need.NeedView;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.simitra.platform.FormInput;

/** The need form as typed; quantity, unit, date and pattern stay text until {@link FormInput} reads them. */
public record NeedForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotBlank(message = "{validation.required}") @Size(max = 320, message = "{validation.tooLong}") String kbli,
		@Size(max = 30, message = "{validation.tooLong}") String quantity,
		String unit,
		@NotBlank(message = "{validation.required}") @Size(max = 13, message = "{validation.regency}") String regencyCode,
		String deadline,
		String pattern,
		List<String> requiredCertificates,
		List<String> preferredCertificates,
		@Nullable String version) {

	public boolean requires(String type) {
		return requiredCertificates != null && requiredCertificates.contains(type);
	}

	public boolean prefers(String type) {
		return preferredCertificates != null && preferredCertificates.contains(type);
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
