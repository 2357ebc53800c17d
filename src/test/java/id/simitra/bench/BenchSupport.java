package id.simitra.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.simitra.SimitraApplication;

/**
 * Boots the portal (on a random port) against SPRING_DATASOURCE_URL (Flyway migrates it)
 * and times things.
 */
final class BenchSupport {

	private BenchSupport() {
	}

	static ConfigurableApplicationContext context() {
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			throw new IllegalStateException("Set SPRING_DATASOURCE_URL (bench/*.sh does)");
		}
		return new SpringApplicationBuilder(SimitraApplication.class).web(WebApplicationType.SERVLET)
			.properties("simitra.embedded-db.enabled=false", "server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "logging.level.org.flywaydb=INFO",
					"spring.datasource.hikari.maximum-pool-size=4",
					// a benchmark database may have been migrated by a branch whose later
					// versions landed first
					"spring.flyway.out-of-order=true", "spring.flyway.validate-on-migrate=false")
			.run();
	}

	static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	static double percentile(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	static String summary(List<Double> timings) {
		List<Double> sorted = new ArrayList<>(timings);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms", sorted.size(),
				percentile(sorted, 50), percentile(sorted, 95),
				sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
	}

}
