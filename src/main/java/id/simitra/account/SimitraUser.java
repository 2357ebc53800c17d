package id.simitra.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: carries the account id and role so services can check ownership. */
public class SimitraUser extends User {

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
