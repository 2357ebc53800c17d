package id.simitra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	/**
	 * The client backends of the benchmark's database, when PostgreSQL runs on this
	 * machine and their /proc entries can be read (else empty): their CPU time says what
	 * a query costs the database, which the wall-clock timings do not when several
	 * processes share the cores.
	 */
	static List<Long> backends(JdbcClient jdbc) {
		List<Long> pids = jdbc.sql("""
				select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'
				""").query(Long.class).list();
		return pids.stream().allMatch(pid -> Files.isReadable(Path.of("/proc", pid.toString(), "schedstat"))) ? pids
				: List.of();
	}

	/**
	 * CPU time in nanoseconds the given backends have used so far (/proc/PID/schedstat),
	 * or -1 when it cannot be read.
	 */
	static long cpuNanos(List<Long> pids) {
		if (pids.isEmpty()) {
			return -1;
		}
		long sum = 0;
		for (Long pid : pids) {
			try {
				sum += Long.parseLong(Files.readString(Path.of("/proc", pid.toString(), "schedstat")).split(" ")[0]);
			}
			catch (IOException | RuntimeException ex) {
				return -1;
			}
		}
		return sum;
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
