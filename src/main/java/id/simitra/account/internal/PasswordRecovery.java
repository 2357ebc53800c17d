package id.simitra.account.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountRegency;
import id.simitra.account.AccountView;
import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PortalAddress;

/**
 * "Lupa kata sandi?": a reset link by e-mail, or a reset code an officer or administrator
 * gives by phone or at the desk (docs/accounts.md "Recovery and self-service"). Either
 * sets a new password once, voids every other link and code of the account and ends all
 * its sessions. Nobody but the owner ever sees or sets the password.
 */
@Service
public class PasswordRecovery {

	/** How long a mailed reset link works. */
	public static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

	/**
	 * How long an officer's reset code works: the owner may be on a weak connection or
	 * come back later from the desk; 60 random bits and
	 * {@value AccountTokens#CODE_ATTEMPTS} tries keep it safe.
	 */
	public static final Duration CODE_LIFETIME = Duration.ofHours(24);

	/** What a reset with a code came to. */
	public enum CodeResult {

		DONE, WRONG

	}

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final LoginThrottle throttle;

	private final AccountMailer mailer;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final AccountAudit audit;

	private final OfficerScope officerScope;

	private final ObjectProvider<AccountRegency> regencies;

	private final String baseUrl;

	PasswordRecovery(AccountRepository accounts, AccountTokens tokens, LoginThrottle throttle, AccountMailer mailer,
			PasswordEncoder passwordEncoder, AccountSessions sessions, AccountAudit audit, OfficerScope officerScope,
			ObjectProvider<AccountRegency> regencies, PortalAddress portal) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
		this.mailer = mailer;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.audit = audit;
		this.officerScope = officerScope;
		this.regencies = regencies;
		this.baseUrl = portal.base();
	}

	/**
	 * Someone asks for a reset link for this e-mail. The answer is the same whether or
	 * not an account has it: the mail is sent (after commit, on another thread) only to
	 * an enabled account, at most {@value LoginThrottle#RESET_MAIL_LIMIT} an hour.
	 * Returns how long this address must wait before asking again, when it asked too
	 * often.
	 */
	@Transactional
	public Optional<Duration> requestLink(@Nullable String email, String address) {
		Optional<Duration> wait = throttle.recoveryWait(address);
		if (wait.isPresent()) {
			return wait;
		}
		throttle.recoveryAttempt(address);
		String canonical = EmailAddress.canonical(email);
		if (canonical == null || canonical.isBlank() || canonical.length() > 254) {
			return Optional.empty();
		}
		// Counted for every e-mail, existing or not: the same work either way.
		boolean allowed = throttle.resetMailAllowed(canonical);
		accounts.findByEmail(canonical).filter(Account::isEnabled).filter(a -> allowed).ifPresent(a -> {
			String secret = tokens.issueLink(a.getId(), AccountTokens.Purpose.RESET_LINK, LINK_LIFETIME, null);
			mailer.sendAfterCommit(a.getEmail(), localeOf(a), "mail.reset.subject", "mail.reset.body",
					a.getDisplayName(), baseUrl + "/sandi-baru?token=" + secret, LINK_LIFETIME.toMinutes());
		});
		return Optional.empty();
	}

	/** The e-mail of the account a valid reset link is for; empty for a spent one. */
	@Transactional(readOnly = true)
	public Optional<String> linkAccount(@Nullable String secret) {
		return tokens.findLink(AccountTokens.Purpose.RESET_LINK, secret)
			.flatMap(t -> accounts.findById(t.accountId()))
			.filter(Account::isEnabled)
			.map(Account::getEmail);
	}

	/**
	 * Sets the new password with a reset link; false when the link is expired, used or
	 * replaced. The caller has checked the password against PasswordRules.
	 */
	@Transactional
	public boolean resetWithLink(@Nullable String secret, String newPassword, @Nullable String address) {
		Optional<AccountTokens.Token> token = tokens.findLink(AccountTokens.Purpose.RESET_LINK, secret);
		if (token.isEmpty() || !tokens.use(token.get())) {
			return false;
		}
		Account account = accounts.findById(token.get().accountId()).filter(Account::isEnabled).orElse(null);
		if (account == null) {
			return false;
		}
		setPassword(account, newPassword, AccountAudit.Action.PASSWORD_RESET_BY_LINK, address);
		return true;
	}

	/**
	 * The account an officer or administrator may issue a reset code for: an
	 * administrator any enabled account but their own; an officer an enabled UMKM owner's
	 * account whose business is in the officer's province (OfficerScope). Everything else
	 * is "not found" (404), as every record outside an officer's province is.
	 */
	@Transactional(readOnly = true)
	public AccountView codeTarget(SimitraUser issuer, Long accountId) {
		Account account = accounts.findById(accountId)
			.filter(Account::isEnabled)
			.orElseThrow(() -> new NotFoundException("Account " + accountId));
		boolean allowed = switch (issuer.role()) {
			case ADMIN -> !account.getId().equals(issuer.accountId());
			case OFFICER -> account.getRole() == Role.UMKM && officerScope.covers(issuer,
					regencies.stream()
						.map(r -> r.regencyOf(accountId))
						.flatMap(Optional::stream)
						.findFirst()
						.orElse(null));
			default -> false;
		};
		if (!allowed) {
			throw new NotFoundException("Account " + accountId);
		}
		return account.toView();
	}

	/**
	 * A new reset code for the account, shown once to the issuer; the issuing is recorded
	 * in the account's security trail. An earlier unused code stops working.
	 */
	@Transactional
	public String issueCode(SimitraUser issuer, Long accountId, @Nullable String address) {
		AccountView target = codeTarget(issuer, accountId);
		String code = tokens.issueCode(target.id(), CODE_LIFETIME, issuer.accountId());
		audit.record(target.id(), issuer.accountId(), AccountAudit.Action.RESET_CODE_ISSUED, address);
		return code;
	}

	/**
	 * The owner types the code with their e-mail and a new password. Only wrong codes
	 * count against the address (an office resetting many owners is not slowed); the
	 * caller has checked {@link LoginThrottle#recoveryWait} and the password's rules.
	 */
	@Transactional
	public CodeResult resetWithCode(@Nullable String email, @Nullable String code, String newPassword,
			@Nullable String address) {
		String canonical = EmailAddress.canonical(email);
		Account account = canonical == null ? null
				: accounts.findByEmail(canonical).filter(Account::isEnabled).orElse(null);
		Optional<AccountTokens.Token> token = account == null ? Optional.empty()
				: tokens.checkCode(account.getId(), code);
		if (account == null || token.isEmpty() || !tokens.use(token.get())) {
			if (address != null) {
				throttle.recoveryAttempt(address);
			}
			return CodeResult.WRONG;
		}
		setPassword(account, newPassword, AccountAudit.Action.PASSWORD_RESET_BY_CODE, address);
		return CodeResult.DONE;
	}

	private void setPassword(Account account, String newPassword, AccountAudit.Action action,
			@Nullable String address) {
		account.setPasswordHash(passwordEncoder.encode(newPassword));
		accounts.saveAndFlush(account);
		tokens.voidAll(account.getId(), AccountTokens.Purpose.RESET_LINK, AccountTokens.Purpose.RESET_CODE);
		audit.record(account.getId(), account.getId(), action, address);
		// Whoever knew the old password (or had stolen a session) is out, on every
		// instance.
		sessions.endAll(account.getEmail());
	}

	static Locale localeOf(Account account) {
		return Locale.forLanguageTag(account.getLanguage() == null ? "id" : account.getLanguage());
	}

}
