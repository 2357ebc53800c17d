package id.simitra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.SimitraApplication;

/**
 * The demo a newcomer gets from the README's run command: the portal on an empty database
 * with the {@code demo} profile. Every other test runs without it, so without this test a
 * service rule that refuses the demo's data would only show on a newcomer's machine. It
 * gets an empty PostgreSQL of its own (the demo loads only into a database without
 * accounts), whatever database the other tests use.
 */
class DemoDataTest {

	@Test
	void loadsTheDemoThroughTheServicesIntoAnEmptyDatabase(@TempDir Path dir) throws IOException, SQLException {
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("postgres"))
			.setServerConfig("jit", "off")
			.start()) {
			try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("create database simitra_demo encoding 'UTF8' template template0");
			}
			// Command-line arguments outrank the SPRING_DATASOURCE_* variables CI sets.
			try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(SimitraApplication.class)
				.profiles("demo")
				.run("--spring.datasource.url=" + pg.getJdbcUrl("postgres", "simitra_demo"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=",
						"--simitra.embedded-db.enabled=false", "--server.port=0",
						"--simitra.second-factor.key=demo-test-second-factor-key-0123456789abcdef",
						"--simitra.second-factor.key-file=" + dir.resolve("second-factor.key"))) {
				JdbcClient jdbc = portal.getBean(JdbcClient.class);
				assertThat(count(jdbc, "select count(*) from umkm")).isEqualTo(36);
				assertThat(count(jdbc, "select count(*) from company")).isEqualTo(5);
				assertThat(jdbc.sql("select status from event order by event_date").query(String.class).list())
					.containsExactly("CLOSED", "PUBLISHED");
				// The upcoming event went through the set-up rules: two sessions cut into
				// 20-minute slots 5 minutes apart (7 per three-hour session), audited as
				// created and published by the officer.
				assertThat(count(jdbc, """
						select count(*) from event_slot s join event_session es on es.id = s.session_id
						join event e on e.id = es.event_id where e.status = 'PUBLISHED'
						""")).isEqualTo(14);
				assertThat(jdbc.sql("""
						select a.action from event_audit a join event e on e.id = a.event_id
						where e.status = 'PUBLISHED' order by a.id
						""").query(String.class).list()).containsExactly("CREATED", "PUBLISHED");
				assertThat(count(jdbc, "select count(*) from event_meeting")).isEqualTo(6);
			}
		}
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
