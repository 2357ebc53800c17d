package id.simitra.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-only transactions on the replica, writes on the primary, read-your-writes, and the
 * primary taking over when the replica goes away ({@link ReadReplicaConfig}). The
 * "replica" is the test database again, reached through a {@link TcpProxy} that can cut
 * it off, with another {@code application_name}: each connection says which pool it came
 * from ({@code current_setting('application_name')}). Without the routing every
 * connection would say "simitra-primary". The web tests run against the real server with
 * its JDBC sessions, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "simitra.datasource.replica.check-interval=200ms", "simitra.datasource.replica.max-lag=1s",
				"simitra.datasource.replica.read-your-writes=2s" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = { TestDatabase.class, ReadReplicaRoutingTest.ReplicaStandIn.class })
@Import(ReadReplicaRoutingTest.Probe.class)
class ReadReplicaRoutingTest {

	static final String PRIMARY = "simitra-primary";

	static final String REPLICA = "simitra-replica";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static TcpProxy proxy;

	@Autowired
	Probe probe;

	@Autowired
	ReadReplica replica;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void replicaInUse() throws Exception {
		awaitReplica(true);
	}

	@AfterEach
	void replicaBack() throws Exception {
		RequestContextHolder.resetRequestAttributes();
		proxy.start();
		awaitReplica(true);
	}

	@Test
	void aReadOnlyTransactionIsServedByTheReplica() {
		assertThat(probe.readOnly()).isEqualTo(REPLICA);
	}

	@Test
	void writesAndEverythingOutsideReadOnlyTransactionsAreServedByThePrimary() {
		assertThat(probe.write()).isEqualTo(PRIMARY);
		assertThat(jdbc.sql("select current_setting('application_name')").query(String.class).single())
			.as("a query outside any transaction")
			.isEqualTo(PRIMARY);
		// A read-only method joining a read-write transaction reads on its connection.
		String joined = new TransactionTemplate(transactions).execute(status -> probe.readOnly());
		assertThat(joined).isEqualTo(PRIMARY);
	}

	@Test
	void aReadOnlyTransactionStaysReadOnlyOnTheReplicaAndOnThePrimary() throws Exception {
		assertThatThrownBy(probe::writeInReadOnly).hasMessageContaining("read-only transaction");
		proxy.stop();
		awaitReplica(false);
		assertThatThrownBy(probe::writeInReadOnly).hasMessageContaining("read-only transaction");
		assertThat(probe.readOnly()).isEqualTo(PRIMARY);
	}

	@Test
	void afterAWriteTheRestOfTheRequestAndThePersonsNextRequestsReadFromThePrimary() {
		MockHttpServletResponse response = inRequest(new MockHttpServletRequest());
		assertThat(probe.readOnly()).as("before the write").isEqualTo(REPLICA);
		assertThat(probe.write()).isEqualTo(PRIMARY);
		assertThat(probe.readOnly()).as("after the write, same request").isEqualTo(PRIMARY);
		Cookie cookie = response.getCookie(ReadYourWrites.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getMaxAge()).isEqualTo(2);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getPath()).isEqualTo("/");

		MockHttpServletRequest next = new MockHttpServletRequest();
		next.setCookies(cookie);
		inRequest(next);
		assertThat(probe.readOnly()).as("next request with the cookie").isEqualTo(PRIMARY);

