package id.simitra.event.internal.checkin;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A participant on the check-in list.
 *
 * @param registrationId its registration
 * @param company whether it is a company
 * @param checkedInAt when it was checked in, if it was
 * @param meetings its meetings that are not cancelled
 * @param version the registration's version, carried by the check-in button
 */
public record Participant(long registrationId, String name, boolean company, @Nullable Instant checkedInAt,
		int meetings, long version) {
}
