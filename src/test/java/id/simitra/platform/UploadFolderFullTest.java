package id.simitra.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat cannot write an upload to its temporary folder (full or gone): the person gets
 * the "storage full" page, not Tomcat's bare 403 (the CSRF token inside the unparsed body
 * was "missing"), and readiness says so. The folder is simulated by one that cannot exist
 * (below /dev/null, so not even root can create it), through a real server (MockMvc never
 * parses multipart bodies).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.servlet.multipart.location=/dev/null/simitra-uploads")
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class UploadFolderFullTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUploadThatCannotBeWrittenGetsTheStorageFullPage() throws Exception {
		String boundary = "batas123";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nx\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 uji\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/umkm/sertifikat/baru"))
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(507);
		assertThat(response.body()).contains("Penyimpanan penuh").doesNotContain("??");

		HttpResponse<String> readiness = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"storage\":{\"status\":\"DOWN\"");
	}

}
