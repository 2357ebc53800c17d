package id.simitra.account.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account at once, on every instance: sessions live in
 * PostgreSQL (Spring Session JDBC), indexed by the principal name (the account's
 * canonical e-mail), so deleting them there logs the account out wherever it is logged
 * in. Used when an account is disabled, its password is changed or reset, or its e-mail
 * changes; the account page lists the sessions and ends single ones.
 * <p>
 * The repository is optional because the MockMvc tests run without Spring Session
 * (support/SimitraTest); every running portal has it.
 */
@Component
public class AccountSessions {

	/**
	 * Session attribute: the browser and system the login came from ("Chrome, Android").
	 */
	public static final String DEVICE = "simitra.device";

	/**
	 * One session of the account as the account page shows it. {@code reference} names it
	 * in forms: a hash of the session id, never the id itself (which is the session
	 * cookie's secret).
	 */
	public record SessionInfo(String reference, Instant started, Instant lastActive, @Nullable String device,
			boolean current) {
	}

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account with this (stored, canonical) e-mail; returns how
	 * many there were.
	 */
	public int endAll(String email) {
		return endAllExcept(email, null);
	}

	/**
	 * Ends every session of the account but the one with this id (the person's own, after
	 * a password change).
	 */
	public int endAllExcept(String email, @Nullable String keepSessionId) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var ids = repository.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keepSessionId))
			.toList();
		ids.forEach(repository::deleteById);
		return ids.size();
	}

	/** The account's sessions, the newest activity first. */
	public List<SessionInfo> list(String email, @Nullable String currentSessionId) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository == null) {
			return List.of();
		}
		return repository.findByPrincipalName(email)
			.entrySet()
			.stream()
			.map(e -> info(e, currentSessionId))
			.sorted(Comparator.comparing(SessionInfo::lastActive).reversed())
			.toList();
	}

	/**
	 * Ends the account's session with this reference (not the current one); false when
	 * the account has no such session.
	 */
	public boolean end(String email, String reference, @Nullable String currentSessionId) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository == null) {
			return false;
		}
		Optional<String> id = repository.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(sessionId -> !sessionId.equals(currentSessionId) && reference(sessionId).equals(reference))
			.findFirst();
		id.ifPresent(repository::deleteById);
		return id.isPresent();
	}

	private static SessionInfo info(Map.Entry<String, ? extends Session> entry, @Nullable String currentSessionId) {
		Session session = entry.getValue();
		Object device = session.getAttribute(DEVICE);
		return new SessionInfo(reference(entry.getKey()), session.getCreationTime(), session.getLastAccessedTime(),
				device instanceof String d ? d : null, entry.getKey().equals(currentSessionId));
	}

	static String reference(String sessionId) {
		return AccountTokens.hash("session:" + sessionId).substring(0, 20);
	}

}
