package id.simitra.company;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One change to a company's team: {@code kind} (INVITED, INVITATION_REVOKED, JOINED,
 * ROLE_CHANGED, REMOVED, REQUEST_DECLINED), the member concerned (or the invited
 * address), the role, and which member did it.
 */
public record TeamEventView(String kind, @Nullable String memberName, @Nullable String email,
		@Nullable CompanyRole role, String actorName, Instant at) {
}
