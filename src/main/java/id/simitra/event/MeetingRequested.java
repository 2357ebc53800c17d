package id.simitra.event;

/**
 * A participant asked for a meeting before the day (issue 14); the notification module
 * tells the other side: the UMKM's owner when the company asked, the company's members
 * when the UMKM asked.
 *
 * @param eventId the event
 * @param eventName its name
 * @param needTitle the need the meeting is about
 * @param askerName the company or UMKM that asked
 * @param byCompany the company asked (else the UMKM)
 * @param companyId the need's company
 * @param umkmId the UMKM
 */
public record MeetingRequested(long eventId, String eventName, String needTitle, String askerName, boolean byCompany,
		long companyId, long umkmId) {

}
