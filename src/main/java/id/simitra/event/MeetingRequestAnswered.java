package id.simitra.event;

/**
 * The other side accepted or declined a meeting request (issue 14); the notification
 * module tells the side that asked (the company's members or the UMKM's owner).
 *
 * @param eventId the event
 * @param eventName its name
 * @param needTitle the need the meeting is about
 * @param answererName the company or UMKM that answered
 * @param accepted accepted (else declined)
 * @param byCompany the company had asked (so the UMKM answered)
 * @param companyId the need's company
 * @param umkmId the UMKM
 */
public record MeetingRequestAnswered(long eventId, String eventName, String needTitle, String answererName,
		boolean accepted, boolean byCompany, long companyId, long umkmId) {

}
