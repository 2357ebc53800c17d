package id.simitra.event.internal.scheduling;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * A meeting as the officer's schedule grid and its move form show it.
 *
 * @param score the match score when it was scheduled
 * @param requested both sides asked for it
 * @param locked the officer fixed it: re-running the scheduler keeps it in place
 * @param version the row's version, carried by the move and lock forms
 */
public record GridMeeting(long id, long slotId, LocalTime startsAt, LocalTime endsAt, int table, long needId,
		String needTitle, long companyId, String companyName, long umkmId, String umkmName, BigDecimal score,
		boolean requested, boolean locked, String status, long version) {

	/** The score as a whole number for the grid. */
	public long roundScore() {
		return Math.round(this.score.doubleValue());
	}

}
