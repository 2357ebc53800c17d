package id.simitra.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person: carries the account id and role so services can check ownership.
 */
public class SimitraUser extends User {

	/**
	 * Stored in the PostgreSQL session table (Java serialization), so the class's
	 * identity must not change with every recompilation. The value is the one the JVM
	 * computed for the class as it was before it was fixed here, so sessions stored by
	 * that version still load. Change it (and accept that everyone logs in again) only
	 * when a field changes incompatibly.
	 */
	private static final long serialVersionUID = 1073725502435091310L;

	private final Long accountId;

	private final Role role;

	private final String displayName;

	SimitraUser(Long accountId, String email, String passwordHash, boolean enabled, Role role, String displayName) {
		super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
		this.accountId = accountId;
		this.role = role;
		this.displayName = displayName;
	}

	public Long accountId() {
		return accountId;
	}

	public Role role() {
		return role;
	}

	public String displayName() {
		return displayName;
	}

	public boolean is(Role r) {
		return role == r;
	}

}
