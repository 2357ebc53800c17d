package id.simitra.partnership;

import java.time.LocalDate;

import id.simitra.shared.PartnershipPattern;

public record ProposalData(PartnershipPattern pattern, String object, long estimatedValue, LocalDate startDate,
		LocalDate endDate, boolean noControlDeclared) {
}
