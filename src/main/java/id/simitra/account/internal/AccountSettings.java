package id.simitra.account.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PortalAddress;

/**
 * The account page's changes, each by the owner only: password (the current one required;
 * ends the other sessions), e-mail (confirmed by a link to the new address), sessions,
 * language.
 */
@Service
public class AccountSettings {

	/** How long the link that confirms a new e-mail address works. */
	public static final Duration EMAIL_LINK_LIFETIME = Duration.ofHours(24);

	public enum EmailChange {

		SENT, WRONG_PASSWORD, TAKEN, SAME,
		/** The new address got its hour's allowance of mails already (LoginThrottle). */
		TOO_MANY

	}

	/** A pending e-mail change as its confirmation page shows it. */
	public record EmailChangeView(String oldEmail, String newEmail) {
	}

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final AccountTokens tokens;

	private final AccountAudit audit;

	private final AccountMailer mailer;

	private final LoginThrottle throttle;

	private final String baseUrl;

	AccountSettings(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountSessions sessions,
			AccountTokens tokens, AccountAudit audit, AccountMailer mailer, LoginThrottle throttle,
			PortalAddress portal) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
		this.mailer = mailer;
		this.baseUrl = portal.base();
	}

	@Transactional(readOnly = true)
	public Optional<String> language(Long accountId) {
		return accounts.findById(accountId).map(Account::getLanguage);
	}

	/**
	 * Whether the password is the account's (for the forms that ask for it before a
	 * change).
	 */
	@Transactional(readOnly = true)
	public boolean passwordMatches(SimitraUser user, @Nullable String password) {
		return password != null && passwordEncoder.matches(password, account(user).getPasswordHash());
	}

	/**
	 * Sets the new password when the current one is right, and ends every other session
	 * of the account; false when the current password is wrong (nothing changes). The
	 * caller has checked the new one against PasswordRules.
	 */
	@Transactional
	public boolean changePassword(SimitraUser user, @Nullable String current, String newPassword,
			@Nullable String currentSessionId, @Nullable String address) {
		Account account = account(user);
		if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
			return false;
		}
		account.setPasswordHash(passwordEncoder.encode(newPassword));
		accounts.saveAndFlush(account);
		tokens.voidAll(account.getId(), AccountTokens.Purpose.RESET_LINK, AccountTokens.Purpose.RESET_CODE);
		audit.record(account.getId(), account.getId(), AccountAudit.Action.PASSWORD_CHANGED, address);
		sessions.endAllExcept(account.getEmail(), currentSessionId);
		return true;
	}

	/**
	 * Mails a confirmation link to the new address; the e-mail changes only when it is
	 * followed.
	 */
	@Transactional
	public EmailChange requestEmailChange(SimitraUser user, String newEmail, @Nullable String password) {
		Account account = account(user);
		if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
			return EmailChange.WRONG_PASSWORD;
		}
		String canonical = EmailAddress.canonical(newEmail);
		if (canonical == null || canonical.equals(account.getEmail())) {
			return EmailChange.SAME;
		}
		if (accounts.findByEmail(canonical).isPresent()) {
			return EmailChange.TAKEN;
		}
		// The same allowance as reset mails: the form cannot be used to flood a mailbox.
		if (!throttle.resetMailAllowed(canonical)) {
			return EmailChange.TOO_MANY;
		}
		String secret = tokens.issueLink(account.getId(), AccountTokens.Purpose.EMAIL_CHANGE, EMAIL_LINK_LIFETIME,
				canonical);
		mailer.sendAfterCommit(canonical, PasswordRecovery.localeOf(account), "mail.emailChange.subject",
				"mail.emailChange.body", account.getDisplayName(), baseUrl + "/akun/email/konfirmasi?token=" + secret,
				EMAIL_LINK_LIFETIME.toHours());
		return EmailChange.SENT;
	}

	@Transactional(readOnly = true)
	public Optional<EmailChangeView> emailChange(@Nullable String secret) {
		return tokens.findLink(AccountTokens.Purpose.EMAIL_CHANGE, secret)
			.flatMap(t -> accounts.findById(t.accountId())
				.filter(Account::isEnabled)
				.map(a -> new EmailChangeView(a.getEmail(), String.valueOf(t.newEmail()))));
	}

	/**
	 * Follows the confirmation link: the account logs in with the new address from now
	 * on, every session ends (they are indexed by the old one), and the old address is
	 * told. False when the link is spent or the address was taken meanwhile.
	 */
	@Transactional
	public boolean confirmEmailChange(@Nullable String secret, @Nullable String address) {
		Optional<AccountTokens.Token> token = tokens.findLink(AccountTokens.Purpose.EMAIL_CHANGE, secret);
		if (token.isEmpty() || token.get().newEmail() == null || !tokens.use(token.get())) {
			return false;
		}
		Account account = accounts.findById(token.get().accountId()).filter(Account::isEnabled).orElse(null);
		String newEmail = String.valueOf(token.get().newEmail());
		if (account == null || accounts.findByEmail(newEmail).isPresent()) {
			return false;
		}
		String oldEmail = account.getEmail();
		account.setEmail(newEmail);
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// registered by someone else a moment ago (unique index)
			throw new IllegalStateException("E-mail taken meanwhile", ex);
		}
		audit.record(account.getId(), account.getId(), AccountAudit.Action.EMAIL_CHANGED, address);
		sessions.endAll(oldEmail);
		mailer.sendAfterCommit(oldEmail, PasswordRecovery.localeOf(account), "mail.emailChanged.subject",
				"mail.emailChanged.body", account.getDisplayName(), newEmail);
		return true;
	}

	@Transactional
	public void setLanguage(SimitraUser user, String language) {
		if (!language.equals("id") && !language.equals("en")) {
			throw new IllegalArgumentException("Unknown language " + language);
		}
		account(user).setLanguage(language);
	}

	public List<AccountSessions.SessionInfo> sessions(SimitraUser user, @Nullable String currentSessionId) {
		return sessions.list(user.getUsername(), currentSessionId);
	}

	/**
	 * Ends one of the person's other sessions; "not found" for a reference that is not
	 * theirs.
	 */
	public void endSession(SimitraUser user, String reference, @Nullable String currentSessionId) {
		if (!sessions.end(user.getUsername(), reference, currentSessionId)) {
			throw new NotFoundException("Session");
		}
	}

	public int endOtherSessions(SimitraUser user, @Nullable String currentSessionId) {
		return sessions.endAllExcept(user.getUsername(), currentSessionId);
	}

	@Transactional(readOnly = true)
	public List<AccountAudit.Entry> trail(SimitraUser user) {
		return audit.recent(user.accountId(), 10);
	}

	private Account account(SimitraUser user) {
		return accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("Account"));
	}

}
