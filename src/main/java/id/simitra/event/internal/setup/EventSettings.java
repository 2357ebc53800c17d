package id.simitra.event.internal.setup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an officer sets for an event, parsed but not yet checked against the rules
 * ({@link EventSetupService#problems}).
 *
 * @param name the event's name
 * @param description what it is about, for the public page
 * @param regencyCode the venue's regency (its province organises the event)
 * @param venue the venue's address
 * @param eventDate the day, in the venue's zone
 * @param sessions the matchmaking sessions, in the order typed
 * @param meetingMinutes the length of one meeting
 * @param breakMinutes the pause between two meetings at a table
 * @param tableCount tables at the venue
 * @param maxMeetingsPerUmkm K: at most this many meetings per UMKM, so that more UMKM
 * meet someone
 * @param registrationOpens first day of registration
 * @param registrationCloses last day of registration
 * @param approvalRequired whether an officer approves each UMKM's registration
 */
public record EventSettings(String name, @Nullable String description, String regencyCode, String venue,
		LocalDate eventDate, List<SessionTime> sessions, int meetingMinutes, int breakMinutes, int tableCount,
		int maxMeetingsPerUmkm, LocalDate registrationOpens, LocalDate registrationCloses, boolean approvalRequired) {

	public EventSettings {
		sessions = List.copyOf(sessions);
	}

	/**
	 * The slots of a session: meetings of the set length, the break apart, as many as fit
	 * before the session ends.
	 */
	public List<SessionTime> slots(SessionTime session) {
		List<SessionTime> slots = new ArrayList<>();
		LocalTime start = session.starts();
		// LocalTime wraps at midnight: stop when the end would pass the session's end or
		// wrap
		while (true) {
			LocalTime end = start.plusMinutes(this.meetingMinutes);
			if (end.isAfter(session.ends()) || end.isBefore(start)) {
				break;
			}
			slots.add(new SessionTime(start, end));
			LocalTime next = end.plusMinutes(this.breakMinutes);
			if (next.isBefore(end) || !next.isBefore(session.ends())) {
				break;
			}
			start = next;
		}
		return slots;
	}

	/** Slots in the whole day. */
	public int slotCount() {
		return this.sessions.stream().mapToInt(s -> slots(s).size()).sum();
	}

}
