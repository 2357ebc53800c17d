package id.simitra.company;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.internal.InvitationMailer;
import id.simitra.company.internal.TeamStore;
import id.simitra.company.internal.TeamStore.EventKind;
import id.simitra.company.internal.TeamStore.Invitation;
import id.simitra.company.internal.TeamStore.Membership;
import id.simitra.platform.NotFoundException;

/**
 * A company's team (issue 13): admins invite people by e-mail, change roles and remove
 * members; an account without a company accepts an invitation (a new account is created
 * on the way) or asks to join the company that holds its NIB. The company always keeps at
 * least one admin. Removing a member removes nobody's data: everything the company owns
 * is keyed by the company.
 * <p>
 * Refusals: not a member or not an admin of the company → 403; a member, invitation or
 * request of another company → 404; a rule (the last admin, an invitation already used) →
 * {@link TeamRuleException} with the reason's message key.
 */
@Service
public class CompanyTeamService {

	/** Open invitations a company may have at once: a typo storm, not a team, beyond. */
	static final int MAX_OPEN_INVITATIONS = 50;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'WIB'",
			Locale.forLanguageTag("id"));

	private final TeamStore team;

	private final CompanyService companies;

	private final AccountService accounts;

	private final InvitationMailer mailer;

	private final Clock clock;

	private final Duration invitationLifetime;

	CompanyTeamService(TeamStore team, CompanyService companies, AccountService accounts, InvitationMailer mailer,
			Clock clock, @Value("${simitra.company.invitation-days:7}") int invitationDays) {
		this.team = team;
		this.companies = companies;
		this.accounts = accounts;
		this.mailer = mailer;
		this.clock = clock;
		this.invitationLifetime = Duration.ofDays(invitationDays);
	}

	/** The account's role in its company; empty when it works for none. */
	@Transactional(readOnly = true)
	public Optional<CompanyRole> roleOf(Long accountId) {
		return team.membershipOf(accountId).map(Membership::role);
	}

	/** 403 unless the account is an admin of its company. */
	@Transactional(readOnly = true)
	public void requireAdmin(Long accountId) {
		adminCompany(accountId);
	}

	/** The members of the viewer's company (any member may see who the team is). */
	@Transactional(readOnly = true)
	public List<CompanyMemberView> members(Long viewerId) {
		return team.members(membership(viewerId).companyId());
	}

	@Transactional(readOnly = true)
	public List<InvitationView> openInvitations(Long adminId) {
		return team.openInvitations(adminCompany(adminId), Instant.now(clock));
	}

	@Transactional(readOnly = true)
	public List<MembershipRequestView> pendingRequests(Long adminId) {
		return team.pendingRequests(adminCompany(adminId));
	}

	/** The latest changes to the team, newest first. */
	@Transactional(readOnly = true)
	public List<TeamEventView> history(Long adminId) {
		return team.history(adminCompany(adminId), 30);
	}

	/**
	 * Invites an address to the admin's company and e-mails the link. A new invitation to
	 * the same address replaces the open one.
	 */
	@Transactional
	public InvitationIssued invite(Long adminId, String email, CompanyRole role) {
		Long companyId = adminCompany(adminId);
		String address = accounts.canonicalEmail(email);
		Instant now = Instant.now(clock);
		if (accounts.emailTaken(address)
				&& team.isMember(companyId, ((SimitraUser) accounts.loadUserByUsername(address)).accountId())) {
			throw new TeamRuleException("team.alreadyMember", address + " is already a member");
		}
		team.revokeOpenFor(companyId, address, now);
		if (team.openInvitationCount(companyId, now) >= MAX_OPEN_INVITATIONS) {
			throw new TeamRuleException("team.tooManyInvitations", "Company " + companyId + " has too many open");
		}
		String token = newToken();
		Instant expires = now.plus(invitationLifetime);
		Long id = team.addInvitation(companyId, address, role, hash(token), adminId, now, expires);
		team.record(companyId, null, address, EventKind.INVITED, role, adminId, now);
		String path = "/undangan/" + token;
		CompanyView company = companies.get(companyId);
		String inviter = accounts.displayNames(List.of(adminId)).getOrDefault(adminId, "");
		mailer.sendAfterCommit(address, inviter, company.name(), path,
				MAIL_DATE.format(expires.atZone(clock.getZone())));
		return new InvitationIssued(id, address, token, path, mailer.enabled());
	}

	@Transactional
	public void revokeInvitation(Long adminId, Long invitationId) {
		Long companyId = adminCompany(adminId);
		Instant now = Instant.now(clock);
		String email = team.openInvitationEmail(invitationId, companyId, now)
			.orElseThrow(() -> new NotFoundException("Open invitation " + invitationId + " of company " + companyId));
		team.revoke(invitationId, companyId, now);
		team.record(companyId, null, email, EventKind.INVITATION_REVOKED, null, adminId, now);
	}

	/** What the link's page shows; 404 for a token that was never issued. */
	@Transactional(readOnly = true)
	public InvitationFacts invitation(String token) {
		Invitation i = find(token);
		return new InvitationFacts(i.companyName(), i.email(), i.role(), i.invitedByName(), i.expiresAt(), state(i));
	}

	/**
	 * The logged-in account accepts: it must be a company account that works for no
	 * company yet. Single use: a second accept (or one after expiry) is refused.
	 */
	@Transactional
	public Long accept(String token, SimitraUser user) {
		if (!user.is(Role.COMPANY)) {
			throw new TeamRuleException("team.notCompanyAccount",
					"Account " + user.accountId() + " is not a company's");
		}
		return join(find(token), user.accountId());
	}

	/**
	 * Someone without an account accepts: an account for the invited address is created
	 * and joins, in one transaction (nothing is created for an invitation that no longer
	 * holds). Returns the new account's id.
	 */
	@Transactional
	public Long acceptAsNewAccount(String token, String displayName, String password) {
		Invitation i = find(token);
		requireOpen(i);
		if (accounts.emailTaken(i.email())) {
			throw new TeamRuleException("team.emailHasAccount", "An account exists for " + i.email());
		}
		Long accountId = accounts.register(i.email(), password, displayName, Role.COMPANY).id();
		join(i, accountId);
		return accountId;
	}

	/** The password rule of registration, for the new-account form of an invitation. */
	public Optional<String> passwordProblem(String token, String password) {
		return Optional.ofNullable(accounts.passwordProblem(password, find(token).email()));
	}

	@Transactional
	public void changeRole(Long adminId, Long memberId, CompanyRole role) {
		Long companyId = adminCompany(adminId);
		team.lockCompany(companyId);
		CompanyRole current = memberRole(companyId, memberId);
		if (current == role) {
			return;
		}
		if (current == CompanyRole.ADMIN && team.admins(companyId) <= 1) {
			throw new TeamRuleException("team.lastAdmin", "Company " + companyId + " keeps one admin");
		}
		team.setRole(companyId, memberId, role);
		team.record(companyId, memberId, null, EventKind.ROLE_CHANGED, role, adminId, Instant.now(clock));
	}

	/**
	 * Removes a member (an admin may remove itself while another admin remains). The
	 * member loses access at its next request; the company's needs, offers,
	 * conversations, partnerships and shortlists stay, and so does the member's name in
	 * their history.
	 */
	@Transactional
	public void remove(Long adminId, Long memberId) {
		Long companyId = adminCompany(adminId);
		team.lockCompany(companyId);
		CompanyRole current = memberRole(companyId, memberId);
		if (current == CompanyRole.ADMIN && team.admins(companyId) <= 1) {
			throw new TeamRuleException("team.lastAdmin", "Company " + companyId + " keeps one admin");
		}
		team.removeMember(companyId, memberId);
		team.record(companyId, memberId, null, EventKind.REMOVED, current, adminId, Instant.now(clock));
	}

	/** A member of the admin's company (for the confirmation page); 404 otherwise. */
	@Transactional(readOnly = true)
	public CompanyMemberView member(Long adminId, Long memberId) {
		Long companyId = adminCompany(adminId);
		return team.members(companyId)
			.stream()
			.filter(m -> m.accountId().equals(memberId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Member " + memberId + " of company " + companyId));
	}

	/**
	 * An account without a company asks to join this one (its NIB was taken). A request
	 * to another company replaces the waiting one.
	 */
	@Transactional
	public void requestMembership(Long accountId, Long companyId) {
		if (team.membershipOf(accountId).isPresent()) {
			throw new TeamRuleException("team.alreadyInCompany", "Account " + accountId + " works for a company");
		}
		companies.get(companyId);
		Optional<PendingRequest> pending = team.pendingRequestOf(accountId);
		if (pending.isPresent() && pending.get().companyId().equals(companyId)) {
			return;
		}
		Instant now = Instant.now(clock);
		team.withdrawRequestsOf(accountId, now);
		team.addRequest(companyId, accountId, now);
	}

	@Transactional(readOnly = true)
	public Optional<PendingRequest> pendingRequestOf(Long accountId) {
		return team.pendingRequestOf(accountId);
	}

	@Transactional
	public void withdrawRequest(Long accountId) {
		team.withdrawRequestsOf(accountId, Instant.now(clock));
	}

	/**
	 * An admin answers a request: approved, the account joins as staff. Returns false
	 * when it had joined a company meanwhile (the request is then closed).
	 */
	@Transactional
	public boolean decideRequest(Long adminId, Long requestId, boolean approve) {
		Long companyId = adminCompany(adminId);
		Long requester = team.pendingRequester(requestId, companyId)
			.orElseThrow(() -> new NotFoundException("Request " + requestId + " at company " + companyId));
		Instant now = Instant.now(clock);
		boolean joins = approve && team.membershipOf(requester).isEmpty();
		team.decideRequest(requestId, adminId, joins, now);
		if (joins) {
			team.addMember(companyId, requester, CompanyRole.STAFF, now);
			team.record(companyId, requester, null, EventKind.JOINED, CompanyRole.STAFF, adminId, now);
		}
		else if (!approve) {
			team.record(companyId, requester, null, EventKind.REQUEST_DECLINED, null, adminId, now);
		}
		return joins;
	}

	private Long join(Invitation i, Long accountId) {
		requireOpen(i);
		if (team.membershipOf(accountId).isPresent()) {
			throw new TeamRuleException("team.alreadyInCompany", "Account " + accountId + " works for a company");
		}
		Instant now = Instant.now(clock);
		if (team.markAccepted(i.id(), accountId, now) == 0) {
			// Accepted, revoked or expired between reading it and now.
			throw new TeamRuleException("team.invitationUsed", "Invitation " + i.id() + " no longer open");
		}
		team.addMember(i.companyId(), accountId, i.role(), now);
		team.withdrawRequestsOf(accountId, now);
		team.record(i.companyId(), accountId, null, EventKind.JOINED, i.role(), accountId, now);
		return i.companyId();
	}

	private void requireOpen(Invitation i) {
		switch (state(i)) {
			case OPEN -> {
			}
			case ACCEPTED -> throw new TeamRuleException("team.invitationUsed", "Invitation " + i.id() + " used");
			case REVOKED -> throw new TeamRuleException("team.invitationRevoked", "Invitation " + i.id() + " revoked");
			case EXPIRED -> throw new TeamRuleException("team.invitationExpired", "Invitation " + i.id() + " expired");
		}
	}

	private InvitationFacts.State state(Invitation i) {
		if (i.acceptedAt() != null) {
			return InvitationFacts.State.ACCEPTED;
		}
		if (i.revokedAt() != null) {
			return InvitationFacts.State.REVOKED;
		}
		return i.expiresAt().isAfter(Instant.now(clock)) ? InvitationFacts.State.OPEN : InvitationFacts.State.EXPIRED;
	}

	private Invitation find(String token) {
		return team.invitationByHash(hash(token)).orElseThrow(() -> new NotFoundException("Invitation"));
	}

	private Membership membership(Long accountId) {
		return team.membershipOf(accountId)
			.orElseThrow(() -> new AccessDeniedException("Account " + accountId + " works for no company"));
	}

	private Long adminCompany(Long accountId) {
		Membership m = membership(accountId);
		if (m.role() != CompanyRole.ADMIN) {
			throw new AccessDeniedException("Only an admin manages the team of company " + m.companyId());
		}
		return m.companyId();
	}

	private CompanyRole memberRole(Long companyId, Long memberId) {
		return team.membershipOf(memberId)
			.filter(m -> m.companyId().equals(companyId))
			.map(Membership::role)
			.orElseThrow(() -> new NotFoundException("Member " + memberId + " of company " + companyId));
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

}
