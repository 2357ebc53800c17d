package id.simitra.event;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer invited companies and UMKM to a business-matching event (issue 14); the
 * notification module tells each company's members and each UMKM's owner, in the portal
 * and by e-mail. Only the newly invited are listed (an invitation is made once).
 *
 * @param eventId the event
 * @param eventName its name
 * @param eventDate its day
 * @param companyIds the companies newly invited
 * @param umkmIds the UMKM newly invited
 */
public record ParticipantsInvited(long eventId, String eventName, LocalDate eventDate, List<Long> companyIds,
		List<Long> umkmIds) {

	public ParticipantsInvited {
		companyIds = List.copyOf(companyIds);
		umkmIds = List.copyOf(umkmIds);
	}

}
