package id.simitra.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: 5 failed logins for one account within 15 minutes lock that account's logins for
 * 15 minutes, 20 failures from one client address within 15 minutes lock logins from that address for 15 minutes.
 * Counts come from Spring Security's authentication events; {@link LoginThrottleFilter} refuses before the password
 * is checked, so a locked account cannot be opened even with the right password.
 * <p>
 * Kept in memory, per instance: a restart forgets the counts, and behind several instances each counts on its own
 * (an attacker gets at most the limits times the number of instances). The client address is
 * {@code request.getRemoteAddr()}, i.e. the proxy's unless the server trusts forwarded headers
 * ({@code server.forward-headers-strategy}).
 */
@Component
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	/** Above this many tracked keys, expired ones are dropped, so spraying made-up e-mails cannot fill memory. */
	private static final int PRUNE_ABOVE = 10_000;

	private final Clock clock;

	private final Map<String, Counter> accounts = new ConcurrentHashMap<>();

	private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether a login for this e-mail from this address must be refused now. */
	public boolean isLocked(String email, String address) {
		Instant now = clock.instant();
		return locked(accounts, key(email), now) || locked(addresses, address, now);
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		record(accounts, key(event.getAuthentication().getName()), ACCOUNT_LIMIT, now);
		String address = addressOf(event.getAuthentication());
		if (address != null) {
			record(addresses, address, ADDRESS_LIMIT, now);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		// The account's own failures are forgiven; the address keeps its count, or one valid account would let
		// an attacker reset the address limit at will.
		accounts.remove(key(event.getAuthentication().getName()));
	}

	private static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	static String key(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean locked(Map<String, Counter> counters, String key, Instant now) {
		if (key == null) {
			return false;
		}
		Counter counter = counters.get(key);
		return counter != null && counter.lockedAt(now);
	}

	private static void record(Map<String, Counter> counters, String key, int limit, Instant now) {
		if (counters.size() > PRUNE_ABOVE) {
			counters.values().removeIf(c -> c.expiredAt(now));
		}
		counters.computeIfAbsent(key, k -> new Counter()).fail(now, limit);
	}

	private static final class Counter {

		private final Deque<Instant> failures = new ArrayDeque<>();

		private Instant lockedUntil = Instant.MIN;

		synchronized void fail(Instant now, int limit) {
			forgetOld(now);
			failures.addLast(now);
			if (failures.size() >= limit) {
				lockedUntil = now.plus(LOCK);
				failures.clear();
			}
		}

		synchronized boolean lockedAt(Instant now) {
			return now.isBefore(lockedUntil);
		}

		synchronized boolean expiredAt(Instant now) {
			forgetOld(now);
			return failures.isEmpty() && !now.isBefore(lockedUntil);
		}

		private void forgetOld(Instant now) {
			Instant from = now.minus(WINDOW);
			while (!failures.isEmpty() && !failures.peekFirst().isAfter(from)) {
				failures.removeFirst();
			}
		}

	}

}
