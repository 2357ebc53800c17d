package id.simitra.matching.internal;

import id.simitra.matching.Candidate;
import java.time.LocalDate;

/**
 * An open need as an UMKM sees it in its list of fitting needs, with its own score for
 * that need.
 */
public record FitNeed(Long needId, String title, String companyName, String regencyName, LocalDate deadline,
		Candidate candidate) {
}
