package id.simitra.product;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.account.Role;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files over the upload limits, through a real Tomcat: MockMvc never parses multipart
 * bodies, so it cannot show what happens when the server stops reading one (CSRF check,
 * size limit, connection handling).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class PhotoUploadLimitTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"(/umkm/produk/[0-9]+/foto)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void photoOverTheFileOrRequestLimitGetsAMessageWhileANormalOneIsStored() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		Long accountId = jdbc.sql("select id from account where email = :e")
			.param("e", email)
			.query(Long.class)
			.single();
		Long umkmId = fixtures.umkmOwnedBy(accountId, "Foto Besar", "12.71", "10761").id();
		Long productId = fixtures.product(umkmId, "Kopi foto besar", "10761", Unit.KG, "10");
		logIn(email);
		String editPage = "/umkm/produk/" + productId + "/ubah";

		for (int size : new int[] { 5 * 1024 * 1024 + 512 * 1024, 9 * 1024 * 1024 }) {
			String page = get(editPage).body();
			Matcher action = UPLOAD_ACTION.matcher(page);
			Matcher csrf = CSRF_FIELD.matcher(page);
			assertThat(action.find() && csrf.find()).as("upload form").isTrue();

			HttpResponse<String> response = postFile(action.group(1), csrf.group(1), size);

			assertThat(response.statusCode()).as("answer to a %d-byte upload", size).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(editPage);
			// Tomcat read the rest of the body (server.tomcat.max-swallow-size) instead
			// of dropping the connection.
			assertThat(response.headers().firstValue("Connection")).isEmpty();
			assertThat(get(editPage).body()).contains("Berkas terlalu besar");
		}
		assertThat(photoCount(productId)).isZero();

		String page = get(editPage).body();
		Matcher action = UPLOAD_ACTION.matcher(page);
		Matcher csrf = CSRF_FIELD.matcher(page);
		assertThat(action.find() && csrf.find()).isTrue();
		assertThat(postFile(action.group(1), csrf.group(1), TestImages.png(800, 800)).statusCode()).isEqualTo(302);
		assertThat(get(editPage).body()).contains("Foto ditambahkan");
		assertThat(photoCount(productId)).isOne();
	}

	private long photoCount(Long productId) {
		return jdbc.sql("select count(*) from product_photo where product_id = :p")
			.param("p", productId)
			.query(Long.class)
			.single();
	}

	private void logIn(String email) throws Exception {
		Matcher csrf = CSRF_FIELD.matcher(get("/masuk").body());
		assertThat(csrf.find()).isTrue();
		String form = "email=" + enc(email) + "&password=" + enc(WebSession.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/dasbor");
	}

	private HttpResponse<String> postFile(String path, String csrfToken, int size) throws Exception {
		// Starts like a JPEG; size is all that matters here.
		byte[] file = new byte[size];
		file[0] = (byte) 0xFF;
		file[1] = (byte) 0xD8;
		file[2] = (byte) 0xFF;
		return postFile(path, csrfToken, file);
	}

	/**
	 * What a browser sends for the upload form: the hidden CSRF field first, then the
	 * file.
	 */
	private HttpResponse<String> postFile(String path, String csrfToken, byte[] file) throws Exception {
		String boundary = "----simitra-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"besar.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
