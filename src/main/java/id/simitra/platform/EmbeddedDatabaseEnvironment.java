package id.simitra.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server (zonky embedded binaries) when no datasource URL is
 * configured, so that the portal runs with one command on a machine that has no database.
 * Its data survives restarts in {@code simitra.embedded-db.data-dir}. Because nobody
 * configured a database, this is also the demo mode: the {@code demo} profile is switched
 * on to load demo accounts and data on first start.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	private static final Log log = LogFactory.getLog(EmbeddedDatabaseEnvironment.class);

	private static final String DATABASE = "simitra";

	/**
	 * The property source with the embedded server's URL (a replica makes no sense then).
	 */
	static final String PROPERTY_SOURCE = "simitraEmbeddedDatabase";

	private static @Nullable EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("simitra.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("simitra.embedded-db.data-dir", "data/postgres"))
			.toAbsolutePath();
		int port = environment.getProperty("simitra.embedded-db.port", Integer.class, 0);
		String url = start(dataDir, port);
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", url);
		props.put("spring.datasource.username", "postgres");
		props.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
		environment.addActiveProfile("demo");
		log.info("No datasource configured: using embedded PostgreSQL at " + url + " (data in " + dataDir
				+ "), demo profile active");
	}

	private static synchronized String start(Path dataDir, int port) {
		try {
			if (server == null) {
				Files.createDirectories(dataDir.getParent());
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDir)
					.setCleanDataDirectory(false)
					.setServerConfig("max_connections", "100")
					// As in deploy/postgresql.conf: compiling a plan costs more than the
					// portal's short, index-driven queries gain from it.
					.setServerConfig("jit", "off");
				if (port > 0) {
					builder.setPort(port);
				}
				server = builder.start();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabaseEnvironment::stop, "embedded-pg-stop"));
				createDatabaseIfMissing(server);
			}
			return server.getJdbcUrl("postgres", DATABASE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE, ex);
		}
	}

	private static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
			server = null;
		}
	}

	@Override
	public int getOrder() {
		// After config files are read (so application.properties can set a URL or disable
		// this).
		return Ordered.LOWEST_PRECEDENCE;
	}

}
