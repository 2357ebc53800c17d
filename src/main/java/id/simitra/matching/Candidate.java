package id.simitra.matching;

import java.util.List;

import id.simitra.shared.SizeClass;

/**
 * One UMKM scored for one need: total out of 100 and the factors that make it up, each with its sentence
 * in the reader's language. {@code excludedBy} lists the required certificates it lacks (then it is not
 * in the ranking at all).
 */
public record Candidate(int rank, Long umkmId, String businessName, String regencyName, SizeClass sizeClass,
		double score, List<Factor> factors, List<String> excludedBy, boolean recommended) {

	public boolean excluded() {
		return !excludedBy.isEmpty();
	}

	Candidate withRank(int newRank) {
		return new Candidate(newRank, umkmId, businessName, regencyName, sizeClass, score, factors, excludedBy,
				recommended);
	}

	public record Factor(String key, double fraction, double points, double maxPoints, String explanation) {

		public int percent() {
			return (int) Math.round(fraction * 100);
		}

	}

}
