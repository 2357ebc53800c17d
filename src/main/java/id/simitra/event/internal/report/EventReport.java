package id.simitra.event.internal.report;

import id.simitra.event.internal.EventFacts;
import id.simitra.platform.BarChart;
import id.simitra.platform.PageView;

/**
 * The figures of one event for its organisers (docs/event.md, "Report").
 *
 * @param umkmParticipants UMKM whose registration was approved
 * @param companyParticipants companies whose registration was approved
 * @param bySize UMKM participants by size class
 * @param byRegency UMKM participants by regency (where the UMKM is)
 * @param bySection UMKM participants by KBLI section (an UMKM counts once in each section
 * it registered a KBLI code in)
 * @param meetingStatus meetings by status (held, no-show, planned, cancelled)
 * @param companyOutcomes held meetings by the company's outcome (or not recorded)
 * @param umkmOutcomes held meetings by the UMKM's outcome (or not recorded)
 * @param followUp what came of the meetings, read live
 * @param meetings the meetings with both sides' outcomes, a page at a time
 */
public record EventReport(EventFacts event, long umkmParticipants, long companyParticipants, BarChart bySize,
		BarChart byRegency, BarChart bySection, BarChart meetingStatus, BarChart companyOutcomes, BarChart umkmOutcomes,
		FollowUp followUp, PageView<MeetingRow> meetings) {

	/**
	 * What came of the event's meetings, through the links offer and partnership keep to
	 * them: invitations to offer, offers made on them, partnerships proposed (not drafts)
	 * and of those the ones approved by the Dinas (approved, running or completed), with
	 * their contract values. Read from the published views each time, so a partnership
	 * approved months after the day counts at once.
	 */
	public record FollowUp(long invitations, long offers, long proposed, long approved, long proposedValue,
			long approvedValue) {
	}

}
