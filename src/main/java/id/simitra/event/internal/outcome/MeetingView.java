package id.simitra.event.internal.outcome;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.VenueTimeZone;

/**
 * One meeting as its two sides see it on the outcome pages: when and where, with whom
 * about which need, each side's outcome and note, and what followed from it (an
 * invitation to offer, a partnership proposed from it).
 *
 * @param started whether its slot has started (venue time): outcomes may be recorded from
 * then on
 * @param version the row's version, carried by the form (a stale form is 409)
 * @param invited an invitation to offer names this meeting
 * @param partnershipId a partnership proposed from this meeting (not a draft), if any
 */
public record MeetingView(long id, long eventId, String eventName, LocalDate eventDate, ZoneId zone, LocalTime startsAt,
		LocalTime endsAt, int table, long needId, String needTitle, long companyId, String companyName, long umkmId,
		String umkmName, String status, @Nullable MeetingOutcome companyOutcome, @Nullable String companyNote,
		@Nullable MeetingOutcome umkmOutcome, @Nullable String umkmNote, long version, boolean started, boolean invited,
		@Nullable Long partnershipId) {

	/** WIB, WITA or WIT: the venue's clock, as on the agenda. */
	public String zoneName() {
		return VenueTimeZone.ofZone(this.zone.getId()).name();
	}

	/** Whether the meeting took place or may still (not cancelled, not missed). */
	public boolean open() {
		return "PLANNED".equals(this.status) || "HELD".equals(this.status);
	}

	public @Nullable MeetingOutcome outcomeOf(Side side) {
		return side == Side.COMPANY ? this.companyOutcome : this.umkmOutcome;
	}

	public @Nullable String noteOf(Side side) {
		return side == Side.COMPANY ? this.companyNote : this.umkmNote;
	}

}
