package id.simitra.account;

/** Password rules shown on the registration form: at least 8 characters with a letter and a digit. */
public final class PasswordRules {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 72;

	private PasswordRules() {
	}

	public static boolean isAcceptable(String password) {
		return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
				&& password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
	}

}
