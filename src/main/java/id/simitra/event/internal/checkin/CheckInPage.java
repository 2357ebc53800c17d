package id.simitra.event.internal.checkin;

import java.util.List;

import id.simitra.event.internal.EventFacts;
import id.simitra.reference.VenueTimeZone;

/**
 * The organisers' check-in page: the participants (filtered by name), how many are in,
 * and the tables that run late.
 *
 * @param shownLimit whether the list stops at {@link CheckInService#LIST_LIMIT} (a search
 * narrows it)
 */
public record CheckInPage(EventFacts event, String query, List<Participant> participants, boolean shownLimit,
		int checkedIn, int total, List<LateMeeting> late) {

	public String zoneName() {
		return VenueTimeZone.ofZone(this.event.zone().getId()).name();
	}

	/** A check-in time on the venue's clock ("09:02 WIB"). */
	public String clock(java.time.Instant at) {
		return java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(this.event.zone())) + " "
				+ zoneName();
	}

}
