package id.simitra.matching;

import java.util.List;

import id.simitra.shared.SizeClass;

/** One ranked UMKM: total score out of 100 and the factors that make it up, each with its sentence. */
public record Candidate(int rank, Long umkmId, String businessName, String regencyName, SizeClass sizeClass,
		double score, List<Factor> factors) {

	public record Factor(String key, double fraction, double points, double maxPoints, String explanation) {

		public int percent() {
			return (int) Math.round(fraction * 100);
		}

	}

}
