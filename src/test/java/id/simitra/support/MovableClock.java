package id.simitra.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock, running with real time from an offset a test can move ("an hour
 * later"). Import {@link Config} into a test class to make it the Clock every bean gets;
 * that class then has its own application context.
 */
public class MovableClock extends Clock {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final Clock system = Clock.system(WIB);

	private volatile Duration offset = Duration.ZERO;

	public void move(Duration by) {
		offset = offset.plus(by);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return WIB;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(system, offset).withZone(zone);
	}

	@Override
	public Instant instant() {
		return system.instant().plus(offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
