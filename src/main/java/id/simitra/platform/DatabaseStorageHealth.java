package id.simitra.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component "databaseStorage": OUT_OF_SERVICE for a while after PostgreSQL said
 * its disk is full (nothing tells us when space is back short of writing, so the flag
 * lasts simitra.storage.full-alert, 10 minutes by default, and each new failure renews
 * it). Part of the overall health (monitoring sees it, /actuator/health answers 503) but
 * deliberately NOT of readiness: every instance shares the one database, so taking them
 * all out of the proxy's rotation would turn "saving fails" into "nothing works", while
 * reading still does.
 */
@Component("databaseStorage")
class DatabaseStorageHealth implements HealthIndicator {

	private final Clock clock;

	private final Duration alertFor;

	private final AtomicReference<Instant> lastFull = new AtomicReference<>();

	DatabaseStorageHealth(Clock clock, @Value("${simitra.storage.full-alert:10m}") Duration alertFor) {
		this.clock = clock;
		this.alertFor = alertFor;
	}

	/** PostgreSQL refused a write for lack of space. */
	void full() {
		lastFull.set(clock.instant());
	}

	/** Forget the last disk-full error (tests, which share one application). */
	void clear() {
		lastFull.set(null);
	}

	@Override
	public Health health() {
		Instant full = lastFull.get();
		if (full != null && clock.instant().isBefore(full.plus(alertFor))) {
			return Health.status(Status.OUT_OF_SERVICE).withDetail("database", "disk full since " + full).build();
		}
		return Health.up().build();
	}

}
