package id.simitra.event;

import org.jspecify.annotations.Nullable;

/**
 * An officer approved or refused an UMKM's registration for an event that requires
 * approval (issue 14); the notification module tells the UMKM's owner.
 *
 * @param eventId the event
 * @param eventName its name
 * @param umkmId the UMKM
 * @param approved approved (else refused)
 * @param reason the officer's reason for a refusal
 */
public record RegistrationDecided(long eventId, String eventName, long umkmId, boolean approved,
		@Nullable String reason) {

}
