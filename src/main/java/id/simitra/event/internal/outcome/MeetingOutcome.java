package id.simitra.event.internal.outcome;

import java.util.List;

/**
 * What a side says came of a meeting (event_meeting.company_outcome / umkm_outcome). The
 * company may also invite the UMKM to offer or propose a partnership, which opens those
 * flows with the meeting linked; the UMKM only says whether it fits.
 */
public enum MeetingOutcome {

	NOT_FIT, INTERESTED, INVITE_OFFER, PROPOSE;

	/** The choices of the company's side. */
	public static final List<MeetingOutcome> COMPANY = List.of(values());

	/** The choices of the UMKM's side. */
	public static final List<MeetingOutcome> UMKM = List.of(NOT_FIT, INTERESTED);

	public String messageKey() {
		return "outcome." + name();
	}

}
