package id.simitra.platform;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's filter reads a request's session twice when the response is committed
 * before the request ends (every page the views flush); {@link RequestSessionCache} makes
 * it once, and never carries a session from one request to the next.
 */
class RequestSessionCacheTest {

	/** An in-memory session store that counts look-ups, standing in for PostgreSQL. */
	static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		final Map<String, org.springframework.session.Session> stored = new ConcurrentHashMap<>();

		final MapSessionRepository sessions = new MapSessionRepository(stored);

		final AtomicInteger lookUps = new AtomicInteger();

		@Override
		public MapSession createSession() {
			return sessions.createSession();
		}

		@Override
		public void save(MapSession session) {
			sessions.save(session);
		}

		@Override
		public @Nullable MapSession findById(String id) {
			lookUps.incrementAndGet();
			return sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			sessions.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

	/** A page: reads the session and writes a body that it flushes, as the views do. */
	static final class Page extends HttpServlet {

		@Nullable Object seen;

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			HttpSession session = request.getSession(false);
			seen = session == null ? null : session.getAttribute("who");
			response.setContentType("text/html");
			response.getWriter().write("<p>page</p>");
			response.flushBuffer();
		}

	}

	private final CountingStore store = new CountingStore();

	private final RequestSessionCache<MapSession> cache = new RequestSessionCache<>(store);

	private final Page page = new Page();

	@Test
	void aFlushedPageReadsItsSessionOnce() throws Exception {
		String cookie = login();

		store.lookUps.set(0);
		request(cookie, true);
		assertThat(page.seen).isEqualTo("umkm01");
		assertThat(store.lookUps).hasValue(1);
	}

	@Test
	void withoutTheRequestScopeSpringSessionReadsItTwice() throws Exception {
		// The behaviour this class removes (spring-session #1731): if it stops happening,
		// the
		// cache is no longer needed.
		String cookie = login();

		store.lookUps.set(0);
		request(cookie, false);
		assertThat(page.seen).isEqualTo("umkm01");
		assertThat(store.lookUps).hasValue(2);
	}

	@Test
	void nothingIsRememberedFromOneRequestToTheNext() throws Exception {
		String cookie = login();
		request(cookie, true);

		// Another instance changes the session between two requests, then ends it.
		String id = new String(Base64.getDecoder().decode(cookie));
		MapSession changed = store.sessions.findById(id);
		assertThat(changed).isNotNull();
		changed.setAttribute("who", "umkm02");
		store.sessions.save(changed);
		request(cookie, true);
		assertThat(page.seen).isEqualTo("umkm02");

		store.sessions.deleteById(id);
		request(cookie, true);
		assertThat(page.seen).isNull();
	}

	/** A first request that creates the session; returns its cookie value. */
	private String login() throws ServletException, IOException {
		SessionRepositoryFilter<MapSession> sessions = new SessionRepositoryFilter<>(cache);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/masuk");
		MockHttpServletResponse response = new MockHttpServletResponse();
		HttpServlet loginPage = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				req.getSession(true).setAttribute("who", "umkm01");
			}
		};
		new RequestSessionCache.Scope().doFilter(request, response, new MockFilterChain(loginPage, sessions));
		Cookie cookie = response.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie.getValue();
	}

	private void request(String cookie, boolean scoped) throws ServletException, IOException {
		page.seen = null;
		SessionRepositoryFilter<MapSession> sessions = new SessionRepositoryFilter<>(cache);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/umkm");
		request.setCookies(new Cookie("SESSION", cookie));
		MockHttpServletResponse response = new MockHttpServletResponse();
		Filter[] chain = { sessions };
		if (scoped) {
			new RequestSessionCache.Scope().doFilter(request, response, new MockFilterChain(page, chain));
		}
		else {
			new MockFilterChain(page, chain).doFilter(request, response);
		}
	}

}
