package id.simitra.matching;

/**
 * A certificate a need requires that an UMKM does not hold in a way that counts, and why:
 * what keeps the UMKM out of the ranking for that need (the same inputs the ranking
 * reads, {@code match_factors}).
 */
public record CertificateGap(String typeCode, Kind kind) {

	public enum Kind {

		/** No certificate of the kind at all (or only rejected ones). */
		MISSING,
		/** Only expired ones. */
		EXPIRED,
		/**
		 * Submitted and in force, but no officer verified it yet: a claim does not
		 * satisfy a requirement.
		 */
		PENDING

	}

}
