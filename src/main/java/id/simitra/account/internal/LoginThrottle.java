package id.simitra.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without ever locking anyone out (docs/accounts.md "Login
 * throttling"):
 * <ul>
 * <li>per account and client address: the first {@value #FREE_FAILURES} consecutive
 * failures are free, after the n-th the pair waits 2^(n-1) seconds (4, 8, 16, ... s) up
 * to {@link #MAX_PAIR_WAIT}; a successful login forgives the pair, a day without failures
 * forgets it. The account's owner from another address is never slowed by an attacker's
 * failures;</li>
 * <li>per client address: {@value #ADDRESS_LIMIT} failures within {@link #ADDRESS_WINDOW}
 * make every login from that address wait {@link #ADDRESS_WAIT}, against one address
 * trying many accounts; except the accounts that logged in from that address within
 * {@link #KNOWN_ADDRESS_MEMORY} (table login_known_address, V41): one attacker behind an
 * office's NAT address must not keep the whole office out. Those still meet their pair's
 * delays.</li>
 * </ul>
 * A login that must wait is turned away before its password is looked at
 * ({@link LoginThrottleFilter}) and does not count as a failure; the login form says how
 * many seconds are left. The state is a PostgreSQL table (V31), so every instance sees
 * the same counts. E-mails are keyed in their canonical form ({@link EmailAddress}), the
 * same form accounts are found by. The client address is {@code request.getRemoteAddr()}:
 * the connection's, or the one a trusted proxy forwarded
 * (server.tomcat.remoteip.internal-proxies).
 */
@Component
public class LoginThrottle {

	static final int FREE_FAILURES = 2;

	static final Duration MAX_PAIR_WAIT = Duration.ofMinutes(15);

	/** A pair's failures are forgotten this long after its last one. */
	static final Duration PAIR_MEMORY = Duration.ofHours(24);

	static final int ADDRESS_LIMIT = 20;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

	static final Duration ADDRESS_WAIT = Duration.ofMinutes(15);

	/**
	 * An account's successful login from an address exempts it from that address's limit
	 * for this long.
	 */
	static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(90);

	/**
	 * Registration: this many "e-mail already registered" answers per address within an
	 * hour, then it waits.
	 */
	static final int REGISTRATION_LIMIT = 10;

	static final Duration REGISTRATION_WINDOW = Duration.ofHours(1);

	/**
	 * "Forgot password" requests and reset-code attempts: this many per client address
	 * within an hour, then that address waits until the hour is over.
	 */
	static final int RECOVERY_ADDRESS_LIMIT = 10;

	/**
	 * Reset mails to one address: at most this many per hour, whoever asks (further
	 * requests get the same answer and send nothing), so the form cannot flood a mailbox.
	 */
	static final int RESET_MAIL_LIMIT = 3;

	static final Duration RECOVERY_WINDOW = Duration.ofHours(1);

	/**
	 * Wrong second-factor codes of one account within 15 minutes before the half-done
	 * login is dropped (the password must be typed again, and meets its own delays).
	 */
	static final int SECOND_FACTOR_LIMIT = 5;

	static final Duration SECOND_FACTOR_WINDOW = Duration.ofMinutes(15);

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.MIN);

	public LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How long a login for this e-mail from this address must still wait; empty when it
	 * may try now.
	 */
	public Optional<Duration> waitFor(String email, String address) {
		Instant now = clock.instant();
		// The address's wait counts only for accounts that have not logged in from it
		// within KNOWN_ADDRESS_MEMORY.
		Instant until = jdbc.sql("""
				select max(wait_until) from login_throttle
				where (scope = 'PAIR' and key = :pair)
				   or (scope = 'ADDRESS' and key = :address and not exists (
				           select 1 from login_known_address k
				           where k.email = :email and k.address = :address and k.last_login > :knownSince))
				""")
			.param("pair", pairKey(email, address))
			.param("address", addressKey(address))
			.param("email", emailKey(email))
			.param("knownSince", Timestamp.from(now.minus(KNOWN_ADDRESS_MEMORY)))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/** A wrong password (or an unknown e-mail) for this e-mail from this address. */
	public void failed(String email, @Nullable String address) {
		Instant now = clock.instant();
		int pairFailures = count("PAIR", pairKey(email, address), now, PAIR_MEMORY, true);
		if (pairFailures > FREE_FAILURES) {
			waitUntil("PAIR", pairKey(email, address), now.plus(pairWait(pairFailures)));
		}
		int addressFailures = count("ADDRESS", addressKey(address), now, ADDRESS_WINDOW, false);
		if (addressFailures >= ADDRESS_LIMIT) {
			waitUntil("ADDRESS", addressKey(address), now.plus(ADDRESS_WAIT));
			jdbc.sql("update login_throttle set failures = 0, window_start = ? where scope = 'ADDRESS' and key = ?")
				.params(Timestamp.from(now), addressKey(address))
				.update();
		}
		prune(now);
	}

	/**
	 * The right password: the pair is forgiven. The address keeps its count, or one valid
	 * account would let an attacker reset the address limit at will.
	 */
	public void succeeded(String email, String address) {
		jdbc.sql("delete from login_throttle where scope = 'PAIR' and key = ?").param(pairKey(email, address)).update();
		// A known address of this account from now on (for KNOWN_ADDRESS_MEMORY after its
		// last login there).
		jdbc.sql("""
				insert into login_known_address (email, address, last_login) values (?, ?, ?)
				on conflict (email, address) do update set last_login = excluded.last_login
				""").params(emailKey(email), addressKey(address), Timestamp.from(clock.instant())).update();
	}

	/**
	 * How long registrations from this address must wait before the portal answers
	 * "already registered" again.
	 */
	public Optional<Duration> registrationWait(String address) {
		Instant now = clock.instant();
		return jdbc.sql("select wait_until from login_throttle where scope = 'REGISTRATION' and key = ?")
			.param(addressKey(address))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(now::isBefore)
			.map(until -> Duration.between(now, until));
	}

	/** The portal answered "this e-mail is already registered" to this address. */
	public void registrationOfTakenEmail(String address) {
		Instant now = clock.instant();
		if (count("REGISTRATION", addressKey(address), now, REGISTRATION_WINDOW, false) >= REGISTRATION_LIMIT) {
			Timestamp windowStart = jdbc
				.sql("select window_start from login_throttle where scope = 'REGISTRATION' and key = ?")
				.param(addressKey(address))
				.query(Timestamp.class)
				.single();
			waitUntil("REGISTRATION", addressKey(address), windowStart.toInstant().plus(REGISTRATION_WINDOW));
		}
	}

	/**
	 * How long "forgot password" requests and reset-code attempts from this address must
	 * wait; empty when they may go on.
	 */
	public Optional<Duration> recoveryWait(String address) {
		Instant now = clock.instant();
		return jdbc.sql("select wait_until from login_throttle where scope = 'RESET_ADDRESS' and key = ?")
			.param(addressKey(address))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(now::isBefore)
			.map(until -> Duration.between(now, until));
	}

	/**
	 * A "forgot password" request or a reset-code attempt from this address, counted
	 * whether or not the e-mail exists (so the limit says nothing about accounts).
	 */
	public void recoveryAttempt(String address) {
		limitWithinWindow("RESET_ADDRESS", addressKey(address), RECOVERY_ADDRESS_LIMIT, RECOVERY_WINDOW);
	}

	/**
	 * Counts a reset mail to this e-mail; false when the hour's allowance is used up
	 * (then nothing is sent).
	 */
	public boolean resetMailAllowed(String email) {
		return count("RESET_EMAIL", emailKey(email), clock.instant(), RECOVERY_WINDOW, false) <= RESET_MAIL_LIMIT;
	}

	/**
	 * A wrong second-factor code for this account; true when the limit is reached and the
	 * half-done login must start again.
	 */
	public boolean secondFactorFailed(String email) {
		return count("SECOND_FACTOR", emailKey(email), clock.instant(), SECOND_FACTOR_WINDOW,
				false) >= SECOND_FACTOR_LIMIT;
	}

	public void secondFactorSucceeded(String email) {
		jdbc.sql("delete from login_throttle where scope = 'SECOND_FACTOR' and key = ?")
			.param(emailKey(email))
			.update();
	}

	/**
	 * Adds one to a fixed-window count; at the limit the key waits until its window is
	 * over.
	 */
	private void limitWithinWindow(String scope, String key, int limit, Duration window) {
		Instant now = clock.instant();
		if (count(scope, key, now, window, false) >= limit) {
			Timestamp windowStart = jdbc.sql("select window_start from login_throttle where scope = ? and key = ?")
				.params(scope, key)
				.query(Timestamp.class)
				.single();
			waitUntil(scope, key, windowStart.toInstant().plus(window));
		}
	}

	/**
	 * 2^(n-1) seconds after the n-th consecutive failure (n > FREE_FAILURES), at most
	 * MAX_PAIR_WAIT.
	 */
	static Duration pairWait(int failures) {
		if (failures <= FREE_FAILURES) {
			return Duration.ZERO;
		}
		int exponent = Math.min(failures - 1, 20);
		Duration wait = Duration.ofSeconds(1L << exponent);
		return wait.compareTo(MAX_PAIR_WAIT) > 0 ? MAX_PAIR_WAIT : wait;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String address = addressOf(event.getAuthentication());
		if (address != null) {
			succeeded(event.getAuthentication().getName(), address);
		}
	}

	/**
	 * Adds one to the row's count and returns it. {@code sliding}: the count restarts
	 * when the last failure is older than {@code memory} (consecutive failures of a
	 * pair); otherwise when the window that began with the first counted failure is over
	 * (fixed windows of an address).
	 */
	private int count(String scope, String key, Instant now, Duration memory, boolean sliding) {
		Timestamp at = Timestamp.from(now);
		Timestamp forgetBefore = Timestamp.from(now.minus(memory));
		String restart = sliding ? "login_throttle.last_failure <= :forget" : "login_throttle.window_start <= :forget";
		return jdbc.sql("""
				insert into login_throttle (scope, key, failures, window_start, last_failure)
				values (:scope, :key, 1, :now, :now)
				on conflict (scope, key) do update set
				    failures = case when %1$s then 1 else login_throttle.failures + 1 end,
				    window_start = case when %1$s then :now else login_throttle.window_start end,
				    last_failure = :now
				returning failures
				""".formatted(restart))
			.param("scope", scope)
			.param("key", key)
			.param("now", at)
			.param("forget", forgetBefore)
			.query(Integer.class)
			.single();
	}

	private void waitUntil(String scope, String key, Instant until) {
		jdbc.sql(
				"update login_throttle set wait_until = greatest(coalesce(wait_until, ?), ?) where scope = ? and key = ?")
			.params(Timestamp.from(until), Timestamp.from(until), scope, key)
			.update();
	}

	/** Rows with nothing left to remember go, at most every ten minutes per instance. */
	private void prune(Instant now) {
		Instant last = Objects.requireNonNull(lastPrune.get(), "starts at Instant.MIN");
		if (last.plus(PRUNE_EVERY).isAfter(now) || !lastPrune.compareAndSet(last, now)) {
			return;
		}
		jdbc.sql("delete from login_throttle where last_failure < ? and (wait_until is null or wait_until < ?)")
			.params(Timestamp.from(now.minus(PAIR_MEMORY)), Timestamp.from(now))
			.update();
		jdbc.sql("delete from login_known_address where last_login <= ?")
			.param(Timestamp.from(now.minus(KNOWN_ADDRESS_MEMORY)))
			.update();
	}

	/**
	 * Cut to fit the column: no account has an e-mail that long (254 at most), so nothing
	 * is merged that matters.
	 */
	private static String pairKey(String email, @Nullable String address) {
		return emailKey(email) + " " + addressKey(address);
	}

	private static String emailKey(String email) {
		String canonical = EmailAddress.canonical(email);
		return canonical == null ? "" : canonical.length() > 300 ? canonical.substring(0, 300) : canonical;
	}

	private static String addressKey(@Nullable String address) {
		return address == null ? "" : address.length() > 90 ? address.substring(0, 90) : address;
	}

	private static @Nullable String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
