package id.simitra.partnership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.PartnershipPattern;

/**
 * The terms of a partnership; {@code regencyCode} is where it takes place, null for the
 * UMKM's regency; {@code terms} the supply terms (price, quantity, lead time), null when
 * the contract has none.
 */
public record ProposalData(PartnershipPattern pattern, String object, long estimatedValue, LocalDate startDate,
		LocalDate endDate, boolean noControlDeclared, @Nullable String regencyCode, @Nullable ContractTerms terms) {

	public ProposalData(PartnershipPattern pattern, String object, long estimatedValue, LocalDate startDate,
			LocalDate endDate, boolean noControlDeclared, @Nullable String regencyCode) {
		this(pattern, object, estimatedValue, startDate, endDate, noControlDeclared, regencyCode, null);
	}

	public ProposalData(PartnershipPattern pattern, String object, long estimatedValue, LocalDate startDate,
			LocalDate endDate, boolean noControlDeclared) {
		this(pattern, object, estimatedValue, startDate, endDate, noControlDeclared, null, null);
	}

}
