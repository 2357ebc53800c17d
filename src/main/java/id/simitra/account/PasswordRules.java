package id.simitra.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * Password rules for every form that sets a password (registration, new officer, the first administrator), in
 * this order (docs/accounts.md "Passwords"):
 * <ol>
 * <li>8 to 128 characters (Unicode characters, not bytes: hashes are Argon2id, which reads the whole password)
 * with a letter and a digit;</li>
 * <li>not one of the 10,000 most common passwords (security/common-passwords.txt), ignoring case;</li>
 * <li>not containing the e-mail's name part (before the "@", when it has 3 characters or more) nor any piece of
 * it of 4 characters or more (split at ".", "-", "_", "+"), ignoring case.</li>
 * </ol>
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load("security/common-passwords.txt");

	private PasswordRules() {
	}

	/** The message key for a password that breaks the rules, or null when it is acceptable. */
	public static String problem(String password, String email) {
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
		String lower = EmailAddress.canonical(password);
		if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || COMMON.contains(lower)) {
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

	static int commonPasswordCount() {
		return COMMON.size();
	}

	private static boolean containsNamePart(String password, String localPart) {
		if (localPart.length() >= 3 && password.contains(localPart)) {
			return true;
		}
		for (String piece : localPart.split("[.\\-_+]")) {
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
