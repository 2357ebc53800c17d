package id.simitra.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.account.internal.AccountTokens;
import id.simitra.account.internal.AccountTokens.Purpose;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reset links and codes with a clock the test moves: single use, expiry, replacement by a
 * newer one, five tries for a code, and only hashes in the table.
 */
@SimitraTest
class AccountTokensTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	private final MovableClock clock = new MovableClock();

	@Test
	void aResetLinkWorksOnceAndOnlyForThirtyMinutes() {
		AccountTokens tokens = new AccountTokens(jdbc, clock);
		long account = fixtures.account(Role.UMKM);
		String link = tokens.issueLink(account, Purpose.RESET_LINK, Duration.ofMinutes(30), null);
		clock.advance(Duration.ofMinutes(29));
		assertThat(tokens.findLink(Purpose.RESET_LINK, link)).isPresent();
		clock.advance(Duration.ofMinutes(1));
		assertThat(tokens.findLink(Purpose.RESET_LINK, link)).as("at 30 minutes").isEmpty();

		String second = tokens.issueLink(account, Purpose.RESET_LINK, Duration.ofMinutes(30), null);
		var token = tokens.findLink(Purpose.RESET_LINK, second).orElseThrow();
		assertThat(tokens.use(token)).isTrue();
		assertThat(tokens.use(token)).as("a second use").isFalse();
		assertThat(tokens.findLink(Purpose.RESET_LINK, second)).isEmpty();
		assertThat(tokens.findLink(Purpose.EMAIL_CHANGE, second)).as("another purpose").isEmpty();
	}

	@Test
	void aNewerLinkVoidsTheOlderAndOnlyTheHashIsStored() {
		AccountTokens tokens = new AccountTokens(jdbc, clock);
		long account = fixtures.account(Role.UMKM);
		String older = tokens.issueLink(account, Purpose.RESET_LINK, Duration.ofMinutes(30), null);
		String newer = tokens.issueLink(account, Purpose.RESET_LINK, Duration.ofMinutes(30), null);
		assertThat(tokens.findLink(Purpose.RESET_LINK, older)).isEmpty();
		assertThat(tokens.findLink(Purpose.RESET_LINK, newer)).isPresent();
		assertThat(jdbc.sql("select count(*) from account_token where token_hash in (?, ?)")
			.params(older, newer)
			.query(Long.class)
			.single()).as("secrets stored in plain text").isZero();
	}

	@Test
	void aCodeIsReadForgivinglyWorksOnceAndIsVoidAfterFiveWrongTries() {
		AccountTokens tokens = new AccountTokens(jdbc, clock);
		long account = fixtures.account(Role.UMKM);
		long officer = fixtures.account(Role.OFFICER);
		String code = tokens.issueCode(account, Duration.ofHours(24), officer);
		assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		String typed = " " + code.replace("-", "").toLowerCase(java.util.Locale.ROOT).replace('0', 'o') + " ";
		assertThat(tokens.checkCode(account, typed)).as("lower case, no dashes, O for 0").isPresent();
		assertThat(tokens.checkCode(fixtures.account(Role.UMKM), code)).as("another account").isEmpty();

		for (int i = 0; i < 4; i++) {
			assertThat(tokens.checkCode(account, "AAAA-BBBB-CCCC")).isEmpty();
		}
		assertThat(tokens.checkCode(account, code)).as("after 4 wrong tries (and one elsewhere)").isPresent();
		assertThat(tokens.checkCode(account, "AAAA-BBBB-CCCC")).isEmpty();
		assertThat(tokens.checkCode(account, code)).as("after 5 wrong tries").isEmpty();

		String next = tokens.issueCode(account, Duration.ofHours(24), officer);
		var token = tokens.checkCode(account, next).orElseThrow();
		assertThat(tokens.use(token)).isTrue();
		assertThat(tokens.checkCode(account, next)).as("used").isEmpty();
		String late = tokens.issueCode(account, Duration.ofHours(24), officer);
		clock.advance(Duration.ofHours(24));
		assertThat(tokens.checkCode(account, late)).as("after 24 hours").isEmpty();
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
