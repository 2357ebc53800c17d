package id.simitra.matching;

import java.util.List;

/**
 * The best-fitting UMKM for a newly posted need, ranked once the need was saved. The
 * notification module tells their owners; matching itself tells nobody.
 */
public record FittingUmkmFound(Long needId, String needTitle, List<Fit> fits) {

	/** One UMKM's owner and its score for the need. */
	public record Fit(Long ownerAccountId, double score) {
	}

}
