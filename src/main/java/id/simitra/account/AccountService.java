package id.simitra.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.internal.Account;
import id.simitra.account.internal.AccountRepository;
import id.simitra.account.internal.AccountSessions;
import id.simitra.account.internal.AdminBootstrap;
import id.simitra.account.internal.EmailAddress;
import id.simitra.account.internal.EmailTakenException;
import id.simitra.account.internal.PasswordRules;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;

@Service
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountSessions sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		Account a = accounts.findByEmail(EmailAddress.canonical(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return user(a);
	}

	/**
	 * Called by Spring Security after a successful login whose hash is not in the default
	 * encoding (a bcrypt hash from before Argon2id): the password just checked is stored
	 * again as Argon2id.
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, @Nullable String newEncodedPassword) {
		Account a = accounts.findByEmail(user.getUsername())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		a.setPasswordHash(Objects.requireNonNull(newEncodedPassword, "Spring Security passes the new hash"));
		return user(accounts.saveAndFlush(a));
	}

	/**
	 * The logged-in person for this account, e.g. when a login completes after its second
	 * factor.
	 */
	@Transactional(readOnly = true)
	public Optional<SimitraUser> loadUser(Long accountId) {
		return accounts.findById(accountId).map(AccountService::user);
	}

	private static SimitraUser user(Account a) {
		return new SimitraUser(a.getId(), a.getEmail(), a.getPasswordHash(), a.isEnabled(), a.getRole(),
				a.getDisplayName());
	}

	/**
	 * Self-registration is open to UMKM owners and company staff only; officers are
	 * created by an admin.
	 */
	@Transactional
	public AccountView register(String email, String password, String displayName, Role role) {
		if (role != Role.UMKM && role != Role.COMPANY) {
			throw new IllegalArgumentException("Self-registration is for UMKM and company staff");
		}
		return create(email, password, displayName, role);
	}

	@Transactional
	public AccountView createOfficer(String email, String password, String displayName) {
		return createOfficer(email, password, displayName, null);
	}

	/**
	 * {@code provinceCode}: the province whose partnerships the officer reviews; null for
	 * none yet.
	 */
	@Transactional
	public AccountView createOfficer(String email, String password, String displayName, @Nullable String provinceCode) {
		AccountView created = create(email, password, displayName, Role.OFFICER);
		if (provinceCode == null) {
			return created;
		}
		Account a = accounts.findById(created.id()).orElseThrow();
		a.setProvinceCode(provinceCode);
		return accounts.saveAndFlush(a).toView();
	}

	/** An administrator renames an officer or changes the province they work for. */
	@Transactional
	public AccountView updateOfficer(Long id, String displayName, @Nullable String provinceCode) {
		Account a = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		if (a.getRole() != Role.OFFICER) {
			throw new NotFoundException("Officer " + id);
		}
		a.setDisplayName(displayName.strip());
		a.setProvinceCode(provinceCode);
		return accounts.saveAndFlush(a).toView();
	}

	/**
	 * The language to write to this person in (e-mails): the one chosen on the account
	 * page, else Bahasa Indonesia, the portal's default.
	 */
	@Transactional(readOnly = true)
	public java.util.Locale languageOf(Long accountId) {
		return accounts.findById(accountId)
			.map(Account::getLanguage)
			.map(java.util.Locale::forLanguageTag)
			.orElse(java.util.Locale.forLanguageTag("id"));
	}

	/**
	 * The province an officer works for; empty for officers without one and for other
	 * accounts.
	 */
	@Transactional(readOnly = true)
	public Optional<String> provinceOf(Long accountId) {
		return accounts.findById(accountId).map(Account::getProvinceCode);
	}

	/**
	 * Enabled officers working for this province, e.g. to tell them a partnership waits
	 * for review.
	 */
	@Transactional(readOnly = true)
	public List<Long> officerIdsInProvince(String provinceCode) {
		return provinceCode == null ? List.of() : accounts.findEnabledOfficerIdsByProvince(provinceCode);
	}

	/** Display names by id, for histories and lists (one query, not one per row). */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		accounts.findAllById(ids).forEach(a -> names.put(a.getId(), a.getDisplayName()));
		return names;
	}

	@Transactional
	public AccountView create(String email, String password, String displayName, Role role) {
		String normalized = EmailAddress.canonical(email);
		if (accounts.findByEmail(normalized).isPresent()) {
			throw new EmailTakenException(normalized);
		}
		// The forms and AdminBootstrap also refuse a password containing the e-mail's
		// name or built on a common word
		// (PasswordRules.problem); this safety net checks only the minimum, so the demo
		// data can keep its published
		// logins (admin@simitra.test / Admin12345).
		if (PasswordRules.minimumProblem(password) != null) {
			throw new IllegalArgumentException("Password does not meet the rules");
		}
		Account saved = accounts
			.save(new Account(normalized, passwordEncoder.encode(password), displayName.strip(), role));
		return saved.toView();
	}

	/** The account with this e-mail (in any form that is canonically the same). */
	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(@Nullable String email) {
		String canonical = EmailAddress.canonical(email);
		return canonical == null ? Optional.empty() : accounts.findByEmail(canonical).map(Account::toView);
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(@Nullable String email) {
		return email != null && accounts.findByEmail(EmailAddress.canonical(email)).isPresent();
	}

	/**
	 * An e-mail address as accounts store it, for other modules that keep addresses
	 * (company invitations, issue 13).
	 */
	public String canonicalEmail(String email) {
		return EmailAddress.canonical(email);
	}

	/**
	 * Why registration would refuse this password for this address (a message key), or
	 * null: the same rule for forms outside this module (accepting a company invitation
	 * with a new account).
	 */
	public @Nullable String passwordProblem(String password, @Nullable String email) {
		return PasswordRules.problem(password, email);
	}

	@Transactional(readOnly = true)
	public boolean anyWithRole(Role role) {
		return accounts.existsByRole(role);
	}

	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(Long id) {
		return accounts.findById(id).map(Account::toView);
	}

	/**
	 * The administrators' list, newest first: all accounts or one role, narrowed by
	 * {@code text} (part of the e-mail or of the name, any case) when given.
	 */
	@Transactional(readOnly = true)
	public PageView<AccountView> list(@Nullable Role role, @Nullable String text, int page) {
		var pageable = PageRequest.of(Math.max(page, 0), ADMIN_PAGE_SIZE);
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			var result = role == null ? accounts.findAllByOrderByCreatedAtDesc(pageable)
					: accounts.findByRoleOrderByCreatedAtDesc(role, pageable);
			return PageView.of(result.map(Account::toView));
		}
		// Typed % and _ are letters here, not wildcards.
		String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		var result = role == null ? accounts.search(pattern, pageable) : accounts.searchInRole(role, pattern, pageable);
		return PageView.of(result.map(Account::toView));
	}

	static final int ADMIN_PAGE_SIZE = 25;

	/**
	 * An administrator can lock an account out (and let it back in) without deleting its
	 * history. Disabling also ends every session the account has, on every instance:
	 * being logged in must not outlast the decision.
	 */
	@Transactional
	public void setEnabled(Long id, boolean enabled, Long actingAdminId) {
		if (id.equals(actingAdminId)) {
			throw new IllegalArgumentException("Administrators cannot lock themselves out");
		}
		Account a = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		a.setEnabled(enabled);
		if (!enabled) {
			sessions.endAll(a.getEmail());
		}
	}

}
