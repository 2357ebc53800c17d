package id.simitra.shortlist.internal;

/** The company has as many lists as allowed: one more would make the storefront's picker useless. */
public class TooManyShortlistsException extends RuntimeException {

	public TooManyShortlistsException() {
		super("Too many shortlists");
	}

}
