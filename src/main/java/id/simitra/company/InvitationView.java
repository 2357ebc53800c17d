package id.simitra.company;

import java.time.Instant;

/** An invitation still waiting for its answer, as the company's admins see it. */
public record InvitationView(Long id, String email, CompanyRole role, String invitedByName, Instant createdAt,
		Instant expiresAt) {
}
