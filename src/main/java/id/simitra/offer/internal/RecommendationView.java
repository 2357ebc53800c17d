package id.simitra.offer.internal;

import java.time.Instant;

/** An officer's recommendation of an UMKM for a need, with the officer's note. */
public record RecommendationView(Long needId, Long umkmId, String umkmName, String officerName, String note,
		Instant createdAt) {
}
