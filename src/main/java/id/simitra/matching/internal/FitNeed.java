package id.simitra.matching.internal;

import java.time.LocalDate;

import id.simitra.matching.Candidate;

/**
 * An open need as an UMKM sees it in its list of fitting needs, with its own score for
 * that need.
 */
public record FitNeed(Long needId, String title, String companyName, String regencyName, LocalDate deadline,
		Candidate candidate) {
}
