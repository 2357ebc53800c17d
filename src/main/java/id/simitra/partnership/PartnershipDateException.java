package id.simitra.partnership;

import java.time.LocalDate;

/**
 * A lifecycle step refused by a date rule of the contract (issue 16): starting before the
 * contract's start date without saying why, or completing before it. Carries the message
 * key and the start date for the form that shows it.
 */
public class PartnershipDateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final LocalDate startDate;

	PartnershipDateException(String messageKey, LocalDate startDate) {
		super(messageKey + " (contract starts " + startDate + ")");
		this.messageKey = messageKey;
		this.startDate = startDate;
	}

	public String messageKey() {
		return messageKey;
	}

	public LocalDate startDate() {
		return startDate;
	}

}
