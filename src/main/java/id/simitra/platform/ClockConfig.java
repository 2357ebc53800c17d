package id.simitra.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

import id.simitra.reference.Unit;

/**
 * "Now" and "today" for the whole portal: the only place that may read the system clock
 * (ArchitectureTest enforces it). Expiry dates are calendar days in North Sumatra, so the
 * clock runs in WIB whatever the server's zone.
 * <p>
 * {@code simitra.clock.fixed} (an ISO offset date-time, e.g.
 * {@code 2026-11-22T09:00+07:00}) starts the portal's clock at that instant and lets it
 * run on with real time from startup, so a demo that lasts hours still sees seconds pass
 * (messages are ordered, sessions expire) while every page works on the chosen day. See
 * docs/clock.md. Unit tests that need a frozen instant still build their own
 * {@code Clock.fixed(...)}.
 * <p>
 * Entity timestamps ({@code created_at}, {@code updated_at}) come from the same clock
 * through Spring Data's auditing: {@link #auditingDateTimeProvider} feeds
 * {@code @CreatedDate}/{@code @LastModifiedDate}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class ClockConfig {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

	@Bean
	Clock clock(@Value("${simitra.clock.fixed:}") String fixed) {
		Clock system = Clock.system(WIB);
		if (fixed == null || fixed.isBlank()) {
			return system;
		}
		OffsetDateTime start = parse(fixed.strip());
		Clock clock = Clock.offset(system, Duration.between(system.instant(), start.toInstant()));
		log.warn("The portal's clock is not the system clock: simitra.clock.fixed={} (it runs on from there)", start);
		return clock;
	}

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

	private static OffsetDateTime parse(String fixed) {
		try {
			return OffsetDateTime.parse(fixed);
		}
		catch (DateTimeParseException e) {
			throw new IllegalStateException(
					"simitra.clock.fixed must be an ISO date-time with offset, e.g. 2026-11-22T09:00+07:00; got: "
							+ fixed,
					e);
		}
	}

}
