package id.simitra.matching.internal;

import id.simitra.matching.Candidate;

/**
 * How one UMKM stands for one need. {@code candidate} is always scored (so every factor
 * can be shown); {@code inPool}: it was among the candidates considered (KBLI close
 * enough or products matching the need); {@code crowded}: the pool was cut at its size,
 * so nearer candidates may have kept this one out (with room, that is never the reason);
 * {@code rank}: its place in the full list, or 0 when it is not in it; {@code cutoff}:
 * the score of the last place shown to the company.
 */
public record WhyNot(Candidate candidate, boolean inPool, boolean crowded, int rank, double cutoff, int shown) {

	public boolean shownToCompany() {
		return rank > 0 && rank <= shown;
	}

}
