package id.simitra.event.internal.checkin;

import java.time.LocalTime;

/**
 * A meeting whose slot has started and that nobody marked held or missed: its table runs
 * late (or the meeting did not take place).
 */
public record LateMeeting(long id, LocalTime startsAt, LocalTime endsAt, int table, String companyName, String umkmName,
		boolean companyCheckedIn, boolean umkmCheckedIn, long version) {
}
