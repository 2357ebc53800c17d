package id.simitra.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts {@link RequestSessionCache} in front of Spring Session's JDBC repository, for
 * Spring Session's filter (which takes the primary session repository) and everyone else.
 * An auto-configuration (listed in META-INF/spring/...AutoConfiguration.imports, so
 * component scanning leaves it alone) because it must come after Boot's JDBC session
 * configuration and only where that one made a repository: the MockMvc tests run without
 * Spring Session.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class SessionCacheConfiguration {

	@Bean
	@Primary
	RequestSessionCache<?> requestSessionCache(JdbcIndexedSessionRepository sessions) {
		return new RequestSessionCache<>(sessions);
	}

	@Bean
	FilterRegistrationBean<RequestSessionCache.Scope> requestSessionCacheScope() {
		FilterRegistrationBean<RequestSessionCache.Scope> registration = new FilterRegistrationBean<>(
				new RequestSessionCache.Scope());
		// Just outside Spring Session's filter: its second commit runs in its finally.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
