package id.simitra.matching;

import java.util.List;

/**
 * A required group of a need's certificates that an UMKM does not meet (issue 15): every
 * alternative of the group, each with why it does not count. A group of one kind is the
 * plain "required certificate" of before. What keeps the UMKM out of the ranking for that
 * need (the same inputs the ranking reads, {@code match_factors}).
 */
public record RequirementGap(List<CertificateGap> alternatives) {

	public RequirementGap {
		alternatives = List.copyOf(alternatives);
	}

	/** The kinds that would meet the group, in code order. */
	public List<String> typeCodes() {
		return alternatives.stream().map(CertificateGap::typeCode).toList();
	}

	/**
	 * The group as one label: "HALAL", or "BPOM / PIRT" for alternatives (any one of
	 * them).
	 */
	public String label() {
		return String.join(" / ", typeCodes());
	}

}
