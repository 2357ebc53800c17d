package id.simitra.shortlist;

/** The company already has a list with this name (names are unique per company, ignoring case). */
class ShortlistNameTakenException extends RuntimeException {

	ShortlistNameTakenException(String name) {
		super("Shortlist name taken: " + name);
	}

}
