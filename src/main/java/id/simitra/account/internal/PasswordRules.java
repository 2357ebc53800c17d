package id.simitra.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import id.simitra.account.AccountService;

/**
 * Password rules for every form that sets a password (registration, new officer, the
 * first administrator), in this order (docs/accounts.md "Passwords"):
 * <ol>
 * <li>8 to 128 characters (Unicode characters, not bytes: hashes are Argon2id, which
 * reads the whole password) with a letter and a digit;</li>
 * <li>not a common password, ignoring case: not one of the 10,000 most common passwords
 * (security/common-passwords.txt), and its <em>base</em> not one of those nor of the
 * hand-written Indonesian words (security/common-passwords-id.txt). The base is what is
 * left after stripping digits and symbols from either end (every way of doing so), with
 * the usual look-alikes read as letters (@ and 4 as a, 0 as o, 1 as i or l, 3 as e, 5 and
 * $ as s, 7 as t): "P@ssw0rd2024!", "Indonesia123" and "123sayang" are common; a phrase
 * of several words is not, even if each word is;</li>
 * <li>not containing the e-mail's name part (before the "@", when it has 3 characters or
 * more) nor any piece of it of 4 characters or more (split at ".", "-", "_", "+"),
 * ignoring case.</li>
 * </ol>
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load("security/common-passwords.txt");

	private static final Set<String> INDONESIAN = load("security/common-passwords-id.txt");

	private PasswordRules() {
	}

	/**
	 * The message key for a password that breaks the rules, or null when it is
	 * acceptable.
	 */
	public static @Nullable String problem(String password, @Nullable String email) {
		String shapeProblem = shapeProblem(password);
		if (shapeProblem != null) {
			return shapeProblem;
		}
		String lower = EmailAddress.canonical(password);
		if (hasCommonBase(password.toLowerCase(Locale.ROOT)) || hasCommonBase(lower)) {
			return "validation.passwordCommon";
		}
		if (email != null && containsNamePart(lower, EmailAddress.localPart(email))) {
			return "validation.passwordContainsEmail";
		}
		return null;
	}

	public static boolean isAcceptable(String password, String email) {
		return problem(password, email) == null;
	}

	/**
	 * The minimum every stored password meets (AccountService.create's safety net): the
	 * length, a letter and a digit, and not exactly one of the 10,000 common passwords.
	 * The stronger rules above are for passwords people choose on the forms; the demo
	 * data and test fixtures keep their published passwords (Admin12345).
	 */
	public static @Nullable String minimumProblem(String password) {
		String shapeProblem = shapeProblem(password);
		if (shapeProblem != null) {
			return shapeProblem;
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || COMMON.contains(EmailAddress.canonical(password))) {
			return "validation.passwordCommon";
		}
		return null;
	}

	/**
	 * Length in characters (not bytes), a letter and a digit: the rules every password
	 * meets.
	 */
	private static @Nullable String shapeProblem(String password) {
		if (password == null) {
			return "validation.password";
		}
		int length = password.codePointCount(0, password.length());
		if (length > MAX_LENGTH) {
			return "validation.passwordTooLong";
		}
		if (length < MIN_LENGTH || password.chars().noneMatch(Character::isLetter)
				|| password.chars().noneMatch(Character::isDigit)) {
			return "validation.password";
		}
		return null;
	}

	public static int commonPasswordCount() {
		return COMMON.size();
	}

	public static int indonesianWordCount() {
		return INDONESIAN.size();
	}

	/**
	 * Whether the (lower-case) password, or its base with any run of digits and symbols
	 * cut from its start and end, read with look-alike letters or not, is a common
	 * password or word. At most 129 x 129 cuts of a 128-character password, each a few
	 * set look-ups: cheap next to the Argon2id hash.
	 */
	static boolean hasCommonBase(String lower) {
		int[] cps = lower.codePoints().toArray();
		int lead = 0;
		while (lead < cps.length && !Character.isLetter(cps[lead])) {
			lead++;
		}
		int trail = 0;
		while (trail < cps.length - lead && !Character.isLetter(cps[cps.length - 1 - trail])) {
			trail++;
		}
		for (int from = 0; from <= lead; from++) {
			for (int cut = 0; cut <= trail; cut++) {
				if (cps.length - cut - from <= 0) {
					continue;
				}
				String core = new String(cps, from, cps.length - cut - from);
				if (isCommonWord(core) || isCommonWord(lookAlikes(core, 'i')) || isCommonWord(lookAlikes(core, 'l'))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isCommonWord(String word) {
		return COMMON.contains(word) || INDONESIAN.contains(word);
	}

	/**
	 * Digits and symbols people write for letters, read back as letters; "1" as
	 * {@code one}.
	 */
	private static String lookAlikes(String word, char one) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			out.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1' -> one;
				case '3' -> 'e';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return out.toString();
	}

	private static boolean containsNamePart(String password, String localPart) {
		if (localPart.length() >= 3 && password.contains(localPart)) {
			return true;
		}
		// -1 keeps trailing empty pieces; they are too short to count anyway
		for (String piece : localPart.split("[.\\-_+]", -1)) {
			if (piece.length() >= 4 && password.contains(piece)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>(16_384);
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common password list " + resource + " is missing", ex);
		}
		return Set.copyOf(words);
	}

}
