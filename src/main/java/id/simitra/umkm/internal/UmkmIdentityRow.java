package id.simitra.umkm.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the officers' UMKM list: identity, whether and by whom it was verified, and
 * readiness.
 */
public record UmkmIdentityRow(Long id, String businessName, String ownerName, @Nullable String nib, String regencyName,
		@Nullable Instant verifiedAt, @Nullable String verifierName, int readinessScore) {

	public boolean verified() {
		return verifiedAt != null;
	}

}
