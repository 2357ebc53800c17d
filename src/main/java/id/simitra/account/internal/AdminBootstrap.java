package id.simitra.account.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.simitra.account.AccountService;
import id.simitra.account.Role;

/**
 * Creates the first administrator from configuration on a database that has none, so a
 * real deployment never starts with a known default password.
 */
@Component
public class AdminBootstrap {

	private static final Log log = LogFactory.getLog(AdminBootstrap.class);

	private final AccountService accounts;

	private final org.springframework.core.env.Environment environment;

	private final String email;

	private final String password;

	AdminBootstrap(AccountService accounts, org.springframework.core.env.Environment environment,
			@Value("${simitra.bootstrap-admin.email:}") String email,
			@Value("${simitra.bootstrap-admin.password:}") String password) {
		this.accounts = accounts;
		this.environment = environment;
		this.email = email;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void createFirstAdmin() {
		if (accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		if (email.isBlank() || password.isBlank()) {
			if (environment.matchesProfiles("demo")) {
				return; // the demo data loader creates the demo administrator
			}
			log.warn("No administrator exists. Set SIMITRA_BOOTSTRAP_ADMIN_EMAIL and SIMITRA_BOOTSTRAP_ADMIN_PASSWORD "
					+ "to create the first one.");
			return;
		}
		if (!PasswordRules.isAcceptable(password, email)) {
			log.error(
					"SIMITRA_BOOTSTRAP_ADMIN_PASSWORD breaks the password rules (8 to 128 characters with a letter and "
							+ "a digit, not a common password, not containing the e-mail's name; docs/accounts.md); "
							+ "no administrator created.");
			return;
		}
		accounts.create(email, password, "Administrator", Role.ADMIN);
		log.info("Created the first administrator " + email);
	}

}
