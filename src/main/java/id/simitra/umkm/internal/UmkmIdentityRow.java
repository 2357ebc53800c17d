package id.simitra.umkm.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the officers' UMKM list: identity, whether and by whom it was verified, and
 * readiness; {@code registeredAt}: when it registered (waiting since, if unverified).
 */
public record UmkmIdentityRow(Long id, String businessName, String ownerName, @Nullable String nib, String regencyName,
		@Nullable Instant verifiedAt, @Nullable String verifierName, int readinessScore, Instant registeredAt) {

	public boolean verified() {
		return verifiedAt != null;
	}

}
