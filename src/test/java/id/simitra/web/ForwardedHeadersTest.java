package id.simitra.web;

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

import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For, -Host and -Proto count only from the configured proxies (default: loopback 127.0.0.1 and ::1).
 * Tomcat's RemoteIpValve does this, so the test talks to a real server over sockets: from 127.0.0.1 (a trusted
 * proxy) and from 127.0.0.2 (another local address, which Tomcat's own default would have trusted as "internal").
 * Same context as SharedSessionTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class ForwardedHeadersTest {

	private static final String TRUSTED = "127.0.0.1";

	private static final String UNTRUSTED = "127.0.0.2";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?mi)^Set-Cookie: SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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

		// From the proxy the same headers are taken (so the assertions above can see the difference).
		assertThat(request(TRUSTED, "GET /data/kemitraan.json HTTP/1.1\r\n" + forged)).contains("https://penipu.example");
	}

	private long addressFailures(String address) {
		return jdbc.sql("select coalesce(sum(failures), 0) from login_throttle where scope = 'ADDRESS' and key = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

	/** A wrong password through the form, with the CSRF token and session of the login page. */
	private void failLogin(String from, String forwardedFor) throws Exception {
		String header = "X-Forwarded-For: " + forwardedFor + "\r\n";
		String form = request(from, "GET /masuk HTTP/1.1\r\n" + header);
		String session = find(SESSION, form);
		String body = "email=" + enc(WebSession.uniqueEmail("tebak")) + "&password=Salah12345&_csrf=" + enc(find(CSRF, form));
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
			out.write((head + "Host: 127.0.0.1:" + port + "\r\nAccept: text/html,application/json\r\nConnection: close\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
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
