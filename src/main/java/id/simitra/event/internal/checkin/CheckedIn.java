package id.simitra.event.internal.checkin;

import java.time.Instant;

/**
 * The answer to a scanned check-in link.
 *
 * @param alreadyBefore the participant had been checked in before this scan
 */
public record CheckedIn(String name, Instant at, boolean alreadyBefore, java.time.ZoneId zone) {

	/** The time on the venue's clock ("09:02 WIB"). */
	public String clock() {
		return java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(this.at.atZone(this.zone)) + " "
				+ id.simitra.reference.VenueTimeZone.ofZone(this.zone.getId()).name();
	}

}
