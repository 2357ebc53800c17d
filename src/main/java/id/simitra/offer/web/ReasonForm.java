package id.simitra.offer.web;

import jakarta.validation.constraints.Size;

/** The company's reason for accepting or declining an offer; the UMKM reads it. */
public record ReasonForm(@Size(max = 1000, message = "{validation.tooLong}") String reason) {

	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

}
