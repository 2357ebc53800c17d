package id.simitra.event;

import java.time.LocalDate;
import java.util.List;

/**
 * The organising officer cancelled a business-matching event (issue 14); the notification
 * module tells the members of every invited or registered company and the owner of every
 * invited or registered UMKM, with the reason.
 *
 * @param eventId the event
 * @param eventName its name
 * @param eventDate its day at the venue
 * @param reason the officer's reason
 * @param companyIds the companies invited or registered (waiting or approved)
 * @param umkmIds the UMKM invited or registered (waiting or approved)
 */
public record EventCancelled(long eventId, String eventName, LocalDate eventDate, String reason, List<Long> companyIds,
		List<Long> umkmIds) {

	public EventCancelled {
		companyIds = List.copyOf(companyIds);
		umkmIds = List.copyOf(umkmIds);
	}

}
