package id.simitra.event.internal.scheduling;

import java.util.List;

import id.simitra.event.internal.EventFacts;
import id.simitra.reference.VenueTimeZone;

/**
 * The officer's schedule page: slots (rows, venue time) by tables (columns), and the
 * figures that say how good the schedule is.
 *
 * @param tables the event's number of tables (columns)
 * @param approvedUmkm UMKM whose registration is approved
 * @param umkmWithMeeting of those, how many have at least one meeting
 * @param waitingRequests accepted meeting requests without a meeting
 * @param lateWaiting late registrations (after publishing) without any meeting yet
 */
public record ScheduleGrid(EventFacts event, int tables, List<SlotRow> slots, int meetings, int approvedUmkm,
		int umkmWithMeeting, int waitingRequests, int lateWaiting) {

	public String zoneName() {
		return VenueTimeZone.ofZone(this.event.zone().getId()).name();
	}

	/** The whole schedule may be (re)built until it is published. */
	public boolean canRun() {
		return "PUBLISHED".equals(this.event.status());
	}

	public boolean canPublish() {
		return "PUBLISHED".equals(this.event.status()) && this.meetings > 0;
	}

	/** Late registrations are placed into free cells once the schedule is out. */
	public boolean canPlaceLate() {
		return "SCHEDULED".equals(this.event.status());
	}

	public List<Integer> tableNumbers() {
		return java.util.stream.IntStream.rangeClosed(1, this.tables).boxed().toList();
	}

}
