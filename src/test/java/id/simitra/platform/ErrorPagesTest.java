package id.simitra.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Error pages as a browser gets them from the real server: a friendly page, never a stack
 * trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]+)");

	@Autowired
	AccountService accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void missingUmkmShowsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/direktori/umkm/9223372036854775807");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Halaman tidak ditemukan").doesNotContain("Exception");
	}

	@Test
	void malformedIdShowsTheBadRequestPage() throws Exception {
		HttpResponse<String> response = get("/direktori/umkm/%27%20or%201=1");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Permintaan tidak valid").doesNotContain("Exception");
	}

	/**
	 * An unknown URL is a plain 404 page for everyone: never a 403 or a detour through
	 * the login page (section 5 of issue 10). Also under the protected prefixes: a 404
	 * there confirms nothing, since mapped routes keep their rules (AccessMatrixTest).
	 */
	@Test
	void unknownUrlsAreAPlainNotFoundPageForEveryone() throws Exception {
		Map<String, String> visitors = new LinkedHashMap<>();
		visitors.put("anonymous", null);
		visitors.put("UMKM", logIn(Role.UMKM));
		visitors.put("admin", logIn(Role.ADMIN));
		for (String path : List.of("/tidak-ada", "/umkm-x", "/admin2/zzz", "/admin/zzz", "/umkm/zzz", "/petugas/x/y",
				"/perusahaan/kebutuhan/1/zzz", "/kemitraan/1/zzz", "/dokumen/1/zzz", "/foto.php", "/.env")) {
			for (Map.Entry<String, String> visitor : visitors.entrySet()) {
				HttpResponse<String> response = get(path, visitor.getValue());
				assertThat(response.statusCode()).as(path + " as " + visitor.getKey()).isEqualTo(404);
				assertThat(response.body()).as(path + " as " + visitor.getKey())
					.contains("Halaman tidak ditemukan")
					.doesNotContain("??");
			}
		}
	}

	/** Error pages show no raw message keys ("??Not Found_id??"), in either language. */
	@Test
	void errorPagesShowNoRawMessageKeys() throws Exception {
		String umkm = logIn(Role.UMKM);
		for (String lang : List.of("id", "en")) {
			Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
			pages.put("403", get("/admin/akun?lang=" + lang, umkm));
			pages.put("404", get("/direktori/umkm/9223372036854775807?lang=" + lang, null));
			pages.put("400", get("/direktori/umkm/abc?lang=" + lang, null));
			pages.put("500", get("/error?lang=" + lang, null));
			pages.forEach((status, response) -> {
				assertThat(response.statusCode()).as(status + " " + lang).isEqualTo(Integer.parseInt(status));
				assertThat(response.body()).as(status + " " + lang).doesNotContain("??").contains("<h1>");
			});
			assertThat(pages.get("403").body()).contains(lang.equals("en") ? "Access denied" : "Akses ditolak");
			assertThat(pages.get("500").body())
				.contains(lang.equals("en") ? "Something went wrong" : "Terjadi gangguan");
		}
	}

	@Test
	void directorySearchWithSqlMetaCharactersIsHarmless() throws Exception {
		HttpResponse<String> response = get("/direktori?q=%27%3B%20drop%20table%20umkm%3B%20--%20%26%20%7C%20!");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("UMKM");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, null);
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A new account of the role logged in through the form; returns its SESSION cookie.
	 */
	private String logIn(Role role) throws Exception {
		String email = WebSession.uniqueEmail("galat");
		accounts.create(email, WebSession.PASSWORD, "Uji Galat", role);
		HttpResponse<String> form = get("/masuk");
		String anonymous = sessionCookie(form);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
			.header("Cookie", "SESSION=" + anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"email=" + enc(email) + "&password=" + enc(WebSession.PASSWORD) + "&_csrf=" + enc(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dasbor"));
		return sessionCookie(login);
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

}
