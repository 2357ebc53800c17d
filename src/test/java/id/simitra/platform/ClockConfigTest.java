package id.simitra.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * simitra.clock.fixed: empty is the system clock in WIB; a value starts the clock there;
 * a bad value stops startup.
 */
class ClockConfigTest {

	private final ClockConfig config = new ClockConfig();

	@Test
	void emptyMeansTheSystemClockInWib() {
		Clock clock = config.clock("");
		assertThat(clock.getZone()).isEqualTo(ClockConfig.WIB);
		assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	void aDateTimeStartsTheClockThereAndItRunsOn() throws InterruptedException {
		Clock clock = config.clock("2026-11-22T09:00+07:00");
		Instant start = OffsetDateTime.parse("2026-11-22T09:00+07:00").toInstant();
		Instant first = clock.instant();
		Thread.sleep(20);
		assertThat(clock.getZone()).isEqualTo(ClockConfig.WIB);
		assertThat(first).isBetween(start, start.plusSeconds(60));
		assertThat(clock.instant()).isAfter(first);
	}

	@Test
	void aValueThatIsNotAnOffsetDateTimeStopsStartupNamingTheProperty() {
		assertThatThrownBy(() -> config.clock("22-11-2026")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("simitra.clock.fixed")
			.hasMessageContaining("2026-11-22T09:00+07:00");
	}

}
