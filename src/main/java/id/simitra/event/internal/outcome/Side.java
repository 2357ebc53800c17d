package id.simitra.event.internal.outcome;

import java.util.List;

/**
 * The two sides of a meeting, each with its own columns of event_meeting and its own
 * choices.
 */
public enum Side {

	COMPANY("company"), UMKM("umkm");

	private final String column;

	Side(String column) {
		this.column = column;
	}

	/** The prefix of this side's columns (company_outcome, company_note...). */
	String column() {
		return this.column;
	}

	public List<MeetingOutcome> choices() {
		return this == COMPANY ? MeetingOutcome.COMPANY : MeetingOutcome.UMKM;
	}

}
