package id.simitra.company.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.simitra.company.CompanyMemberView;
import id.simitra.company.CompanyRole;
import id.simitra.company.InvitationView;
import id.simitra.company.MembershipRequestView;
import id.simitra.company.PendingRequest;
import id.simitra.company.TeamEventView;

/**
 * The SQL of company teams (V87): members, invitations, membership requests and the
 * team's history. Services call it inside their transactions.
 */
@Repository
public class TeamStore {

	public record Membership(Long companyId, CompanyRole role) {
	}

	/**
	 * An invitation as its token finds it; the state is decided by the service with the
	 * portal's clock.
	 */
	public record Invitation(Long id, Long companyId, String companyName, String email, CompanyRole role,
			String invitedByName, Instant expiresAt, @Nullable Instant acceptedAt, @Nullable Instant revokedAt) {
	}

	public enum EventKind {

		INVITED, INVITATION_REVOKED, JOINED, ROLE_CHANGED, REMOVED, REQUEST_DECLINED

	}

	private final JdbcClient jdbc;

	TeamStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- members

	public Optional<Membership> membershipOf(Long accountId) {
		return jdbc.sql("select company_id, role from company_member where account_id = :account")
			.param("account", accountId)
			.query((rs, n) -> new Membership(rs.getLong(1), CompanyRole.valueOf(rs.getString(2))))
			.optional();
	}

