package id.simitra.partnership.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.account.Role;
import id.simitra.partnership.PartnershipStatus;

/**
 * One row of the officers' audit search: the event with the partnership it belongs to.
 */
public record AuditEntry(Long partnershipId, String object, String umkmName, String companyName, String kind,
		@Nullable PartnershipStatus fromStatus, PartnershipStatus toStatus, String actorName, Role actorRole,
		@Nullable String reason, List<PartnershipView.Change> changes, Instant occurredAt) {
}
