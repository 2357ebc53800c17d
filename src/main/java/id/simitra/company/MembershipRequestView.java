package id.simitra.company;

import java.time.Instant;

/** An account asking to join the company, waiting for an admin. */
public record MembershipRequestView(Long id, Long accountId, String displayName, Instant createdAt) {
}
