package id.simitra.company;

import java.time.Instant;

/** What the invitation page shows to whoever opens the link. */
public record InvitationFacts(String companyName, String email, CompanyRole role, String invitedByName,
		Instant expiresAt, State state) {

	public enum State {

		OPEN, ACCEPTED, REVOKED, EXPIRED

	}

	public boolean open() {
		return state == State.OPEN;
	}

}
