package id.simitra.partnership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.PartnershipPattern;

/**
 * The terms of a partnership; {@code regencyCode} is where it takes place, null for the
 * UMKM's regency.
 */
public record ProposalData(PartnershipPattern pattern, String object, long estimatedValue, LocalDate startDate,
		LocalDate endDate, boolean noControlDeclared, @Nullable String regencyCode) {

	public ProposalData(PartnershipPattern pattern, String object, long estimatedValue, LocalDate startDate,
			LocalDate endDate, boolean noControlDeclared) {
		this(pattern, object, estimatedValue, startDate, endDate, noControlDeclared, null);
	}

}
