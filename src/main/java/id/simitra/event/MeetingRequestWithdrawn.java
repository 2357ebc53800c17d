package id.simitra.event;

/**
 * The side that asked for a meeting took its waiting request back (issue 14); the
 * notification module tells the other side, which had it to answer.
 *
 * @param eventId the event
 * @param eventName its name
 * @param needTitle the need the meeting was about
 * @param askerName the company or UMKM that had asked
 * @param byCompany the company had asked (so the UMKM is told)
 * @param companyId the need's company
 * @param umkmId the UMKM
 */
public record MeetingRequestWithdrawn(long eventId, String eventName, String needTitle, String askerName,
		boolean byCompany, long companyId, long umkmId) {

}
