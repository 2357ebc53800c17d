package id.simitra.umkm.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.FormInput;

/**
 * An officer's decision on a certificate; {@code version} is the one the officer was
 * shown.
 */
public record CertificateDecisionForm(@Nullable String approve,
		@Size(max = 1000, message = "{validation.tooLong}") String reason, @Nullable String version) {

	public boolean approved() {
		return FormInput.flag(approve);
	}

	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

}
