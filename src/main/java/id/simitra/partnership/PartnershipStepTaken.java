package id.simitra.partnership;

import org.jspecify.annotations.Nullable;

import id.simitra.account.Role;

/**
 * A partnership took one step of its lifecycle ({@link PartnershipAction}), published in
 * the transaction that saved the step. It carries who the two parties were at that moment
 * (owners' account ids and names) so that a listener tells the people the step concerned,
 * even if a name changes before it runs; the notification module turns it into
 * notifications and e-mails (docs/events.md).
 *
 * @param from the status the partnership left
 * @param actorSide the side of whoever took the step
 * @param umkmRegencyCode the UMKM's regency (its first two digits are the province whose
 * officers review it)
 * @param companyId the company, whose members are told what concerns it (null in events
 * stored before issue 13: then its owner)
 */
public record PartnershipStepTaken(Long partnershipId, PartnershipAction action, PartnershipStatus from,
		@Nullable Role actorSide, Long companyOwnerId, String companyName, Long umkmOwnerId, String umkmName,
		String umkmRegencyCode, String object, @Nullable Long companyId) {
}
