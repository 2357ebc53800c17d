package id.simitra.account.internal;

public class EmailTakenException extends RuntimeException {

	public EmailTakenException(String email) {
		super("E-mail already registered: " + email);
	}

}
