package id.simitra.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers, the session cookie and its renewal at login, as a browser gets them from the
 * real server (same context as ErrorPagesTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	AccountService accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/masuk", "/direktori")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
			String scriptSrc = directive(csp, "script-src");
			assertThat(scriptSrc).as(csp).isNotNull().doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
			assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		// The login form stores its CSRF token in a new session.
		HttpResponse<String> response = get("/masuk");
		String cookie = sessionCookie(response);
		List<String> attributes = List.of(cookie.toLowerCase(Locale.ROOT).split(";\\s*"));
		assertThat(attributes).contains("httponly", "samesite=lax");
		// SIMITRA_SECURE_COOKIES is off by default: the portal also runs on plain
		// http://localhost.
		assertThat(attributes).doesNotContain("secure");
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		String email = "sesi-" + UUID.randomUUID() + "@contoh.test";
		accounts.create(email, WebSession.PASSWORD, "Uji Sesi", Role.UMKM);
		HttpResponse<String> page = get("/masuk");
		String before = sessionCookie(page);
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "email=" + enc(email) + "&password=" + enc(WebSession.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", before.substring(0, before.indexOf(';')))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/dasbor");
		String after = sessionCookie(login);
		assertThat(value(after)).isNotEqualTo(value(before));
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			// SESSION: sessions live in PostgreSQL (Spring Session JDBC), shared by all
			// instances
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
	}

	private static String value(String cookie) {
		return cookie.substring("SESSION=".length(), cookie.indexOf(';'));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String directive(String csp, String name) {
		for (String d : csp.split(";")) {
			if (d.strip().startsWith(name + " ")) {
				return d.strip();
			}
		}
		return null;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
