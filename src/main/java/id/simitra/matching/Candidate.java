package id.simitra.matching;

import java.util.Comparator;
import java.util.List;

import id.simitra.reference.SizeClass;

/**
 * One UMKM scored for one need: total out of 100 and the factors that make it up, each
 * with its sentence in the reader's language. {@code requiredGaps} lists the required
 * groups it does not meet, each alternative with why (missing, expired, waiting for
 * verification): then it is not in the ranking at all and earns no certificate points.
 */
public record Candidate(int rank, Long umkmId, String businessName, String regencyName, SizeClass sizeClass,
		double score, List<Factor> factors, List<RequirementGap> requiredGaps, boolean recommended) {

	public boolean excluded() {
		return !requiredGaps.isEmpty();
	}

	/**
	 * The required groups it does not meet, one label each: "HALAL", or "BPOM / PIRT"
	 * when either would do.
	 */
	public List<String> excludedBy() {
		return requiredGaps.stream().map(RequirementGap::label).toList();
	}

	/** Every kind named in its unmet groups. */
	public List<String> gapKinds() {
		return requiredGaps.stream().flatMap(g -> g.typeCodes().stream()).toList();
	}

	/**
	 * No capacity counts for the need (no relevant product, or only units of another
	 * kind, or none stated): what "how to improve" asks to fill in and readiness names.
	 */
	public boolean noCapacity() {
		return factors.stream().anyMatch(f -> "capacity".equals(f.key()) && f.fraction() == 0);
	}

	/** An officer verified its identity (the "verified" factor). */
	public boolean identityVerified() {
		return factors.stream().anyMatch(f -> "verified".equals(f.key()) && f.fraction() > 0);
	}

	/**
	 * The factors that earned it the most points (two on the need's ranking: a company
	 * compares 20 candidates on a phone, issue 16), in their usual order.
	 */
	public List<Factor> strongest(int count) {
		List<Factor> top = factors.stream()
			.sorted(Comparator.comparingDouble(Factor::points).reversed())
			.limit(count)
			.toList();
		return factors.stream().filter(top::contains).toList();
	}

	/** The other factors, behind "Rincian". */
	public List<Factor> others(int strongestCount) {
		List<Factor> top = strongest(strongestCount);
		return factors.stream().filter(f -> !top.contains(f)).toList();
	}

	Candidate withRank(int newRank) {
		return new Candidate(newRank, umkmId, businessName, regencyName, sizeClass, score, factors, requiredGaps,
				recommended);
	}

	public record Factor(String key, double fraction, double points, double maxPoints, String explanation) {

		public int percent() {
			return (int) Math.round(fraction * 100);
		}

	}

}
