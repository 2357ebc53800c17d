package id.simitra.event.internal.scheduling;

/**
 * What one run of the scheduler did, for the officer's flash message and the audit.
 *
 * @param added meetings it added
 * @param umkmWithMeeting UMKM with at least one meeting afterwards
 * @param umkmWithFittingNeed UMKM with at least one fitting pair
 * @param requestsLeftOut accepted requests it could not place
 */
public record RunResult(int added, int umkmWithMeeting, int umkmWithFittingNeed, int requestsLeftOut) {
}
