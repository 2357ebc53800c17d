package id.simitra.platform;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's session from PostgreSQL once instead of twice. Spring Session's
 * filter commits the session when the response is committed (a page larger than the
 * response buffer, or flushed by the view) and again when the request ends; the second
 * commit has forgotten the session it read and looks it up again (spring-session issue
 * #1731, open): one more SELECT and transaction on every logged-in page (issue 12 counts
 * statements per request). This repository remembers, for the duration of one request on
 * its thread, the sessions it read or saved, and answers a second look-up of the same id
 * from memory. {@link Scope} opens and closes that memory around Spring Session's filter,
 * so nothing is ever remembered from one request to the next (another instance may change
 * or end the session in between).
 */
final class RequestSessionCache<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final ThreadLocal<@Nullable Map<String, Session>> REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	RequestSessionCache(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public S createSession() {
		return sessions.createSession();
	}

	@Override
	public void save(S session) {
		sessions.save(session);
		Map<String, Session> seen = REQUEST.get();
		if (seen != null) {
			seen.put(session.getId(), session);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable S findById(String id) {
		Map<String, Session> seen = REQUEST.get();
		if (seen != null) {
			Session known = seen.get(id);
			// A session whose id changed during the request (login) is no longer found
			// under its old id, as in the database.
			if (known != null && known.getId().equals(id) && !known.isExpired()) {
				return (S) known;
			}
		}
		S session = sessions.findById(id);
		if (seen != null && session != null) {
			seen.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, Session> seen = REQUEST.get();
		if (seen != null) {
			seen.remove(id);
		}
		sessions.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/**
	 * Opens the request's memory before Spring Session's filter and forgets it after (its
	 * second commit runs in that filter's {@code finally}, inside this one).
	 */
	static final class Scope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			REQUEST.set(new HashMap<>(4));
			try {
				chain.doFilter(request, response);
			}
			finally {
				REQUEST.remove();
			}
		}

	}

}
