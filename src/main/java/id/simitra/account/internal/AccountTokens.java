package id.simitra.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use secrets for an account (table account_token, V84): the "forgot password"
 * link, the reset code an officer gives by phone, the link that confirms a new e-mail.
 * Only a SHA-256 hash of each secret is stored, so the table alone opens nothing; the
 * secrets carry enough randomness (256 bits for links, 60 for codes, which also expire
 * and allow {@value #CODE_ATTEMPTS} wrong tries) that a plain hash is enough. A secret
 * counts until it expires, is used, or a newer one of the same purpose replaces it.
 */
@Component
public class AccountTokens {

	public enum Purpose {

		RESET_LINK, RESET_CODE, EMAIL_CHANGE

	}

	/** Wrong tries of a reset code before it is void. */
	static final int CODE_ATTEMPTS = 5;

	/**
	 * Letters and digits that cannot be mistaken for each other when read out on the
	 * phone or copied from paper (no 0/O, 1/I/L, U): Crockford's base 32.
	 */
	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int CODE_LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A valid, unused secret: its row id, account and (for EMAIL_CHANGE) new address. */
	public record Token(long id, long accountId, @Nullable String newEmail) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	public AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new link secret (43 URL-safe characters); earlier unused ones of the purpose are
	 * void.
	 */
	public String issueLink(long accountId, Purpose purpose, Duration lifetime, @Nullable String newEmail) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store(accountId, purpose, secret, lifetime, newEmail, null);
		return secret;
	}

	/**
	 * A new reset code, "ABCD-EFGH-JKMN", given by {@code issuedBy}; an earlier unused
	 * code is void.
	 */
	public String issueCode(long accountId, Duration lifetime, long issuedBy) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		store(accountId, Purpose.RESET_CODE, normalizeCode(code.toString()), lifetime, null, issuedBy);
		return code.toString();
	}

	/** The valid token this link secret stands for. */
	public Optional<Token> findLink(Purpose purpose, @Nullable String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, account_id, new_email from account_token
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
				""")
			.params(hash(secret), purpose.name(), Timestamp.from(clock.instant()))
			.query((rs, n) -> new Token(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	/**
	 * Whether this code is the account's valid reset code. A wrong code counts against
	 * the account's current code, which is void after {@value #CODE_ATTEMPTS} wrong
	 * tries.
	 */
	public Optional<Token> checkCode(long accountId, @Nullable String typed) {
		Timestamp now = Timestamp.from(clock.instant());
		String code = typed == null ? "" : normalizeCode(typed);
		Optional<Token> found = code.length() != CODE_LENGTH ? Optional.empty()
				: jdbc.sql("""
						select id, account_id, new_email from account_token
						where token_hash = ? and account_id = ? and purpose = 'RESET_CODE' and used_at is null
						  and expires_at > ? and failed_attempts < ?
						""")
					.params(hash(code), accountId, now, CODE_ATTEMPTS)
					.query((rs, n) -> new Token(rs.getLong(1), rs.getLong(2), rs.getString(3)))
					.optional();
		if (found.isEmpty()) {
			jdbc.sql("""
					update account_token set failed_attempts = failed_attempts + 1
					where account_id = ? and purpose = 'RESET_CODE' and used_at is null and expires_at > ?
					""").params(accountId, now).update();
		}
		return found;
	}

	/**
	 * Marks the token used; false if it was used meanwhile (two tabs, a double click):
	 * then nothing may happen.
	 */
	public boolean use(Token token) {
		return jdbc.sql("update account_token set used_at = ? where id = ? and used_at is null")
			.params(Timestamp.from(clock.instant()), token.id())
			.update() == 1;
	}

	/**
	 * Voids every unused secret of these purposes (after a reset, the other links and
	 * codes must not work).
	 */
	public void voidAll(long accountId, Purpose... purposes) {
		for (Purpose purpose : purposes) {
			jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
				.params(Timestamp.from(clock.instant()), accountId, purpose.name())
				.update();
		}
	}

	private void store(long accountId, Purpose purpose, String secret, Duration lifetime, @Nullable String newEmail,
			@Nullable Long issuedBy) {
		voidAll(accountId, purpose);
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into account_token (account_id, purpose, token_hash, new_email, issued_by, created_at, expires_at)
						values (?, ?, ?, ?, ?, ?, ?)
						""")
			.param(accountId)
			.param(purpose.name())
			.param(hash(secret))
			.param(newEmail)
			.param(issuedBy)
			.param(Timestamp.from(now))
			.param(Timestamp.from(now.plus(lifetime)))
			.update();
	}

	/**
	 * Upper case without dashes or spaces, and the look-alikes people type read as the
	 * code's letters.
	 */
	static String normalizeCode(String typed) {
		StringBuilder code = new StringBuilder();
		for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			switch (c) {
				case 'O' -> code.append('0');
				case 'I', 'L' -> code.append('1');
				case '-', ' ' -> {
				}
				default -> code.append(c);
			}
		}
		return code.toString();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
