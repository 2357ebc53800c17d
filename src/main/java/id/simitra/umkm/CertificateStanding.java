package id.simitra.umkm;

import id.simitra.umkm.CertificateService;

/**
 * Where a certificate stands on a given day, as the SQL function
 * {@code certificate_standing} (the one rule, {@code R__certificate_standing.sql})
 * answers it. Java never recomputes it: pages read it from SQL with the row
 * ({@link CertificateService#STANDING_SQL}).
 */
public enum CertificateStanding {

	/**
	 * Verified by an officer and not expired: counts everywhere (required certificates,
	 * badges, readiness).
	 */
	VALID_VERIFIED,
	/**
	 * Not expired but not yet checked by an officer ("menunggu verifikasi"): shown as
	 * such, never required-grade.
	 */
	VALID_SUBMITTED,
	/** Past its expiry date (it counted up to and including that day). */
	EXPIRED,
	/** Rejected by an officer. */
	REJECTED;

	public boolean counts() {
		return this == VALID_VERIFIED;
	}

	public boolean pending() {
		return this == VALID_SUBMITTED;
	}

	public String messageKey() {
		return "certificate.standing." + name();
	}

}
