package id.simitra.shortlist;

/** The company has as many lists as allowed: one more would make the storefront's picker useless. */
class TooManyShortlistsException extends RuntimeException {

	TooManyShortlistsException() {
		super("Too many shortlists");
	}

}
