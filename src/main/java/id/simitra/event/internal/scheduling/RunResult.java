package id.simitra.event.internal.scheduling;

import java.io.Serializable;

/**
 * What one run of the scheduler did, for the officer's flash message and the audit.
 * Serializable because the flash message travels in the HTTP session, which the portal
 * stores in the database (a MockMvc session does not serialize, so only a real browser
 * showed the 500).
 *
 * @param added meetings it added
 * @param umkmWithMeeting UMKM with at least one meeting afterwards
 * @param umkmWithFittingNeed UMKM with at least one fitting pair
 * @param requestsLeftOut accepted requests it could not place
 */
public record RunResult(int added, int umkmWithMeeting, int umkmWithFittingNeed,
		int requestsLeftOut) implements Serializable {
}
