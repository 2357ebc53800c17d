package id.simitra.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.simitra.account.Role;
import id.simitra.shared.PartnershipPattern;

public record PartnershipView(Long id, Long needId, String needTitle, Long companyId, String companyName,
		String companyNib, Long umkmId, String umkmName, String umkmNib, String umkmRegency, PartnershipPattern pattern,
		String object, long estimatedValue, LocalDate startDate, LocalDate endDate, PartnershipStatus status,
		Instant createdAt, Instant updatedAt, List<Event> history) {

	public record Event(PartnershipStatus fromStatus, PartnershipStatus toStatus, String actorName, Role actorRole,
			String reason, Instant occurredAt) {
	}

	/** The reason given with the latest decision (decline, approval or rejection), if any. */
	public String latestReason() {
		return history.isEmpty() ? null : history.get(history.size() - 1).reason();
	}

}
