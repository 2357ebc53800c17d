package id.simitra.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body Tomcat cannot parse (a broken multipart post, a form over maxPostSize) gets our
 * own page in the person's language and one log line, not Tomcat's bare 403/413 page and
 * stack traces. Through a real server: MockMvc never parses bodies the way Tomcat does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class BrokenRequestBodyTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private static final String NUL_FILE_NAME = "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\0b\"\r\n\r\nx\r\n--B--\r\n";

	@Test
	void aBrokenMultipartBodyGetsOurBadRequestPageEverywhereWithoutAStackTrace(CapturedOutput output) throws Exception {
		String truncated = "--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nx\r\n--B\r\nContent-Disposition: form-da";
		for (String path : new String[] { "/masuk", "/daftar", "/zzz", "/direktori" }) {
			assertBadRequestPage(post(path, "multipart/form-data; boundary=B", truncated, "id"),
					"Permintaan tidak valid");
			assertBadRequestPage(post(path, "multipart/form-data", "x", "id"), "Permintaan tidak valid");
		}
		assertBadRequestPage(post("/masuk", "multipart/form-data; boundary=B", truncated, "en"), "Invalid request");
		assertThat(output.getAll()).doesNotContain("\tat org.apache").doesNotContain("ERROR");
	}

	@Test
	void aNulInAnUploadsFileNameSendsThePersonBackToTheFormWithAMessage(CapturedOutput output) throws Exception {
		for (String path : new String[] { "/umkm/sertifikat/baru", "/masuk", "/umkm/produk/1/foto" }) {
			HttpResponse<String> response = post(path, "multipart/form-data; boundary=B", NUL_FILE_NAME, "id");
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			String form = path.endsWith("/foto") ? "/umkm/produk/1/ubah" : path;
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith(form);
		}
		assertThat(output.getAll()).doesNotContain("\tat org.apache").doesNotContain("ERROR");
	}

	@Test
	void aFormOverTomcatsPostLimitGetsOurPage(CapturedOutput output) throws Exception {
		String body = "description=" + "a".repeat(3 * 1024 * 1024);
		HttpResponse<String> response = post("/umkm/profil", "application/x-www-form-urlencoded", body, "id");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("terlalu panjang").contains("<html").doesNotContain("??");
		assertThat(output.getAll()).doesNotContain("\tat org.apache").doesNotContain("ERROR");
	}

	private void assertBadRequestPage(HttpResponse<String> response, String title) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
		assertThat(response.body()).as(response.uri().toString())
			.contains(title)
			.contains("<html")
			.doesNotContain("??");
	}

	private HttpResponse<String> post(String path, String contentType, String body, String language) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Cookie", "simitra-lang=" + language)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
