package id.simitra.event.internal.setup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.ParticipantsInvited;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;

/**
 * Inviting companies (with some of their open needs) and UMKM to an event, three ways:
 * picked by hand, the best N of each invited need's ranking (the matching module ranks;
 * nothing is scored here), or every UMKM of chosen regencies and KBLI sections of the
 * event's province. Each participant is invited once; the newly invited are told through
 * {@link ParticipantsInvited}.
 */
@Service
public class InvitationService {

	/**
	 * An invitation by area may reach at most this many UMKM at once: a provincial office
	 * may hold a million UMKM, and an event has a few hundred seats.
	 */
	public static final int MAX_BY_AREA = 1000;

	/** At most this many of each need's ranking. */
	public static final int MAX_BEST = 50;

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final EventSetupService events;

	private final MatchingService matching;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	InvitationService(JdbcClient jdbc, EventAccess access, EventSetupService events, MatchingService matching,
			ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.matching = matching;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The invitations of the event, companies first, then by name. */
	@Transactional(readOnly = true)
	public List<InvitationRow> invitations(long eventId) {
		return this.jdbc.sql("""
				select i.id, i.company_id, i.umkm_id, coalesce(c.name, u.business_name) as name, i.chosen_by,
				       (select string_agg(n.title, ', ' order by n.title) from event_invitation_need x
				        join need_summary n on n.id = x.need_id where x.invitation_id = i.id) as needs,
				       exists (select 1 from event_registration g where g.event_id = i.event_id
				               and (g.company_id = i.company_id or g.umkm_id = i.umkm_id)) as registered
				from event_invitation i
				left join company_summary c on c.id = i.company_id
				left join umkm_listing u on u.id = i.umkm_id
				where i.event_id = :event
				order by i.company_id is null, name, i.id
				""")
			.param("event", eventId)
			.query((rs, n) -> new InvitationRow(rs.getLong("id"), rs.getObject("company_id", Long.class),
					rs.getObject("umkm_id", Long.class), rs.getString("name"), rs.getString("chosen_by"),
					rs.getString("needs"), rs.getBoolean("registered")))
			.list();
	}

	/**
	 * Companies whose name contains the text and that have needs open today, with those
	 * needs: the officer ticks which to invite them with.
	 */
	@Transactional(readOnly = true)
	public List<CompanyPick> companies(String text) {
		Map<Long, CompanyPick> companies = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, c.name, n.id as need_id, n.title
				from company_summary c join need_summary n on n.company_id = c.id
				where c.name ilike '%' || :q || '%' and need_takes_offers(n.status, n.deadline, :today)
				  and c.id in (select c2.id from company_summary c2 where c2.name ilike '%' || :q || '%'
				               order by c2.name, c2.id limit 10)
				order by c.name, c.id, n.title, n.id
				""")
			.param("q", like(text))
			.param("today", this.events.today(java.time.ZoneId.of("Asia/Jakarta")))
			.query((rs, n) -> {
				CompanyPick pick = companies.computeIfAbsent(rs.getLong("id"),
						id -> new CompanyPick(id, stringOf(rs, "name"), new ArrayList<>()));
				pick.needs().add(new CompanyPick.OpenNeed(rs.getLong("need_id"), rs.getString("title")));
				return pick;
			})
			.list();
		return List.copyOf(companies.values());
	}

	/** UMKM whose business name contains the text, for picking by hand. */
	@Transactional(readOnly = true)
	public List<UmkmPick> umkm(String text) {
		return this.jdbc.sql("""
				select u.id, u.business_name, r.name as regency
				from umkm_listing u join region r on r.code = u.regency_code
				where u.business_name ilike '%' || :q || '%'
				order by u.business_name, u.id limit 20
				""")
			.param("q", like(text))
			.query((rs, n) -> new UmkmPick(rs.getLong("id"), rs.getString("business_name"), rs.getString("regency")))
			.list();
	}

	/**
	 * Invites a company with some of its open needs (more needs for a company invited
	 * already). Answers how many needs were added; needs not the company's or not open
	 * are ignored.
	 */
	@Transactional
	public int inviteCompany(SimitraUser user, long eventId, long companyId, List<Long> needIds) {
		EventFacts event = this.access.organised(eventId, user);
		List<Long> open = needIds.isEmpty() ? List.of()
				: this.jdbc.sql("""
						select id from need_summary where id in (:ids) and company_id = :company
						and need_takes_offers(status, deadline, :today)""")
					.param("ids", needIds)
					.param("company", companyId)
					.param("today", this.events.today(event.zone()))
					.query(Long.class)
					.list();
		if (open.isEmpty()) {
			return 0;
		}
		OffsetDateTime now = now();
		List<Long> created = this.jdbc.sql("""
				insert into event_invitation (event_id, company_id, chosen_by, invited_by, created_at)
				values (:event, :company, 'HAND', :account, :now)
				on conflict do nothing returning id""")
			.param("event", eventId)
			.param("company", companyId)
			.param("account", user.accountId())
			.param("now", now)
			.query(Long.class)
			.list();
		long invitation = this.jdbc.sql("select id from event_invitation where event_id = :e and company_id = :c")
			.param("e", eventId)
			.param("c", companyId)
			.query(Long.class)
			.single();
		int added = 0;
		for (Long need : open) {
			added += this.jdbc
				.sql("""
						insert into event_invitation_need (invitation_id, need_id) values (:i, :n) on conflict do nothing""")
				.param("i", invitation)
				.param("n", need)
				.update();
		}
		this.events.audit(eventId, user, "INVITED", "company " + companyId + " with needs " + open);
		if (!created.isEmpty()) {
			this.publisher.publishEvent(
					new ParticipantsInvited(eventId, event.name(), event.eventDate(), List.of(companyId), List.of()));
		}
		return added;
	}

	/** Invites UMKM picked by hand; answers how many were newly invited. */
	@Transactional
	public int inviteUmkm(SimitraUser user, long eventId, List<Long> umkmIds) {
		EventFacts event = this.access.organised(eventId, user);
		if (umkmIds.isEmpty()) {
			return 0;
		}
		return insertUmkm(user, event, "HAND", "u.id in (:ids)", Map.of("ids", umkmIds));
	}

	/**
	 * Invites, for each need the event's companies were invited with, the best {@code n}
	 * UMKM of its ranking (matching's; those kept out by a missing required certificate
	 * are not in it). Answers how many were newly invited.
	 */
	@Transactional
	public int inviteBestRanked(SimitraUser user, long eventId, int n) {
		EventFacts event = this.access.organised(eventId, user);
		List<Long> needs = this.jdbc.sql("""
				select distinct x.need_id from event_invitation_need x
				join event_invitation i on i.id = x.invitation_id where i.event_id = :event order by x.need_id""")
			.param("event", eventId)
			.query(Long.class)
			.list();
		List<Long> best = new ArrayList<>();
		for (Long need : needs) {
			for (Candidate c : this.matching.rank(need, Math.max(1, Math.min(n, MAX_BEST)))) {
				if (!c.excluded() && !best.contains(c.umkmId())) {
					best.add(c.umkmId());
				}
			}
		}
		if (best.isEmpty()) {
			return 0;
		}
		return insertUmkm(user, event, "RANKING", "u.id in (:ids)", Map.of("ids", best));
	}

	/**
	 * How many UMKM of the event's province are in the chosen regencies (all of the
	 * province when none is chosen) with an activity in the chosen KBLI sections (any
	 * when none is chosen).
	 */
	@Transactional(readOnly = true)
	public long countByArea(SimitraUser user, long eventId, List<String> regencies, List<String> sections) {
		EventFacts event = this.access.organised(eventId, user);
		Map<String, Object> params = new LinkedHashMap<>();
		String where = areaCondition(event, regencies, sections, params);
		return this.jdbc.sql("select count(*) from umkm_listing u where " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * Invites every UMKM {@link #countByArea} counts, when they are at most
	 * {@link #MAX_BY_AREA}; answers how many were newly invited.
	 */
	@Transactional
	public int inviteByArea(SimitraUser user, long eventId, List<String> regencies, List<String> sections) {
		EventFacts event = this.access.organised(eventId, user);
		if (countByArea(user, eventId, regencies, sections) > MAX_BY_AREA) {
			throw new IllegalArgumentException("more than " + MAX_BY_AREA + " UMKM");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = areaCondition(event, regencies, sections, params);
		return insertUmkm(user, event, regencies.isEmpty() ? "SECTOR" : "REGENCY", where, params);
	}

	private static String areaCondition(EventFacts event, List<String> regencies, List<String> sections,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder("u.regency_code like :province");
		params.put("province", event.provinceCode() + ".%");
		if (!regencies.isEmpty()) {
			where.append(" and u.regency_code in (:regencies)");
			params.put("regencies", regencies);
		}
		if (!sections.isEmpty()) {
			where.append("""
					and exists (select 1 from umkm_activity a join kbli k on k.version = a.kbli_version
					            and k.code = a.kbli_code where a.umkm_id = u.id and k.section in (:sections))""");
			params.put("sections", sections);
		}
		return where.toString();
	}

	private int insertUmkm(SimitraUser user, EventFacts event, String chosenBy, String where,
			Map<String, Object> params) {
		List<Long> created = this.jdbc
			.sql("insert into event_invitation (event_id, umkm_id, chosen_by, invited_by, created_at)"
					+ " select :event, u.id, :chosen, :account, :now from umkm_listing u where " + where
					+ " on conflict do nothing returning umkm_id")
			.params(params)
			.param("event", event.id())
			.param("chosen", chosenBy)
			.param("account", user.accountId())
			.param("now", now())
			.query(Long.class)
			.list();
		this.events.audit(event.id(), user, "INVITED", created.size() + " UMKM (" + chosenBy + ")");
		if (!created.isEmpty()) {
			this.publisher
				.publishEvent(new ParticipantsInvited(event.id(), event.name(), event.eventDate(), List.of(), created));
		}
		return created.size();
	}

	private static String like(String text) {
		return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String stringOf(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * An invitation as the officer's list shows it.
	 *
	 * @param id the invitation
	 * @param companyId the company invited, or null
	 * @param umkmId the UMKM invited, or null
	 * @param name the company's or UMKM's name
	 * @param chosenBy HAND, RANKING, REGENCY or SECTOR
	 * @param needs the needs a company was invited with
	 * @param registered whether it registered since
	 */
	public record InvitationRow(long id, @Nullable Long companyId, @Nullable Long umkmId, String name, String chosenBy,
			@Nullable String needs, boolean registered) {

	}

	/**
	 * A company found by name with its open needs.
	 *
	 * @param id the company
	 * @param name its name
	 * @param needs its needs open today
	 */
	public record CompanyPick(long id, String name, List<OpenNeed> needs) {

		/**
		 * An open need.
		 *
		 * @param id the need
		 * @param title its title
		 */
		public record OpenNeed(long id, String title) {

		}

	}

	/**
	 * An UMKM found by name.
	 *
	 * @param id the UMKM
	 * @param name its business name
	 * @param regencyName where it is
	 */
	public record UmkmPick(long id, String name, String regencyName) {

	}

}
