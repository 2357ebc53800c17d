package id.simitra.event.internal.schedule;

/**
 * A meeting at a table in a slot.
 *
 * @param needId the company's need
 * @param umkmId the UMKM
 * @param slotId the slot
 * @param table the table, 1..the slot's tables
 */
public record ScheduledMeeting(long needId, long umkmId, long slotId, int table) {

	ScheduleProblem.Pair pair() {
		return new ScheduleProblem.Pair(needId, umkmId);
	}

}
