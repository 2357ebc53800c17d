package id.simitra.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as a browser gets them from the real server: a friendly page, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class ErrorPagesTest {

	@LocalServerPort
	int port;

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

	@Test
	void unknownPathIsRefusedWithoutLeakingDetails() throws Exception {
		// Routes without a rule are denied: anonymous people are sent to the login page.
		HttpResponse<String> response = get("/tidak-ada");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
	}

	@Test
	void directorySearchWithSqlMetaCharactersIsHarmless() throws Exception {
		HttpResponse<String> response = get("/direktori?q=%27%3B%20drop%20table%20umkm%3B%20--%20%26%20%7C%20!");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("UMKM");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
