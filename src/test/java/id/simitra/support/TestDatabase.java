package id.simitra.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every database test uses, chosen once per test run in this order:
 * <ol>
 * <li>{@code SPRING_DATASOURCE_URL} (with {@code _USERNAME}/{@code _PASSWORD}) from the
 * environment, as .ci/run sets it;</li>
 * <li>a Testcontainers PostgreSQL 15 when a Docker engine answers;</li>
 * <li>otherwise an embedded PostgreSQL 15 (zonky binaries from Maven Central) in a
 * temporary folder.</li>
 * </ol>
 * Never H2, never a mock.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static String[] properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String[] props = properties();
		if (props.length > 0) {
			TestPropertyValues.of(props).applyTo(context);
		}
	}

	static synchronized String[] properties() {
		if (properties != null) {
			return properties;
		}
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && !url.isBlank()) {
			// Spring Boot reads the SPRING_DATASOURCE_* variables itself.
			properties = new String[0];
		}
		else if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			properties = new String[] { "spring.datasource.url=" + container.getJdbcUrl(),
					"spring.datasource.username=" + container.getUsername(),
					"spring.datasource.password=" + container.getPassword() };
		}
		else {
			try {
				EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("jit", "off").start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						pg.close();
					}
					catch (IOException ignored) {
						// the JVM is exiting; the temporary folder goes with it
					}
				}));
				properties = new String[] { "spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
						"spring.datasource.username=postgres", "spring.datasource.password=" };
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", ex);
			}
		}
		return properties;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
