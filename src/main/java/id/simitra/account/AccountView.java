package id.simitra.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * {@code provinceCode}: an officer's working province, null for other roles and
 * unassigned officers.
 */
public record AccountView(Long id, String email, String displayName, Role role, boolean enabled,
		@Nullable Instant createdAt, @Nullable String provinceCode) {
}
