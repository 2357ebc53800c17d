package id.simitra.event.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What every part of the event module needs to know of an event before acting on it:
 * where it is (its province scopes the organisers), when, in which zone, and where it
 * stands.
 *
 * @param id the event
 * @param provinceCode the organising office's province ("12")
 * @param regencyCode the venue's regency
 * @param name the event's name
 * @param eventDate the day of the event (venue time)
 * @param zone the venue's time zone
 * @param status DRAFT, PUBLISHED, SCHEDULED, CLOSED or CANCELLED
 * @param version the optimistic-locking version of the event row
 */
public record EventFacts(long id, String provinceCode, String regencyCode, String name, LocalDate eventDate,
		ZoneId zone, String status, long version) {

	/** Whether participants may see it at all (not a draft). */
	public boolean visibleToParticipants() {
		return !"DRAFT".equals(this.status);
	}

}
