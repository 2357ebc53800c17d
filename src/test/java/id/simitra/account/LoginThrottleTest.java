package id.simitra.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.account.internal.LoginThrottle;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's delays, with a clock the test moves, on the shared PostgreSQL table. Two
 * throttles on one database stand for two portal instances.
 */
@SimitraTest
class LoginThrottleTest {

	@Autowired
	JdbcClient jdbc;

	private final MovableClock clock = new MovableClock();

	private final String email = "siti-" + UUID.randomUUID() + "@contoh.test";

	/**
	 * Any string is an address to the throttle; a fresh one per test, so runs on one
	 * database never meet.
	 */
	private final String address = "uji-" + UUID.randomUUID();

	@Test
	void twoFailuresAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		throttle.failed(email, address);
		throttle.failed(email, address);
		assertThat(throttle.waitFor(email, address)).isEmpty();
		long[] expected = { 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 };
		for (long seconds : expected) {
			throttle.failed(email, address);
			assertThat(throttle.waitFor(email, address)).contains(Duration.ofSeconds(seconds));
			clock.advance(Duration.ofSeconds(seconds - 1));
			assertThat(throttle.waitFor(email, address)).contains(Duration.ofSeconds(1));
			clock.advance(Duration.ofSeconds(1));
			assertThat(throttle.waitFor(email, address)).isEmpty();
		}
	}

	@Test
	void theWaitIsPerAccountAndAddressPairAndSharedByInstances() {
		LoginThrottle one = new LoginThrottle(jdbc, clock);
		LoginThrottle other = new LoginThrottle(jdbc, clock);
		one.failed(email, address);
		other.failed(" SITI" + email.substring(4).toUpperCase(java.util.Locale.ROOT), address);
		one.failed(email, address);
		assertThat(other.waitFor(email, address)).contains(Duration.ofSeconds(4));
		assertThat(other.waitFor(email, "10.2.0.1")).as("the owner elsewhere").isEmpty();
		assertThat(other.waitFor("budi-" + UUID.randomUUID() + "@contoh.test", address)).isEmpty();
	}

	@Test
	void aSuccessForgivesThePairAndADayWithoutFailuresForgetsIt() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		for (int i = 0; i < 3; i++) {
			throttle.failed(email, address);
		}
		throttle.succeeded(email, address);
		throttle.failed(email, address);
		assertThat(throttle.waitFor(email, address)).isEmpty();
		throttle.failed(email, address);
		throttle.failed(email, address);
		assertThat(throttle.waitFor(email, address)).isPresent();
		clock.advance(Duration.ofHours(24));
		throttle.failed(email, address);
		assertThat(throttle.waitFor(email, address)).as("counting starts again").isEmpty();
	}

	@Test
	void twentyFailuresFromOneAddressWithinFifteenMinutesMakeItWaitFifteenMinutes() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		for (int i = 0; i < 19; i++) {
			throttle.failed("orang" + i + "-" + UUID.randomUUID() + "@contoh.test", address);
			clock.advance(Duration.ofSeconds(30));
		}
		assertThat(throttle.waitFor(email, address)).isEmpty();
		throttle.failed("orang19@contoh.test", address);
		assertThat(throttle.waitFor(email, address)).contains(Duration.ofMinutes(15));
		assertThat(throttle.waitFor(email, "10.2.0.2")).isEmpty();
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.waitFor(email, address)).isEmpty();
	}

	/**
	 * An office behind one NAT address: an attacker's failures there must not keep out
	 * the people who log in from it. An account that logged in from an address within 90
	 * days passes that address's limit (its own wrong passwords still meet the pair's
	 * delays); an account never seen there waits.
	 */
	@Test
	void theAddressLimitNeverStopsAnAccountFromAnAddressItLoggedInFromWithinNinetyDays() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		throttle.succeeded(email, address);
		clock.advance(Duration.ofDays(89));
		for (int i = 0; i < 21; i++) {
			throttle.failed("tebak" + i + "-" + UUID.randomUUID() + "@contoh.test", address);
		}
		assertThat(throttle.waitFor(email, address)).as("known here").isEmpty();
		assertThat(throttle.waitFor(" " + email.toUpperCase(java.util.Locale.ROOT), address)).as("any spelling")
			.isEmpty();
		assertThat(throttle.waitFor("baru-" + UUID.randomUUID() + "@contoh.test", address)).as("never seen here")
			.contains(Duration.ofMinutes(15));
		for (int i = 0; i < 3; i++) {
			throttle.failed(email, address);
		}
		assertThat(throttle.waitFor(email, address)).as("its own wrong passwords").contains(Duration.ofSeconds(4));
	}

	@Test
	void aKnownAddressIsForgottenNinetyDaysAfterTheLastLogin() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		throttle.succeeded(email, address);
		clock.advance(Duration.ofDays(90));
		for (int i = 0; i < 20; i++) {
			throttle.failed("tebak" + i + "-" + UUID.randomUUID() + "@contoh.test", address);
		}
		assertThat(throttle.waitFor(email, address)).contains(Duration.ofMinutes(15));
	}

	@Test
	void failuresOlderThanFifteenMinutesDoNotCountForTheAddress() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		for (int i = 0; i < 19; i++) {
			throttle.failed("orang" + i + "-" + UUID.randomUUID() + "@contoh.test", address);
		}
		clock.advance(Duration.ofMinutes(15));
		throttle.failed("orang19@contoh.test", address);
		assertThat(throttle.waitFor(email, address)).isEmpty();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T03:00:00Z").plusSeconds((long) (Math.random() * 1_000_000));

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
