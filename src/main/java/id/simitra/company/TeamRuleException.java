package id.simitra.company;

import id.simitra.platform.ConflictException;

/**
 * A team change the rules refuse (the last admin leaving, an invitation already used, an
 * account that already works for a company). {@code messageKey} says why in the person's
 * language; a page catches it and shows it, anything else answers 409.
 */
public class TeamRuleException extends ConflictException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public TeamRuleException(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