		inRequest(new MockHttpServletRequest());
		assertThat(probe.readOnly()).as("a request without it (the cookie expired)").isEqualTo(REPLICA);
	}

	@Test
	void unnamedTransactionsSuchAsSpringSessionsDoNotPinToThePrimary() {
		MockHttpServletResponse response = inRequest(new MockHttpServletRequest());
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> jdbc.sql("create temp table session_like (x int) on commit drop").update());
		assertThat(probe.readOnly()).isEqualTo(REPLICA);
		assertThat(response.getCookie(ReadYourWrites.COOKIE)).isNull();
	}

	/**
	 * Through the real server with JDBC sessions: a logged-in person's pages read on the
	 * replica (Spring Session's own writes on every request do not count as theirs);
	 * after a form post that writes, the browser gets the cookie, and its next pages read
	 * on the primary until it expires.
	 */
	@Test
	void overHttpAPersonsPagesReadOnTheReplicaUntilTheyWrite() throws Exception {
		String email = WebSession.uniqueEmail("replika");
		Long owner = accounts.create(email, WebSession.PASSWORD, "Perusahaan Replika", Role.COMPANY).id();
		companies.saveProfile(owner, new CompanyProfile("PT Replika Uji", null, "Uji", "12.71", null), null);
		HttpResponse<String> loginForm = send(get("/masuk"));
		String anonymous = cookie(loginForm, "SESSION");
		HttpResponse<String> login = send(post("/masuk", "SESSION=" + anonymous, "email=" + enc(email) + "&password="
				+ enc(WebSession.PASSWORD) + "&_csrf=" + enc(csrf(loginForm.body()))));
		assertThat(login.statusCode()).isEqualTo(302);
		String session = "SESSION=" + cookie(login, "SESSION");

		Reads reads = new Reads();
		HttpResponse<String> page = send(get("/direktori?q=kopi").header("Cookie", session));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(ReadYourWrites.COOKIE));
		assertThat(send(get("/perusahaan/profil").header("Cookie", session)).statusCode()).isEqualTo(200);
		reads.assertOnlyOn(true);

		// A write: a new shortlist, through its form.
		HttpResponse<String> shortlists = send(get("/perusahaan/daftar-pendek").header("Cookie", session));
		assertThat(shortlists.statusCode()).isEqualTo(200);
		HttpResponse<String> write = send(post("/perusahaan/daftar-pendek", session,
				"name=" + enc("Replika " + email) + "&_csrf=" + enc(csrf(shortlists.body()))));
		assertThat(write.statusCode()).isEqualTo(302);
		String pin = write.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(ReadYourWrites.COOKIE + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + ReadYourWrites.COOKIE + " cookie after a write"));
		assertThat(pin).contains("Max-Age=2").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");

		reads = new Reads();
		HttpResponse<String> after = send(
				get("/perusahaan/daftar-pendek").header("Cookie", session + "; " + pin.substring(0, pin.indexOf(';'))));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Replika " + email);
		reads.assertOnlyOn(false);

		reads = new Reads();
		assertThat(send(get("/perusahaan/daftar-pendek").header("Cookie", session)).statusCode()).isEqualTo(200);
		reads.assertOnlyOn(true);
	}

	@Test
	void whenTheReplicaIsDownReadsGoToThePrimaryWithoutAnError() throws Exception {
		proxy.stop();
		long start = System.nanoTime();
		// Before the health check has noticed: the pool's connection timeout (1 s), then
		// the
		// primary.
		assertThat(probe.readOnly()).isEqualTo(PRIMARY);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(replica.usable()).isFalse();
		for (int i = 0; i < 5; i++) {
			assertThat(probe.readOnly()).isEqualTo(PRIMARY);
		}
		assertThat(send(get("/direktori?q=kopi")).statusCode()).isEqualTo(200);

		proxy.start();
		awaitReplica(true);
		assertThat(probe.readOnly()).as("back on the replica once a check reaches it").isEqualTo(REPLICA);
	}

	@Test
	void aReadCutOffByTheReplicaMidwayRunsAgainOnThePrimary() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		List<String> runs = new CopyOnWriteArrayList<>();
		CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> probe.slowReadOnly(started, runs));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(200);
		proxy.stop();
		assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo(PRIMARY);
		assertThat(runs).as("where each run of the transaction started").containsExactly(REPLICA, PRIMARY);
	}

	/** Counts read-only transactions per pool from now on. */
	private final class Reads {

		private final long replicaBefore = replica.replicaReads();

		private final long primaryBefore = replica.primaryReads();

		void assertOnlyOn(boolean onReplica) {
			long onReplicaNow = replica.replicaReads() - replicaBefore;
			long onPrimaryNow = replica.primaryReads() - primaryBefore;
			if (onReplica) {
				assertThat(onReplicaNow).as("read-only transactions on the replica").isPositive();
				assertThat(onPrimaryNow).as("read-only transactions on the primary").isZero();
			}
			else {
				assertThat(onPrimaryNow).as("read-only transactions on the primary").isPositive();
				assertThat(onReplicaNow).as("read-only transactions on the replica").isZero();
			}
		}

	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html");
	}

	private HttpRequest.Builder post(String path, String cookies, String form) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Cookie", cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
			.filter(v -> !v.isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie"));
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static MockHttpServletResponse inRequest(MockHttpServletRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
		return response;
	}

	private void awaitReplica(boolean usable) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (replica.usable() != usable && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(replica.usable()).as("replica usable").isEqualTo(usable);
	}

	/** Transactions whose connections say which pool they came from. */
	@Component
	public static class Probe {

		private final JdbcClient jdbc;

		Probe(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Transactional(readOnly = true)
		public String readOnly() {
			return pool();
		}

		@Transactional(readOnly = true)
		public String slowReadOnly(CountDownLatch started, List<String> runs) {
			runs.add(pool());
			started.countDown();
			jdbc.sql("select pg_sleep(1)").query((rs, n) -> 1).list();
			return pool();
		}

		/**
		 * A real write (PostgreSQL refuses it in a read-only transaction and on a
		 * standby).
		 */
		@Transactional
		public String write() {
			jdbc.sql("create temp table probe_write (x int) on commit drop").update();
			return pool();
		}

		@Transactional(readOnly = true)
		public void writeInReadOnly() {
			jdbc.sql("create temp table probe_write (x int) on commit drop").update();
		}

		private String pool() {
			return jdbc.sql("select current_setting('application_name')").query(String.class).single();
		}

	}

	/**
	 * The test database as "replica" through a {@link TcpProxy}, each pool with its own
	 * application_name. Runs after {@link TestDatabase} has chosen the database.
	 */
	static class ReplicaStandIn implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
			URI uri = URI.create(url.substring("jdbc:".length()));
			try {
				synchronized (ReadReplicaRoutingTest.class) {
					if (proxy == null) {
						proxy = new TcpProxy(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			String replicaUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + uri.getRawPath()
					+ (uri.getRawQuery() == null ? "?" : "?" + uri.getRawQuery() + "&") + "ApplicationName=" + REPLICA;
			TestPropertyValues
				.of("simitra.datasource.replica.url=" + replicaUrl,
						"spring.datasource.hikari.data-source-properties.ApplicationName=" + PRIMARY)
				.applyTo(context);
		}

	}

}
