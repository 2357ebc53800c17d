package id.simitra.event.internal.setup;

import java.time.LocalDate;

/**
 * An event in a list (officer's events, public upcoming events).
 *
 * @param id the event
 * @param name its name
 * @param regencyName where
 * @param eventDate when
 * @param status where it stands
 * @param registrations registrations of any status
 */
public record EventRow(long id, String name, String regencyName, LocalDate eventDate, String status,
		long registrations) {

}
