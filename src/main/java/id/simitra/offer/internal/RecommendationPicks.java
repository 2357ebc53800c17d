package id.simitra.offer.internal;

import java.time.LocalDate;

/** What an officer picks from on the recommendation page. */
public final class RecommendationPicks {

	private RecommendationPicks() {
	}

	/** An open need found by the officer's search. */
	public record NeedPick(Long id, String title, String companyName, String regencyName, LocalDate deadline) {
	}

	/**
	 * An UMKM found by name, with its readiness score so the officer recommends ready
	 * ones.
	 */
	public record UmkmPick(Long id, String businessName, String regencyName, int readiness, boolean identityVerified,
			boolean alreadyRecommended) {
	}

}
