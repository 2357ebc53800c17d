package id.simitra.shortlist.internal;

/**
 * The company already has a list with this name (names are unique per company, ignoring
 * case).
 */
public class ShortlistNameTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ShortlistNameTakenException(String name) {
		super("Shortlist name taken: " + name);
	}

}
