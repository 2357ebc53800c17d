package id.simitra.event;

import java.util.List;

/**
 * An officer published the schedule of a business-matching day: every participant can now
 * see its agenda. The notification module tells the companies' members and the UMKM's
 * owners.
 *
 * @param eventId the event
 * @param eventName its name
 * @param companyIds the companies with an approved registration or a meeting
 * @param umkmIds the UMKM with an approved registration or a meeting
 */
public record SchedulePublished(long eventId, String eventName, List<Long> companyIds, List<Long> umkmIds) {

	public SchedulePublished {
		companyIds = List.copyOf(companyIds);
		umkmIds = List.copyOf(umkmIds);
	}

}
