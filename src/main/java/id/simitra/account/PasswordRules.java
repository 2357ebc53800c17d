package id.simitra.account;

import java.nio.charset.StandardCharsets;

/** Password rules shown on the registration form: at least 8 characters with a letter and a digit. */
public final class PasswordRules {

	public static final int MIN_LENGTH = 8;

	/**
	 * bcrypt reads at most 72 bytes and Spring Security refuses longer input outright, so the limit is on the UTF-8
	 * bytes: 40 accented letters are 80 bytes although the field counts 40 characters.
	 */
	public static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	public static boolean isAcceptable(String password) {
		return password != null && password.length() >= MIN_LENGTH && !tooLong(password)
				&& password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
	}

	public static boolean tooLong(String password) {
		return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	/** The message key for a password that breaks the rules, or null when it is acceptable. */
	public static String problem(String password) {
		if (isAcceptable(password)) {
			return null;
		}
		return tooLong(password) ? "validation.passwordTooLong" : "validation.password";
	}

}
