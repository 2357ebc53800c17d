package id.simitra.matching;

/**
 * A certificate a need requires (alone, or as one alternative of a requirement group,
 * {@link RequirementGap}) that an UMKM does not hold in a way that counts, and why.
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
