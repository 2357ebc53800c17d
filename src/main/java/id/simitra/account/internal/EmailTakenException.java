package id.simitra.account.internal;

public class EmailTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EmailTakenException(String email) {
		super("E-mail already registered: " + email);
	}

}
