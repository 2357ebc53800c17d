package id.simitra.umkm.web;

import org.jspecify.annotations.Nullable;

import id.simitra.umkm.CertificateTypeView;
import id.simitra.umkm.CertificateView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import id.simitra.platform.FormInput;

/** The certificate form as typed; dates and the kind stay text until {@link FormInput} and the controller read them. */
public record CertificateForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.choice}") String typeCode,
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}") String number,
		@Size(max = 20, message = "{validation.date}") String issuedOn,
		@Size(max = 20, message = "{validation.date}") String expiresOn,
		@Size(max = 150, message = "{validation.tooLong}") String issuer,
		@Nullable MultipartFile document,
		@Nullable String version) {

	static CertificateForm empty(CertificateTypeView type) {
		return new CertificateForm(type == null ? "" : type.code(), "", "", "",
				type == null || type.defaultIssuer() == null ? "" : type.defaultIssuer(), null, null);
	}

	static CertificateForm of(CertificateView c) {
		return new CertificateForm(c.type().code(), c.number(), c.issuedOn().toString(),
				c.expiresOn() == null ? "" : c.expiresOn().toString(), c.issuer(), null, String.valueOf(c.version()));
	}

}
