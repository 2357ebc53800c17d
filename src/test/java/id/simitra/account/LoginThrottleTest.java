package id.simitra.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's counting and timing, with a clock the test moves. */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			fail("siti@contoh.test", "10.0.0." + i);
			clock.advance(Duration.ofMinutes(3));
		}
		assertThat(throttle.isLocked("siti@contoh.test", "10.0.9.9")).isFalse();
		fail("siti@contoh.test", "10.0.0.5");
		// Any address, any spelling of the e-mail: the account is locked.
		assertThat(throttle.isLocked("siti@contoh.test", "10.0.9.9")).isTrue();
		assertThat(throttle.isLocked(" Siti@Contoh.TEST ", "10.0.9.9")).isTrue();
		assertThat(throttle.isLocked("budi@contoh.test", "10.0.9.9")).isFalse();
		clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		assertThat(throttle.isLocked("siti@contoh.test", "10.0.9.9")).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.isLocked("siti@contoh.test", "10.0.9.9")).isFalse();
	}

	@Test
	void failuresOlderThanFifteenMinutesDoNotCount() {
		for (int i = 0; i < 4; i++) {
			fail("siti@contoh.test", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(15));
		fail("siti@contoh.test", "10.0.0.1");
		assertThat(throttle.isLocked("siti@contoh.test", "10.0.0.2")).isFalse();
	}

	@Test
	void aSuccessfulLoginForgivesTheAccountsFailures() {
		for (int i = 0; i < 4; i++) {
			fail("siti@contoh.test", "10.0.0.1");
		}
		throttle.onSuccess(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated("siti@contoh.test", null, java.util.List.of())));
		fail("siti@contoh.test", "10.0.0.1");
		assertThat(throttle.isLocked("siti@contoh.test", "10.0.0.2")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressLockEveryLoginFromIt() {
		for (int i = 0; i < 19; i++) {
			fail("orang" + i + "@contoh.test", "10.0.0.7");
		}
		assertThat(throttle.isLocked("lain@contoh.test", "10.0.0.7")).isFalse();
		fail("orang19@contoh.test", "10.0.0.7");
		assertThat(throttle.isLocked("lain@contoh.test", "10.0.0.7")).isTrue();
		assertThat(throttle.isLocked("lain@contoh.test", "10.0.0.8")).isFalse();
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.isLocked("lain@contoh.test", "10.0.0.7")).isFalse();
	}

	private void fail(String email, String address) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, "salah");
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T03:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
