package id.simitra.account;

import java.time.Instant;

public record AccountView(Long id, String email, String displayName, Role role, boolean enabled, Instant createdAt) {
}
