package id.simitra.umkm;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as pages show it. {@code expired}: today is after {@code expiresOn} (it counts up to and
 * including that day). {@code umkmName} and {@code reviewerName} are filled where a page shows them.
 */
public record CertificateView(Long id, Long umkmId, String umkmName, CertificateTypeView type, String number,
		LocalDate issuedOn, LocalDate expiresOn, String issuer, Long documentId, CertificateStatus status,
		String reviewReason, String reviewerName, Instant reviewedAt, Instant createdAt, long version, boolean expired) {

	public boolean isSubmitted() {
		return status == CertificateStatus.SUBMITTED;
	}

	public boolean isVerified() {
		return status == CertificateStatus.VERIFIED;
	}

	public boolean isRejected() {
		return status == CertificateStatus.REJECTED;
	}

	/** Counts for matching and readiness: held, not rejected and not expired. */
	public boolean isValid() {
		return status != CertificateStatus.REJECTED && !expired;
	}

}
