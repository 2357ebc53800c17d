package id.simitra.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under load, requests must queue in Tomcat, not wait for a pooled connection: a pool
 * wait longer than the connection timeout is answered with the outage page (503), which
 * would tell people the database is down while it is only busy. So the pool must hold
 * more connections than there are request threads (application.properties).
 */
@SimitraTest
class PoolSizingTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Test
	void thePoolHasMoreConnectionsThanTomcatHasRequestThreads() throws Exception {
		int threads = environment.getRequiredProperty("server.tomcat.threads.max", Integer.class);
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getMaximumPoolSize()).isGreaterThan(threads);
		// Short enough that an outage is answered quickly; see DatabaseUnavailableFilter.
		assertThat(pool.getConnectionTimeout()).isLessThanOrEqualTo(2000);
	}

}
