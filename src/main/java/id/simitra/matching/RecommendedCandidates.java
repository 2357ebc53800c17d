package id.simitra.matching;

import java.util.Set;

/**
 * Officers' recommendations for a need, marked in the company's ranking. The module that
 * keeps recommendations implements this, so that matching (which it uses) does not depend
 * on it.
 */
public interface RecommendedCandidates {

	/** The UMKM an officer recommended for this need. */
	Set<Long> recommendedUmkmIds(Long needId);

}
