package id.simitra.platform;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For, -Host and -Proto count only from the configured proxies (default:
 * loopback 127.0.0.1 and ::1). Tomcat's RemoteIpValve does this, so the test talks to a
 * real server over sockets: from 127.0.0.1 (a trusted proxy) and from 127.0.0.2 (another
 * local address, which Tomcat's own default would have trusted as "internal"). Same
 * context as SharedSessionTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class ForwardedHeadersTest {

	private static final String TRUSTED = "127.0.0.1";

	private static final String UNTRUSTED = "127.0.0.2";

	/** simitra.base-url in application-test.properties. */
	private static final String BASE_URL = "http://portal.simitra.test";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?mi)^Set-Cookie: SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theLoginThrottleCountsTheAddressTheConnectionComesFromUnlessItIsATrustedProxy() throws Exception {
		String claimed = "203.0.113." + (int) (Math.random() * 250 + 1);
		failLogin(UNTRUSTED, claimed);
		assertThat(addressFailures(claimed)).as("a client cannot choose its own address").isZero();
		assertThat(addressFailures(UNTRUSTED)).isPositive();

		failLogin(TRUSTED, claimed);
		assertThat(addressFailures(claimed)).as("the proxy's word counts").isEqualTo(1);
	}

	@Test
	void forwardedHostAndProtoFromAnUntrustedAddressChangeNoLinkOrRedirect() throws Exception {
		String forged = "X-Forwarded-Host: penipu.example\r\nX-Forwarded-Proto: https\r\n";
		String feed = request(UNTRUSTED, "GET /data/kemitraan.json HTTP/1.1\r\n" + forged);
		assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("penipu.example").doesNotContain("https://");
		String redirect = request(UNTRUSTED, "GET /dasbor HTTP/1.1\r\n" + forged);
		assertThat(redirect).startsWith("HTTP/1.1 302").doesNotContain("penipu.example");

		// Even from the proxy, links that leave the portal come from simitra.base-url,
		// never from a header.
		assertThat(request(TRUSTED, "GET /data/kemitraan.json HTTP/1.1\r\n" + forged)).doesNotContain("penipu.example")
			.contains("\"uri\":\"" + BASE_URL + "/data/kemitraan.json?halaman=1\"");
	}

	/**
	 * The Host header is the client's to choose, from any address: absolute links (feed,
	 * storefront's link previews) come from simitra.base-url, and redirects are relative,
	 * so a forged Host appears nowhere in an answer.
	 */
	@Test
	void aForgedHostHeaderChangesNoLinkOrRedirect() throws Exception {
		for (String from : new String[] { UNTRUSTED, TRUSTED }) {
			String feed = request(from, "GET /data/kemitraan.json HTTP/1.1\r\nHost: evil.example\r\n");
			assertThat(feed).startsWith("HTTP/1.1 200")
				.doesNotContain("evil.example")
				.contains("\"uri\":\"" + BASE_URL + "/data/kemitraan.json?halaman=1\"");
			assertThat(location(request(from, "GET /dasbor HTTP/1.1\r\nHost: evil.example\r\n"))).isEqualTo("/masuk");
			Long umkm = fixtures.umkm("Toko Uji Host", "12.71", "10761").id();
			String storefront = request(from, "GET /direktori/umkm/" + umkm + " HTTP/1.1\r\nHost: evil.example\r\n");
			assertThat(storefront).startsWith("HTTP/1.1 200")
				.doesNotContain("evil.example")
				.contains("<link rel=\"canonical\" href=\"" + BASE_URL + "/direktori/umkm/" + umkm + "\">");
		}
	}

	/**
	 * Login and logout answer relative redirects too, and still lead to the right pages.
	 */
	@Test
	void loginAndLogoutRedirectsAreRelative() throws Exception {
		String header = "Host: evil.example\r\n";
		String form = request(UNTRUSTED, "GET /masuk HTTP/1.1\r\n" + header);
		String body = "email=" + enc(WebSession.uniqueEmail("tebak")) + "&password=Salah12345&_csrf="
				+ enc(find(CSRF, form));
		String answer = request(UNTRUSTED,
				"POST /masuk HTTP/1.1\r\n" + header + "Cookie: SESSION=" + find(SESSION, form)
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\n",
				body);
		assertThat(location(answer)).isEqualTo("/masuk?gagal");
		String logout = request(UNTRUSTED,
				"POST /keluar HTTP/1.1\r\n" + header + "Cookie: SESSION=" + find(SESSION, form)
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
						+ ("_csrf=" + enc(find(CSRF, form))).length() + "\r\n",
				"_csrf=" + enc(find(CSRF, form)));
		assertThat(location(logout)).isEqualTo("/?keluar");

		// Back to the page asked for before the login: the saved request's address is
		// relative too.
		// (A browser's Accept: Spring Security does not save requests that accept JSON.)
		String entry = request(TRUSTED, "GET /dasbor HTTP/1.1\r\n" + header + "Accept: text/html\r\n");
		assertThat(location(entry)).isEqualTo("/masuk");
		String session = find(SESSION, entry);
		String page = request(TRUSTED, "GET /masuk HTTP/1.1\r\n" + header + "Cookie: SESSION=" + session + "\r\n");
		String login = "email=" + enc(fixtures.accountEmail(Role.UMKM)) + "&password=" + enc(WebSession.PASSWORD)
				+ "&_csrf=" + enc(find(CSRF, page));
		String in = request(TRUSTED, "POST /masuk HTTP/1.1\r\n" + header + "Cookie: SESSION=" + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + login.length() + "\r\n",
				login);
		assertThat(location(in)).startsWith("/dasbor");
	}

	private static String location(String answer) {
		assertThat(answer).startsWith("HTTP/1.1 302");
		return find(Pattern.compile("(?mi)^Location: (\\S+)"), answer);
	}

	private long addressFailures(String address) {
		return jdbc.sql("select coalesce(sum(failures), 0) from login_throttle where scope = 'ADDRESS' and key = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

	/**
	 * A wrong password through the form, with the CSRF token and session of the login
	 * page.
	 */
	private void failLogin(String from, String forwardedFor) throws Exception {
		String header = "X-Forwarded-For: " + forwardedFor + "\r\n";
		String form = request(from, "GET /masuk HTTP/1.1\r\n" + header);
		String session = find(SESSION, form);
		String body = "email=" + enc(WebSession.uniqueEmail("tebak")) + "&password=Salah12345&_csrf="
				+ enc(find(CSRF, form));
		String answer = request(from, "POST /masuk HTTP/1.1\r\n" + header + "Cookie: SESSION=" + session + "\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n", body);
		assertThat(answer).startsWith("HTTP/1.1 302").contains("/masuk?gagal");
	}

	private String request(String from, String head) throws Exception {
		return request(from, head, "");
	}

	/** One HTTP/1.1 exchange on a socket bound to the given local address. */
	private String request(String from, String head, String body) throws Exception {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			// The test's own Host unless the request brings one.
			String host = Pattern.compile("(?mi)^Host:").matcher(head).find() ? "" : "Host: 127.0.0.1:" + port + "\r\n";
			String accept = Pattern.compile("(?mi)^Accept:").matcher(head).find() ? ""
					: "Accept: text/html,application/json\r\n";
			out.write((head + host + accept + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("pattern %s in %s", pattern, text.substring(0, Math.min(400, text.length()))).isTrue();
		return m.group(1);
	}

}
