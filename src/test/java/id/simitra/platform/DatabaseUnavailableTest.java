package id.simitra.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * While PostgreSQL is unreachable a request gets 503, a Retry-After and the friendly
 * page, never a stack trace: failures inside Spring MVC through {@link ErrorAdvice},
 * failures around it (session store, rendering) through
 * {@link DatabaseUnavailableFilter}. The failures are simulated with the exceptions
 * Spring and Hikari throw.
 */
@SimitraTest
class DatabaseUnavailableTest {

	private static final List<Supplier<RuntimeException>> OUTAGES = List.of(
			() -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLException("Connection to 127.0.0.1:5432 refused", "08001")),
			() -> new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException(
							"HikariPool-1 - Connection is not available, request timed out after 5000ms")),
			() -> new DataAccessResourceFailureException("Unable to acquire JDBC Connection"));

	@Autowired
	ThymeleafViewResolver views;

	@Autowired
	LocaleResolver locales;

	@Autowired
	DatabaseUnavailableFilter filter;

	@Autowired
	StorageFull storageFull;

	@Autowired
	RequestIdFilter requestIds;

	/**
	 * Stands for any controller whose service call fails because the database is down.
	 * Registered only in the standalone MockMvc below; an inner (non-static) class, which
	 * component scanning never picks up.
	 */
	@RestController
	class FailingController {

		private int next;

		@GetMapping("/gagal")
		String fail(@RequestParam(defaultValue = "-1") int outage) {
			throw OUTAGES.get(outage >= 0 ? outage : next++ % OUTAGES.size()).get();
		}

		@PostMapping("/gagal")
		String failPost(@RequestParam int outage) {
			throw OUTAGES.get(outage).get();
		}

	}

	private MockMvc failingMvc() {
		return MockMvcBuilders.standaloneSetup(new FailingController())
			.setControllerAdvice(new ErrorAdvice(storageFull))
			// The portal's Thymeleaf resolver behind a lambda: standalone MockMvc would
			// re-initialise the bean itself.
			.setViewResolvers((viewName, locale) -> views.resolveViewName(viewName, locale))
			.setLocaleResolver(locales)
			.build();
	}

	@Test
	void aControllerThatCannotReachTheDatabaseAnswers503WithTheFriendlyPage() throws Exception {
		MockMvc mvc = failingMvc();
		for (int outage = 0; outage < OUTAGES.size(); outage++) {
			MvcResult result = mvc.perform(get("/gagal?outage=" + outage)).andReturn();
			MockHttpServletResponse response = result.getResponse();
			assertThat(response.getStatus()).as("outage %d", outage).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("30");
			assertFriendlyIndonesianPage(response.getContentAsString());
			assertThat(response.getContentAsString()).contains("href=\"/gagal?outage=" + outage + "\"");
		}
	}

	@Test
	void theFriendlyPageSpeaksEnglishToo() throws Exception {
		MockHttpServletResponse response = failingMvc()
			.perform(get("/gagal").param("outage", "0").cookie(new Cookie("simitra-lang", "en")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("The service is briefly unavailable, please try again")
			.doesNotContain("Exception");
	}

	@Test
	void aFailedFormPostOffersTheHomePageNotARepeatedPost() throws Exception {
		MockHttpServletResponse response = failingMvc().perform(post("/gagal").param("outage", "1"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("href=\"/\"").doesNotContain("/gagal");
	}

	@Test
	void aSessionStoreFailureOutsideMvcGetsTheSamePage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/direktori");
		request.setQueryString("q=kopi");
		request.addHeader("X-Request-Id", "uji-503");
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Content-Disposition", "attachment; filename=\"umkm.csv\"");
		// What Spring Session JDBC throws when it cannot load the session: Hikari's
		// timeout, wrapped.
		requestIds.doFilter(request, response, (req, res) -> filter.doFilter(req, res, (rq, rs) -> {
			throw new ServletException("Request processing failed", new IllegalStateException("session",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001")));
		}));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("uji-503");
		assertThat(response.getHeader("Content-Disposition")).isNull();
		assertThat(response.getContentType()).startsWith("text/html");
		assertFriendlyIndonesianPage(response.getContentAsString());
		assertThat(response.getContentAsString()).contains("href=\"/direktori?q=kopi\"");
	}

	@Test
	void aRollbackOnAConnectionHikariHasEvictedCountsAsAnOutage() throws Exception {
		// PostgreSQL restarts mid-request: the statement fails (57P01), Hikari evicts the
		// connection, and the
		// rollback fails with Hikari's "Connection is closed" (no SQLSTATE), which
		// replaces the first exception.
		SQLException closed = new SQLException("Connection is closed");
		closed.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
						"lambda$getClosedConnection$0", "ProxyConnection.java", 559),
				new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection", "rollback", "ProxyConnection.java",
						386) });
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/umkm");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (rq, rs) -> {
			throw new ServletException("Request processing failed", new org.springframework.orm.jpa.JpaSystemException(
					new RuntimeException("Unable to rollback against JDBC Connection", closed)));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertFriendlyIndonesianPage(response.getContentAsString());

		// The same message from anything else is not an outage.
		MockHttpServletResponse other = new MockHttpServletResponse();
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/umkm"), other, (rq, rs) -> {
			throw new IllegalStateException("a bug", new SQLException("Connection is closed"));
		})).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anOutageAfterTheAnswerWasSentIsOnlyLogged() throws Exception {
		// The 503 page went out, then the session filter fails to save the session:
		// nothing more to send.
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/umkm"), response, (rq, rs) -> {
			rs.getWriter().write("sent");
			rs.flushBuffer();
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLException("Connection refused", "08001"));
		});
		assertThat(response.getContentAsString()).isEqualTo("sent");
	}

	@Test
	void aFailedRollbackKeepsTheOutageThatCausedIt() {
		var rollback = new org.springframework.transaction.TransactionSystemException("Could not roll back");
		rollback
			.initApplicationException(new SQLException("terminating connection due to administrator command", "57P01"));
		assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
		assertThat(DatabaseUnavailable.isCause(new org.springframework.transaction.TransactionSystemException("x")))
			.isFalse();
	}

	@Test
	void otherFailuresAreNotDisguisedAsAnOutage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/direktori");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(() -> filter.doFilter(request, response, (rq, rs) -> {
			throw new IllegalStateException("a bug", new SQLException("syntax error", "42601"));
		})).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void onlyOwnPathsBecomeATryAgainLink() {
		assertThat(DatabaseUnavailable.retryUrl(new MockHttpServletRequest("GET", "//evil.example/x"))).isNull();
		assertThat(DatabaseUnavailable.retryUrl(new MockHttpServletRequest("GET", "/\\evil.example"))).isNull();
		assertThat(DatabaseUnavailable.retryUrl(new MockHttpServletRequest("GET", "/"))).isEqualTo("/");
		assertThat(DatabaseUnavailable.retryUrl(new MockHttpServletRequest("POST", "/umkm/profil"))).isNull();
	}

	private static void assertFriendlyIndonesianPage(String html) {
		assertThat(html).contains("Layanan sedang gangguan sebentar, coba lagi")
			.contains("Coba lagi")
			.doesNotContain("Exception")
			.doesNotContain("Hikari")
			.doesNotContain("SQL")
			.doesNotContain("at id.simitra")
			.doesNotContain("127.0.0.1");
	}

}
