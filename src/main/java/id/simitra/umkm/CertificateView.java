package id.simitra.umkm;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as pages show it. {@code standing}: where it stands today, read from SQL
 * with the row (the one rule, {@code certificate_standing}). {@code umkmName} and
 * {@code reviewerName} are filled where a page shows them.
 */
public record CertificateView(Long id, Long umkmId, String umkmName, CertificateTypeView type, String number,
		@Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn, String issuer, Long documentId,
		CertificateStatus status, @Nullable String reviewReason, @Nullable String reviewerName,
		@Nullable Instant reviewedAt, Instant createdAt, long version, CertificateStanding standing) {

	public boolean isSubmitted() {
		return status == CertificateStatus.SUBMITTED;
	}

	public boolean isVerified() {
		return status == CertificateStatus.VERIFIED;
	}

	public boolean isRejected() {
		return status == CertificateStatus.REJECTED;
	}

	/** Past its expiry date (it counted up to and including that day). */
	public boolean expired() {
		return standing == CertificateStanding.EXPIRED;
	}

	/** Counts for matching, readiness, filters and badges: verified and not expired. */
	public boolean counts() {
		return standing.counts();
	}

}
