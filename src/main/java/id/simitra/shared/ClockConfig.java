package id.simitra.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for the whole portal. Expiry dates are calendar days in North Sumatra, so the clock runs in WIB
 * whatever the server's zone; tests that need a fixed day build their own {@code Clock.fixed(...)}.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Bean
	Clock clock() {
		return Clock.system(WIB);
	}

}
