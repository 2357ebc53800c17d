package id.simitra.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.SimitraApplication;
import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables from V26): a login made on one
 * instance is valid on another instance that uses the same database, and a logout on
 * either ends it everywhere. Against real servers, with cookies handled by hand. Same
 * context as ErrorPagesTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class SharedSessionTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aLoginIsStoredInPostgresql() throws Exception {
		String email = WebSession.uniqueEmail("sesi");
		accounts.create(email, WebSession.PASSWORD, "Admin Sesi", Role.ADMIN);

		String session = logIn(port, email);

		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(email)
			.query(Long.class)
			.single()).isEqualTo(1L);
		HttpResponse<String> page = get(port, "/admin/akun", session);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Admin Sesi");
	}

	@Test
	void aSecondInstanceOnTheSameDatabaseSharesLoginsAndLogouts() throws Exception {
		String email = WebSession.uniqueEmail("sesi2");
		accounts.create(email, WebSession.PASSWORD, "Admin Dua Instans", Role.ADMIN);
		try (ConfigurableApplicationContext second = startSecondInstance()) {
			int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(secondPort).isNotEqualTo(port);

			String session = logIn(port, email);
			HttpResponse<String> there = get(secondPort, "/admin/akun", session);
			assertThat(there.statusCode()).isEqualTo(200);
			assertThat(there.body()).contains("Admin Dua Instans");

			// Log out on the second instance (its logout form carries the CSRF token kept
			// in the shared session).
			HttpResponse<String> logout = post(secondPort, "/keluar", session,
					"_csrf=" + enc(find(CSRF, there.body())));
			assertThat(logout.statusCode()).isEqualTo(302);
			HttpResponse<String> back = get(port, "/admin/akun", session);
			assertThat(back.statusCode()).isEqualTo(302);
			assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
		}
	}

	/**
	 * Disabling an account ends every session it has, on every instance, at once: here
	 * one session on each of two instances, both still in use when the administrator
	 * disables the account.
	 */
	@Test
	void disablingAnAccountEndsAllItsSessionsOnEveryInstance() throws Exception {
		String email = WebSession.uniqueEmail("nonaktif");
		Long id = accounts.create(email, WebSession.PASSWORD, "Perusahaan Nonaktif", Role.COMPANY).id();
		Long admin = accounts.create(WebSession.uniqueEmail("admin"), WebSession.PASSWORD, "Admin", Role.ADMIN).id();
		try (ConfigurableApplicationContext second = startSecondInstance()) {
			int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			String here = logIn(port, email);
			String there = logIn(secondPort, email);
			assertThat(get(port, "/notifikasi", here).statusCode()).isEqualTo(200);
			assertThat(get(secondPort, "/notifikasi", there).statusCode()).isEqualTo(200);

			accounts.setEnabled(id, false, admin);

			for (var session : new Object[][] { { port, here }, { secondPort, there } }) {
				HttpResponse<String> after = get((int) session[0], "/notifikasi", (String) session[1]);
				assertThat(after.statusCode()).isEqualTo(302);
				assertThat(after.headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
			}
			assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
				.param(email)
				.query(Long.class)
				.single()).isZero();
		}
	}

	/**
	 * Another portal process in all but name: same code and profile, same PostgreSQL, its
	 * own Tomcat.
	 */
	private ConfigurableApplicationContext startSecondInstance() {
		// The test's logging stays as it is: a second logging set-up in this JVM would
		// reset it when it closes.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			return new SpringApplicationBuilder(SimitraApplication.class).profiles("test")
				.properties("server.port=0", "spring.main.banner-mode=off",
						"spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
						"spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
						"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))
				.run();
		}
		finally {
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
	}

	/**
	 * Logs in through the form and returns the SESSION cookie's value (a new one: the id
	 * changes at login).
	 */
	private String logIn(int port, String email) throws Exception {
		HttpResponse<String> form = get(port, "/masuk", null);
		String anonymous = sessionCookie(form);
		assertThat(anonymous).as("the login page's session (it holds the CSRF token)").isNotNull();
		HttpResponse<String> login = post(port, "/masuk", anonymous, "email=" + enc(email) + "&password="
				+ enc(WebSession.PASSWORD) + "&_csrf=" + enc(find(CSRF, form.body())));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dasbor"));
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		String session = sessionCookie(login);
		assertThat(session).isNotNull().isNotEqualTo(anonymous);
		return session;
	}

	private HttpResponse<String> get(int port, String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String session, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Cookie", "SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			Matcher m = SESSION_COOKIE.matcher(cookie);
			if (m.find() && !m.group(1).isEmpty()) {
				return m.group(1);
			}
		}
		return null;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String find(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
		return m.group(1);
	}

}
