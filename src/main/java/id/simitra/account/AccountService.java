package id.simitra.account;

import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.shared.NotFoundException;
import id.simitra.shared.PageView;

@Service
public class AccountService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		Account a = accounts.findByEmailIgnoreCase(email.strip())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return new SimitraUser(a.getId(), a.getEmail(), a.getPasswordHash(), a.isEnabled(), a.getRole(),
				a.getDisplayName());
	}

	/** Self-registration is open to UMKM owners and company staff only; officers are created by an admin. */
	@Transactional
	public AccountView register(String email, String password, String displayName, Role role) {
		if (role != Role.UMKM && role != Role.COMPANY) {
			throw new IllegalArgumentException("Self-registration is for UMKM and company staff");
		}
		return create(email, password, displayName, role);
	}

	@Transactional
	public AccountView createOfficer(String email, String password, String displayName) {
		return create(email, password, displayName, Role.OFFICER);
	}

	@Transactional
	public AccountView create(String email, String password, String displayName, Role role) {
		String normalized = email.strip().toLowerCase();
		if (accounts.findByEmailIgnoreCase(normalized).isPresent()) {
			throw new EmailTakenException(normalized);
		}
		if (!PasswordRules.isAcceptable(password)) {
			throw new IllegalArgumentException("Password does not meet the rules");
		}
		Account saved = accounts.save(new Account(normalized, passwordEncoder.encode(password), displayName.strip(), role));
		return saved.toView();
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return email != null && accounts.findByEmailIgnoreCase(email.strip()).isPresent();
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

	@Transactional(readOnly = true)
	public PageView<AccountView> list(Role role, int page) {
		var pageable = PageRequest.of(Math.max(page, 0), 25);
		var result = role == null ? accounts.findAllByOrderByCreatedAtDesc(pageable)
				: accounts.findByRoleOrderByCreatedAtDesc(role, pageable);
		return PageView.of(result.map(Account::toView));
	}

	/** An administrator can lock an account out (and let it back in) without deleting its history. */
	@Transactional
	public void setEnabled(Long id, boolean enabled, Long actingAdminId) {
		if (id.equals(actingAdminId)) {
			throw new IllegalArgumentException("Administrators cannot lock themselves out");
		}
		Account a = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		a.setEnabled(enabled);
	}

}
