package id.simitra.umkm.internal;

import java.time.Instant;

/** A row of the officers' UMKM list: identity, whether and by whom it was verified, and readiness. */
public record UmkmIdentityRow(Long id, String businessName, String ownerName, String nib, String regencyName,
		Instant verifiedAt, String verifierName, int readinessScore) {

	public boolean verified() {
		return verifiedAt != null;
	}

}
