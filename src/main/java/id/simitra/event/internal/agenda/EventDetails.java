package id.simitra.event.internal.agenda;

import java.time.LocalDate;
import java.time.ZoneId;

import id.simitra.reference.VenueTimeZone;

/** What an agenda says of its event: name, venue, day, zone. */
public record EventDetails(long id, String name, String venue, LocalDate date, ZoneId zone, String status) {

	/** WIB, WITA or WIT. */
	public String zoneName() {
		return VenueTimeZone.ofZone(this.zone.getId()).name();
	}

	/** Participants see the schedule once the officer published it. */
	public boolean schedulePublished() {
		return "SCHEDULED".equals(this.status) || "CLOSED".equals(this.status);
	}

}
