package id.simitra.umkm.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import id.simitra.platform.FormInput;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateTypeView;
import id.simitra.umkm.CertificateView;
import id.simitra.umkm.NewDocument;

/**
 * The certificate form as typed; dates and the kind stay text until {@link #toData} reads
 * them.
 */
public record CertificateForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.choice}") String typeCode,
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}") String number,
		@Size(max = 20, message = "{validation.date}") String issuedOn,
		@Size(max = 20, message = "{validation.date}") String expiresOn,
		@Size(max = 150, message = "{validation.tooLong}") String issuer, @Nullable MultipartFile document,
		@Nullable String version) {

	/**
	 * The certificate to save, or null with the reasons in {@code errors}. {@code type}
	 * is the chosen kind if it may be chosen; a new certificate needs its document, a
	 * changed one keeps the stored one when none is uploaded.
	 */
	@Nullable CertificateData toData(BindingResult errors, Optional<CertificateTypeView> type, LocalDate today,
			boolean documentRequired, Locale locale) {
		if (type.isEmpty() && !errors.hasFieldErrors("typeCode")) {
			errors.rejectValue("typeCode", "validation.choice");
		}
		String number = type.map(t -> t.normalize(number()))
			.orElseGet(() -> CertificateTypeView.normalizeNumber(number()));
		if (type.isPresent() && !errors.hasFieldErrors("number") && !type.get().accepts(number)) {
			if (type.get().numberPattern() != null && type.get().hasExample()) {
				errors.rejectValue("number", "validation.certificateNumber",
						new Object[] { type.get().label(locale), type.get().numberExample() }, null);
			}
			else {
				errors.rejectValue("number", "validation.certificateNumberLength");
			}
		}
		// An NPWP shows no issue date (issue 16): asked only where the document has one.
		LocalDate issuedOn = null;
		boolean issueGiven = issuedOn() != null && !issuedOn().isBlank();
		if (issueGiven || type.map(CertificateTypeView::issueDateRequired).orElse(true)) {
			issuedOn = FormInput.date(errors, "issuedOn", issuedOn());
		}
		if (issuedOn != null && issuedOn.isAfter(today)) {
			errors.rejectValue("issuedOn", "validation.issuedInFuture");
		}
		LocalDate expiresOn = null;
		boolean expiryGiven = expiresOn() != null && !expiresOn().isBlank();
		if (expiryGiven || type.map(CertificateTypeView::hasExpiry).orElse(false)) {
			expiresOn = FormInput.date(errors, "expiresOn", expiresOn());
		}
		if (issuedOn != null && expiresOn != null && expiresOn.isBefore(issuedOn)) {
			errors.rejectValue("expiresOn", "validation.expiryBeforeIssue");
		}
		String issuer = issuer() == null || issuer().isBlank()
				? type.map(CertificateTypeView::defaultIssuer).orElse(null) : issuer().strip();
		if (issuer == null && !errors.hasFieldErrors("issuer")) {
			errors.rejectValue("issuer", "validation.required");
		}
		NewDocument document = document(document(), errors, documentRequired);
		// issuer is null only when an error was recorded for it
		if (errors.hasErrors() || issuer == null) {
			return null;
		}
		return new CertificateData(type.get().code(), number, issuedOn, expiresOn, issuer, document);
	}

	private static @Nullable NewDocument document(@Nullable MultipartFile file, BindingResult errors,
			boolean required) {
		if (file == null || file.isEmpty()) {
			if (required) {
				errors.rejectValue("document", "validation.documentRequired");
			}
			return null;
		}
		if (file.getSize() > NewDocument.MAX_BYTES) {
			errors.rejectValue("document", "validation.documentTooLarge");
			return null;
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			errors.rejectValue("document", "validation.documentUnreadable");
			return null;
		}
		Optional<NewDocument> document = NewDocument.recognise(file.getOriginalFilename(), bytes);
		if (document.isEmpty()) {
			errors.rejectValue("document", "validation.documentType");
			return null;
		}
		return document.get();
	}

	static CertificateForm empty(CertificateTypeView type) {
		return new CertificateForm(type == null ? "" : type.code(), "", "", "",
				type == null || type.defaultIssuer() == null ? "" : type.defaultIssuer(), null, null);
	}

	static CertificateForm of(CertificateView c) {
		return new CertificateForm(c.type().code(), c.number(), c.issuedOn() == null ? "" : c.issuedOn().toString(),
				c.expiresOn() == null ? "" : c.expiresOn().toString(), c.issuer(), null, String.valueOf(c.version()));
	}

}
