package id.simitra.shortlist.internal;

/**
 * The company has as many lists as allowed: one more would make the storefront's picker
 * useless.
 */
public class TooManyShortlistsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TooManyShortlistsException() {
		super("Too many shortlists");
	}

}
