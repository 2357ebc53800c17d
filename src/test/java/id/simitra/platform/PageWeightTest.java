package id.simitra.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Lighthouse fixes rely on (docs/testing.md "Lighthouse"), through the real
 * server because compression happens in Tomcat, not in MockMvc (same context as
 * ErrorPagesTest and SecurityHeadersTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class PageWeightTest {

	private static final String A_YEAR = "max-age=31536000";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesAndBootstrapAreCompressedForBrowsersThatAskForIt() throws Exception {
		String page = get("/").body();
		String bootstrap = link(page, "/webjars/bootstrap/[^\"]+\\.css");
		for (String path : new String[] { "/direktori", bootstrap }) {
			HttpResponse<byte[]> response = http.send(request(path, true), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
	}

	@Test
	void versionedStaticFilesAreCachedForAYear() throws Exception {
		String page = get("/").body();
		// Our own files carry a content hash in their name, WebJars their version in the
		// path.
		String appCss = link(page, "/css/app-[0-9a-f]{32}\\.css");
		String icon = link(page, "/img/favicon-[0-9a-f]{32}\\.svg");
		String bootstrapCss = link(page, "/webjars/bootstrap/\\d[^/\"]*/css/bootstrap\\.min\\.css");
		String bootstrapJs = link(page, "/webjars/bootstrap/\\d[^/\"]*/js/bootstrap\\.bundle\\.min\\.js");
		for (String path : new String[] { appCss, icon, bootstrapCss, bootstrapJs }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying(value -> assertThat(value).contains(A_YEAR).contains("public"));
		}
		// Pages themselves are never cached: they depend on who is logged in.
		assertThat(get("/").headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	@Test
	void fixedNamesAreCachedForADayOnly() throws Exception {
		for (String path : new String[] { "/robots.txt", "/favicon.ico" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=86400, public");
		}
		assertThat(get("/robots.txt").body()).contains("Disallow: /perusahaan").doesNotContain("Disallow: /direktori");
	}

	@Test
	void pagesDescribeThemselvesAndLoadTheirScriptWithoutBlocking() throws Exception {
		String page = get("/").body();
		assertThat(page).containsPattern("<meta name=\"description\" content=\"[^\"]{50,}\">");
		assertThat(page).containsPattern("<script src=\"/webjars/bootstrap/[^\"]+\" defer></script>");
	}

	private static String link(String page, String regex) {
		Matcher matcher = Pattern.compile("\"(" + regex + ")\"").matcher(page);
		assertThat(matcher.find()).as("a link matching %s in the page", regex).isTrue();
		return matcher.group(1);
	}

	private HttpRequest request(String path, boolean gzip) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (gzip) {
			builder.header("Accept-Encoding", "gzip");
		}
		return builder.build();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path, false), HttpResponse.BodyHandlers.ofString());
	}

}
