package id.simitra.platform;

/**
 * The record changed state since the person looked at it (e.g. a proposal already
 * answered).
 */
public class ConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message) {
		super(message);
	}

}
