package id.simitra.account.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account at once, on every instance: sessions live in
 * PostgreSQL (Spring Session JDBC), indexed by the principal name (the account's
 * canonical e-mail), so deleting them there logs the account out wherever it is logged
 * in. Used when an account is disabled, and meant for a password change.
 * <p>
 * The repository is optional because the MockMvc tests run without Spring Session
 * (support/SimitraTest); every running portal has it.
 */
@Component
public class AccountSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account with this (stored, canonical) e-mail; returns how
	 * many there were.
	 */
	public int endAll(String email) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var ids = repository.findByPrincipalName(email).keySet();
		ids.forEach(repository::deleteById);
		return ids.size();
	}

}