	public boolean isMember(Long companyId, Long accountId) {
		return jdbc.sql("select count(*) from company_member where company_id = :company and account_id = :account")
			.param("company", companyId)
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	public List<Long> accountIds(Long companyId) {
		return jdbc.sql("""
				select account_id from company_member where company_id = :company
				order by role = 'ADMIN' desc, joined_at, account_id
				""").param("company", companyId).query(Long.class).list();
	}

	public List<CompanyMemberView> members(Long companyId) {
		return jdbc.sql("""
				select m.account_id, p.display_name, m.role, m.joined_at
				from company_member m join account_person p on p.id = m.account_id
				where m.company_id = :company
				order by m.role = 'ADMIN' desc, lower(p.display_name), m.account_id
				""")
			.param("company", companyId)
			.query((rs, n) -> new CompanyMemberView(rs.getLong(1), rs.getString(2),
					CompanyRole.valueOf(rs.getString(3)), instant(rs, 4)))
			.list();
	}

	public void addMember(Long companyId, Long accountId, CompanyRole role, Instant at) {
		jdbc.sql("""
				insert into company_member (company_id, account_id, role, joined_at)
				values (:company, :account, :role, :at)
				""")
			.param("company", companyId)
			.param("account", accountId)
			.param("role", role.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	public int removeMember(Long companyId, Long accountId) {
		return jdbc.sql("delete from company_member where company_id = :company and account_id = :account")
			.param("company", companyId)
			.param("account", accountId)
			.update();
	}

	public int setRole(Long companyId, Long accountId, CompanyRole role) {
		return jdbc.sql("update company_member set role = :role where company_id = :company and account_id = :account")
			.param("role", role.name())
			.param("company", companyId)
			.param("account", accountId)
			.update();
	}

	public long admins(Long companyId) {
		return jdbc.sql("select count(*) from company_member where company_id = :company and role = 'ADMIN'")
			.param("company", companyId)
			.query(Long.class)
			.single();
	}

	/**
	 * Locks the company's row until the transaction ends: changes to its team that must
	 * keep one admin (two admins removing each other at once) run one after the other.
	 */
	public void lockCompany(Long companyId) {
		jdbc.sql("select id from company where id = :company for update")
			.param("company", companyId)
			.query()
			.listOfRows();
	}

	// --- invitations

	public Long addInvitation(Long companyId, String email, CompanyRole role, String tokenHash, Long invitedBy,
			Instant at, Instant expiresAt) {
		return jdbc.sql("""
				insert into company_invitation (company_id, email, role, token_hash, invited_by, created_at, expires_at)
				values (:company, :email, :role, :hash, :by, :at, :expires) returning id
				""")
			.param("company", companyId)
			.param("email", email)
			.param("role", role.name())
			.param("hash", tokenHash)
			.param("by", invitedBy)
			.param("at", Timestamp.from(at))
			.param("expires", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
	}

	/**
	 * Ends the open invitations of this address to this company (a new one replaces
	 * them).
	 */
	public int revokeOpenFor(Long companyId, String email, Instant at) {
		return jdbc.sql("""
				update company_invitation set revoked_at = :at
				where company_id = :company and email = :email and accepted_at is null and revoked_at is null
				""").param("at", Timestamp.from(at)).param("company", companyId).param("email", email).update();
	}

	public int revoke(Long invitationId, Long companyId, Instant at) {
		return jdbc.sql("""
				update company_invitation set revoked_at = :at
				where id = :id and company_id = :company and accepted_at is null and revoked_at is null
				""").param("at", Timestamp.from(at)).param("id", invitationId).param("company", companyId).update();
	}

	public Optional<String> openInvitationEmail(Long invitationId, Long companyId, Instant now) {
		return jdbc.sql("""
				select email from company_invitation
				where id = :id and company_id = :company and accepted_at is null and revoked_at is null
				  and expires_at > :now
				""")
			.param("id", invitationId)
			.param("company", companyId)
			.param("now", Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	public Optional<Invitation> invitationByHash(String tokenHash) {
		return jdbc.sql("""
				select i.id, i.company_id, c.name, i.email, i.role, p.display_name, i.expires_at, i.accepted_at,
				       i.revoked_at
				from company_invitation i join company c on c.id = i.company_id
				join account_person p on p.id = i.invited_by
				where i.token_hash = :hash
				""")
			.param("hash", tokenHash)
			.query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					CompanyRole.valueOf(rs.getString(5)), rs.getString(6), instant(rs, 7), nullableInstant(rs, 8),
					nullableInstant(rs, 9)))
			.optional();
	}

	/**
	 * Marks the invitation used, only if it still is open at {@code now}: of two accepts
	 * racing, one changes the row and the other gets 0.
	 */
	public int markAccepted(Long invitationId, Long accountId, Instant now) {
		return jdbc.sql("""
				update company_invitation set accepted_at = :now, accepted_by = :account
				where id = :id and accepted_at is null and revoked_at is null and expires_at > :now
				""").param("now", Timestamp.from(now)).param("account", accountId).param("id", invitationId).update();
	}

	public List<InvitationView> openInvitations(Long companyId, Instant now) {
		return jdbc.sql("""
				select i.id, i.email, i.role, p.display_name, i.created_at, i.expires_at
				from company_invitation i join account_person p on p.id = i.invited_by
				where i.company_id = :company and i.accepted_at is null and i.revoked_at is null and i.expires_at > :now
				order by i.created_at desc, i.id desc
				""")
			.param("company", companyId)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new InvitationView(rs.getLong(1), rs.getString(2), CompanyRole.valueOf(rs.getString(3)),
					rs.getString(4), instant(rs, 5), instant(rs, 6)))
			.list();
	}

	public long openInvitationCount(Long companyId, Instant now) {
		return jdbc.sql("""
				select count(*) from company_invitation
				where company_id = :company and accepted_at is null and revoked_at is null and expires_at > :now
				""").param("company", companyId).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	// --- membership requests

	public Long addRequest(Long companyId, Long accountId, Instant at) {
		return jdbc.sql("""
				insert into company_membership_request (company_id, account_id, created_at)
				values (:company, :account, :at) returning id
				""")
			.param("company", companyId)
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public Optional<PendingRequest> pendingRequestOf(Long accountId) {
		return jdbc.sql("""
				select r.id, r.company_id, c.name, r.created_at
				from company_membership_request r join company c on c.id = r.company_id
				where r.account_id = :account and r.decided_at is null
				""")
			.param("account", accountId)
			.query((rs, n) -> new PendingRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4)))
			.optional();
	}

	public List<MembershipRequestView> pendingRequests(Long companyId) {
		return jdbc.sql("""
				select r.id, r.account_id, p.display_name, r.created_at
				from company_membership_request r join account_person p on p.id = r.account_id
				where r.company_id = :company and r.decided_at is null
				order by r.created_at, r.id
				""")
			.param("company", companyId)
			.query((rs, n) -> new MembershipRequestView(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4)))
			.list();
	}

	/** The requesting account of a request still waiting at this company, locked. */
	public Optional<Long> pendingRequester(Long requestId, Long companyId) {
		return jdbc.sql("""
				select account_id from company_membership_request
				where id = :id and company_id = :company and decided_at is null for update
				""").param("id", requestId).param("company", companyId).query(Long.class).optional();
	}

	public void decideRequest(Long requestId, Long decidedBy, boolean approved, Instant at) {
		jdbc.sql("""
				update company_membership_request set decided_at = :at, decided_by = :by, approved = :approved
				where id = :id
				""")
			.param("at", Timestamp.from(at))
			.param("by", decidedBy)
			.param("approved", approved)
			.param("id", requestId)
			.update();
	}

	/**
	 * Closes the account's waiting request (it joined a company another way, or withdrew
	 * it): decided by itself, not approved.
	 */
	public int withdrawRequestsOf(Long accountId, Instant at) {
		return jdbc.sql("""
				update company_membership_request set decided_at = :at, decided_by = :account, approved = false
				where account_id = :account and decided_at is null
				""").param("at", Timestamp.from(at)).param("account", accountId).update();
	}

	// --- history

	public void record(Long companyId, @Nullable Long accountId, @Nullable String email, EventKind kind,
			@Nullable CompanyRole role, Long actorId, Instant at) {
		jdbc.sql("""
				insert into company_member_event (company_id, account_id, email, kind, role, actor_id, created_at)
				values (:company, :account, :email, :kind, :role, :actor, :at)
				""")
			.param("company", companyId)
			.param("account", accountId)
			.param("email", email)
			.param("kind", kind.name())
			.param("role", role == null ? null : role.name())
			.param("actor", actorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	public List<TeamEventView> history(Long companyId, int limit) {
		return jdbc.sql("""
				select e.kind, m.display_name, e.email, e.role, a.display_name, e.created_at
				from company_member_event e join account_person a on a.id = e.actor_id
				left join account_person m on m.id = e.account_id
				where e.company_id = :company
				order by e.created_at desc, e.id desc limit :limit
				""").param("company", companyId).param("limit", limit).query((rs, n) -> {
			String role = rs.getString(4);
			return new TeamEventView(rs.getString(1), rs.getString(2), rs.getString(3),
					role == null ? null : CompanyRole.valueOf(role), rs.getString(5), instant(rs, 6));
		}).list();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
