package id.simitra.platform.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets anyone reach the benchmark's yardstick page (BareController) with the profile
 * {@code bench}. The product's own chain denies every mapped route it has no rule for,
 * and it has none for /bench: this chain, and so the page, exists only with the profile.
 * It keeps Spring Security's default filters (security context, CSRF, headers,
 * anonymous), so the yardstick pays for security as the product's pages do.
 */
@Configuration
@Profile("bench")
class BenchSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain benchChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/**").authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}

}
