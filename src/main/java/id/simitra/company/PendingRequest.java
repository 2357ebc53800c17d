package id.simitra.company;

import java.time.Instant;

/** The requester's own view of its request to join a company. */
public record PendingRequest(Long id, Long companyId, String companyName, Instant createdAt) {
}
