package id.simitra.account;

import java.time.Instant;

/** {@code provinceCode}: an officer's working province, null for other roles and unassigned officers. */
public record AccountView(Long id, String email, String displayName, Role role, boolean enabled, Instant createdAt,
		String provinceCode) {
}
