package id.simitra.account.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The one canonical form of an e-mail address, used to store accounts, to find them at
 * login and registration, and to key the login and registration throttles
 * (docs/accounts.md "E-mail addresses"). Before it, accounts were found with SQL
 * {@code lower()} while the throttle used Java's lower case: the two disagree on some
 * letters (U+0130 "İ" is "i" in PostgreSQL, "i" + U+0307 in Java), and an attacker
 * writing the address that way got fresh guesses.
 * <ol>
 * <li>strip surrounding white space;</li>
 * <li>NFKC: compatibility forms become the plain letter (full-width "ｓｉｔｉ" is "siti", the
 * Kelvin sign is "K");</li>
 * <li>{@code toLowerCase(Locale.ROOT)}: never the server's locale (a Turkish locale would
 * turn "I" into "ı");</li>
 * <li>"i" + U+0307 (what "İ" lower-cases to) becomes "i", so "SİTİ" is "siti" as people
 * who type it mean and as PostgreSQL always read it;</li>
 * <li>NFKC again, for the few letters whose lower case is not composed.</li>
 * </ol>
 * Domain names are case-insensitive; local parts in theory are not, but no mail provider
 * the portal's users have treats them so, and one person must not get two accounts by
 * typing a capital.
 */
public final class EmailAddress {

	private EmailAddress() {
	}

	/** The canonical form; null stays null. */
	@Contract("!null -> !null")
	public static @Nullable String canonical(@Nullable String email) {
		if (email == null) {
			return null;
		}
		String s = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return Normalizer.normalize(s.replace("i\u0307", "i"), Normalizer.Form.NFKC);
	}

	/**
	 * The part before the last "@" (the whole value when there is none), in canonical
	 * form.
	 */
	public static String localPart(@Nullable String email) {
		String c = canonical(email);
		if (c == null) {
			return "";
		}
		int at = c.lastIndexOf('@');
		return at < 0 ? c : c.substring(0, at);
	}

}
