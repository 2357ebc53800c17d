package id.simitra.umkm;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * An upload over the multipart limits, against the real server: MockMvc builds multipart
 * requests itself and never applies spring.servlet.multipart limits, so only a real
 * Tomcat shows what a browser gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class CertificateUploadLimitTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern MULTIPART_ACTION = Pattern
		.compile("action=\"([^\"]+)\"[^>]*enctype=\"multipart/form-data\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	UmkmService umkms;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.build();

	@Test
	void aFileOverFiveMegabytesSendsTheOwnerBackToTheFormWithAMessage() throws Exception {
		logInAsOwner();
		String action = formAction();

		HttpResponse<String> response = postFile(action, new byte[5 * 1024 * 1024 + 300 * 1024]);
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/umkm/sertifikat/baru");
		assertThat(get(location).body()).contains("Berkas terlalu besar: paling besar 5 MB.");
	}

	@Test
	void aRequestOverTheTotalLimitGetsTheSameMessage() throws Exception {
		logInAsOwner();
		HttpResponse<String> response = postFile(formAction(), new byte[6 * 1024 * 1024 + 200 * 1024]);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(get(response.headers().firstValue("Location").orElseThrow()).body())
			.contains("Berkas terlalu besar: paling besar 5 MB.");
	}

	@Test
	void aMuchLargerFileGetsTheSameMessage() throws Exception {
		logInAsOwner();
		HttpResponse<String> response = postFile(formAction(), new byte[12 * 1024 * 1024]);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(get(response.headers().firstValue("Location").orElseThrow()).body())
			.contains("Berkas terlalu besar: paling besar 5 MB.");
	}

	@Test
	void aNulInTheFileNameSendsTheOwnerBackToTheFormWithAMessage() throws Exception {
		logInAsOwner();
		HttpResponse<String> response = postFile(formAction(), new byte[1024], "scan\0.pdf");
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/umkm/sertifikat/baru");
		assertThat(get(location).body()).contains("Nama berkas berisi karakter yang tidak diizinkan.");
	}

	private void logInAsOwner() throws Exception {
		String email = WebSession.uniqueEmail("besar");
		Long ownerId = accounts.create(email, WebSession.PASSWORD, "Pemilik Berkas Besar", Role.UMKM).id();
		umkms.saveProfile(ownerId, new UmkmProfile("Usaha Berkas Besar", "Pemilik", null, List.of("10761"), "12.71",
				"Jl. Uji 2", "081260002222", null, 100_000_000L, 200_000_000L), null);
		String csrf = find(CSRF, get("/masuk").body());
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
					+ "&password=" + WebSession.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dasbor"));
	}

	private String formAction() throws Exception {
		HttpResponse<String> form = get("/umkm/sertifikat/baru?jenis=NIB");
		assertThat(form.statusCode()).isEqualTo(200);
		return find(MULTIPART_ACTION, form.body()).replace("&amp;", "&");
	}

	private HttpResponse<String> postFile(String action, byte[] file) throws Exception {
		return postFile(action, file, "besar.pdf");
	}

	private HttpResponse<String> postFile(String action, byte[] file, String fileName) throws Exception {
		String boundary = "----simitra" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : new String[][] { { "typeCode", "NIB" }, { "number", "9120001234567" },
				{ "issuedOn", "2024-01-15" }, { "issuer", "OSS" } }) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\""
				+ fileName + "\"\r\n" + "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 8);
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String pathOrUrl) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
	}

	private static String find(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
		return m.group(1);
	}

}
