package id.simitra.company;

import java.time.Instant;

/** A member of a company as its team page shows it. */
public record CompanyMemberView(Long accountId, String displayName, CompanyRole role, Instant joinedAt) {
}
