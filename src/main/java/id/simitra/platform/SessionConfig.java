package id.simitra.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, auto-configured by Boot; tables from
 * Flyway V26) so that every instance behind the proxy sees the same logins, CSRF tokens
 * and flash messages.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

	/**
	 * PostgreSQL's upsert for session attributes: two requests of one session at the same
	 * time (htmx updates, a second tab) may both add the same attribute, and the generic
	 * insert would then fail on the primary key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionRepositoryCustomizer() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
