package id.simitra.matching.internal;

import id.simitra.matching.Candidate;

/**
 * How one UMKM stands for one need. {@code candidate} is always scored (so every factor
 * can be shown); {@code inPool}: it was among the candidates considered (KBLI close
 * enough or products matching the need); {@code rank}: its place in the full list, or 0
 * when it is not in it; {@code cutoff}: the score of the last place shown to the company.
 */
public record WhyNot(Candidate candidate, boolean inPool, int rank, double cutoff, int shown) {

	public boolean shownToCompany() {
		return rank > 0 && rank <= shown;
	}

}
