package id.simitra.offer;

/**
 * Whether an invitation to offer may say it came from a business-matching meeting (issue
 * 14): the company's form carries the meeting's id, and the event module, which owns
 * meetings, answers. Implemented by the event module (which depends on this one), so
 * offer neither reads event tables nor depends on event, as {@code umkm.UmkmPartners} is
 * answered by partnership.
 */
public interface MeetingLink {

	/**
	 * True when the meeting is this company's meeting with this UMKM about this need and
	 * it was not cancelled or missed.
	 */
	boolean isMeetingOf(long meetingId, long companyId, long needId, long umkmId);

}
