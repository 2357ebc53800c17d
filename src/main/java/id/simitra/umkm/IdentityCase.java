package id.simitra.umkm;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.umkm.internal.ReviewTrail;

/**
 * What an officer checks an UMKM's identity against (issue 16 §2): its profile (NIB,
 * owner, address, phone), when it registered and whether it is verified, and the
 * officers' decisions on its identity and certificates with their notes, newest first.
 */
public record IdentityCase(UmkmView umkm, Verification verification, List<ReviewTrail.Entry> trail) {

	/** {@code registeredAt}: waiting since, while unverified. */
	public record Verification(Instant registeredAt, @Nullable Instant verifiedAt, @Nullable String verifierName) {

		public boolean verified() {
			return verifiedAt != null;
		}

	}

}
