package id.simitra.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A participant withdrew from an event after its schedule was published, and its meetings
 * were cancelled (issue 14); the notification module tells the partner of each cancelled
 * meeting (the company's members or the UMKM's owner).
 *
 * @param eventId the event
 * @param eventName its name
 * @param withdrawnName the company or UMKM that withdrew
 * @param partners the other side of each cancelled meeting
 */
public record MeetingsCancelled(long eventId, String eventName, String withdrawnName, List<Partner> partners) {

	public MeetingsCancelled {
		partners = List.copyOf(partners);
	}

	/**
	 * The other side of a cancelled meeting: a company or an UMKM.
	 *
	 * @param companyId the company (when the UMKM withdrew)
	 * @param umkmId the UMKM (when the company withdrew)
	 * @param needTitle the need the meeting was about
	 */
	public record Partner(@Nullable Long companyId, @Nullable Long umkmId, String needTitle) {

	}

}
