package id.simitra.event.internal;

import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.platform.NotFoundException;
import id.simitra.umkm.UmkmService;

/**
 * The one place that says who may organise an event and who takes part in it, so that the
 * event pages (set-up, registrations, schedule, check-in, outcomes, report) cannot drift
 * apart:
 * <ul>
 * <li>an event is organised by the officers of its province (docs/access.md: officers
 * work for one province) and by administrators; to anybody else an event they may not
 * organise does not exist (404, so that drafts do not leak);</li>
 * <li>a company takes part through any of its members (issue 13: everything belongs to
 * the company), an UMKM through its owner.</li>
 * </ul>
 */
@Component
public class EventAccess {

	private final JdbcClient jdbc;

	private final OfficerScope officerScope;

	private final CompanyService companies;

	private final UmkmService umkms;

	EventAccess(JdbcClient jdbc, OfficerScope officerScope, CompanyService companies, UmkmService umkms) {
		this.jdbc = jdbc;
		this.officerScope = officerScope;
		this.companies = companies;
		this.umkms = umkms;
	}

	/** The event, whoever asks; 404 when there is none. */
	@Transactional(readOnly = true)
	public EventFacts facts(long eventId) {
		return this.jdbc.sql("""
				select id, province_code, regency_code, name, event_date, time_zone, status, version
				from event where id = :id""")
			.param("id", eventId)
			.query((rs, i) -> new EventFacts(rs.getLong("id"), rs.getString("province_code"),
					rs.getString("regency_code"), rs.getString("name"),
					rs.getObject("event_date", java.time.LocalDate.class), ZoneId.of(rs.getString("time_zone")),
					rs.getString("status"), rs.getLong("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + eventId));
	}

	/** Whether this person may organise events of this province. */
	public boolean organises(SimitraUser user, String provinceCode) {
		if (user.is(Role.ADMIN)) {
			return true;
		}
		return user.is(Role.OFFICER) && this.officerScope.provinceOf(user).map(provinceCode::equals).orElse(false);
	}

	/**
	 * The event, for an organiser: an officer of its province or an administrator. To
	 * anybody else it answers 404 (a draft's existence does not leak).
	 */
	@Transactional(readOnly = true)
	public EventFacts organised(long eventId, SimitraUser user) {
		EventFacts event = facts(eventId);
		if (!organises(user, event.provinceCode())) {
			throw new NotFoundException("event " + eventId);
		}
		return event;
	}

	/**
	 * The event as a participant or the public (null: not signed in) sees it: 404 while
	 * it is a draft (organisers excepted).
	 */
	@Transactional(readOnly = true)
	public EventFacts visible(long eventId, @Nullable SimitraUser user) {
		EventFacts event = facts(eventId);
		if (!event.visibleToParticipants() && (user == null || !organises(user, event.provinceCode()))) {
			throw new NotFoundException("event " + eventId);
		}
		return event;
	}

	/** The company this person works for (any member role), if any. */
	public Optional<Long> companyOf(SimitraUser user) {
		return user.is(Role.COMPANY) ? this.companies.findIdByMember(user.accountId()) : Optional.empty();
	}

	/** The UMKM this person owns, if any. */
	public Optional<Long> umkmOf(SimitraUser user) {
		return user.is(Role.UMKM) ? this.umkms.findIdByOwner(user.accountId()) : Optional.empty();
	}

	/**
	 * The registration of this person's company or UMKM at this event (any status), if it
	 * has one.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> registrationOf(long eventId, SimitraUser user) {
		Optional<Long> company = companyOf(user);
		if (company.isPresent()) {
			return this.jdbc.sql("select id from event_registration where event_id = :e and company_id = :c")
				.param("e", eventId)
				.param("c", company.get())
				.query(Long.class)
				.optional();
		}
		Optional<Long> umkm = umkmOf(user);
		if (umkm.isPresent()) {
			return this.jdbc.sql("select id from event_registration where event_id = :e and umkm_id = :u")
				.param("e", eventId)
				.param("u", umkm.get())
				.query(Long.class)
				.optional();
		}
		return Optional.empty();
	}

}
