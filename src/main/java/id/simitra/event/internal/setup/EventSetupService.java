package id.simitra.event.internal.setup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.event.EventCancelled;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.reference.VenueTimeZone;

/**
 * Creating, changing and publishing events (docs/event.md, "Setting up an event"). The
 * rules an event's settings must keep are {@link #problems}: the form shows each as a
 * message at its field, and create/update refuse settings that break any. Who may is
 * {@link EventAccess}; every change is written to event_audit.
 */
@Service
public class EventSetupService {

	/** The event table's own check (table_count between 1 and 500). */
	public static final int MAX_TABLES = 500;

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final OfficerScope officerScope;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventSetupService(JdbcClient jdbc, EventAccess access, OfficerScope officerScope,
			ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.officerScope = officerScope;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Today at the venue (events are dated in their own zone). */
	public LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

	/**
	 * The province whose events this person creates: an officer's own; none for an
	 * officer without one. An administrator chooses any regency (null: no restriction).
	 */
	public @Nullable String provinceFor(SimitraUser user) {
		return user.is(Role.ADMIN) ? null : this.officerScope.provinceOf(user).orElse("");
	}

	/**
	 * Every rule the settings break, in the order of the form. Empty: they may be saved.
	 */
	@Transactional(readOnly = true)
	public List<Problem> problems(SimitraUser user, EventSettings s) {
		List<Problem> problems = new ArrayList<>();
		boolean regency = this.jdbc.sql("select count(*) from region where code = :c and level in ('regency', 'city')")
			.param("c", s.regencyCode())
			.query(Long.class)
			.single() > 0;
		String province = provinceOf(s.regencyCode());
		if (!regency || !this.access.organises(user, province)) {
			problems.add(Problem.of("regencyCode", "event.error.regency"));
		}
		LocalDate today = today(VenueTimeZone.of(province).zone());
		if (s.eventDate().isBefore(today)) {
			problems.add(Problem.of("eventDate", "event.error.past"));
		}
		List<SessionTime> sessions = new ArrayList<>(s.sessions());
		if (sessions.isEmpty()) {
			problems.add(Problem.of("sessionStart1", "event.error.noSession"));
		}
		sessions.sort(Comparator.comparing(SessionTime::starts));
		for (int i = 1; i < sessions.size(); i++) {
			SessionTime earlier = sessions.get(i - 1);
			SessionTime later = sessions.get(i);
			if (earlier.overlaps(later)) {
				problems.add(Problem.of(fieldOf(s, later), "event.error.sessionsOverlap", text(earlier), text(later)));
			}
		}
		for (SessionTime session : s.sessions()) {
			if (s.meetingMinutes() > session.minutes()) {
				problems.add(Problem.of("meetingMinutes", "event.error.meetingTooLong", s.meetingMinutes(),
						text(session), session.minutes()));
				break;
			}
		}
		if (s.tableCount() > MAX_TABLES) {
			problems.add(Problem.of("tableCount", "event.error.tablesCap", MAX_TABLES));
		}
		else if (regency) {
			long umkm = umkmInProvince(province);
			if (s.tableCount() > umkm) {
				problems.add(Problem.of("tableCount", "event.error.tablesUmkm", umkm));
			}
		}
		if (s.registrationCloses().isBefore(s.registrationOpens())) {
			problems.add(Problem.of("registrationCloses", "event.error.windowOrder"));
		}
		else if (!s.registrationCloses().isBefore(s.eventDate())) {
			problems.add(Problem.of("registrationCloses", "event.error.windowAfterStart", s.eventDate().minusDays(1)));
		}
		return problems;
	}

	/**
	 * UMKM on Simitra in the province: each table holds one UMKM at a time, so more
	 * tables than this can never all be in use in one slot.
	 */
	@Transactional(readOnly = true)
	public long umkmInProvince(String provinceCode) {
		return this.jdbc.sql("select count(*) from umkm_listing where regency_code like :p")
			.param("p", provinceCode + ".%")
			.query(Long.class)
			.single();
	}

	/** A new draft; answers its id. */
	@Transactional
	public long create(SimitraUser user, EventSettings s) {
		requireValid(user, s);
		String province = provinceOf(s.regencyCode());
		OffsetDateTime now = now();
		long id = this.jdbc.sql("""
				insert into event (province_code, regency_code, name, description, venue, event_date, time_zone,
				                   meeting_minutes, break_minutes, table_count, max_meetings_per_umkm,
				                   registration_opens, registration_closes, approval_required, created_by,
				                   created_at, updated_at)
				values (:province, :regency, :name, :description, :venue, :day, :zone, :meeting, :break, :tables, :k,
				        :opens, :closes, :approval, :by, :now, :now)
				returning id
				""")
			.param("province", province)
			.params(columns(s))
			.param("zone", VenueTimeZone.of(province).zone().getId())
			.param("by", user.accountId())
			.param("now", now)
			.query(Long.class)
			.single();
		writeSessions(id, s);
		audit(id, user, "CREATED", s.name() + ", " + s.eventDate() + ", " + s.slotCount() + " slots");
		return id;
	}

	/**
	 * Changes a draft (a published event's participants rely on what they saw). The
	 * sessions and their slots are written anew: a draft has no registration or meeting.
	 */
	@Transactional
	public void update(SimitraUser user, long eventId, EventSettings s, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		if (event.visibleToParticipants()) {
			throw new ConflictException("event " + eventId + " is " + event.status() + ", not a draft");
		}
		requireValid(user, s);
		String province = provinceOf(s.regencyCode());
		int updated = this.jdbc.sql("""
				update event set province_code = :province, regency_code = :regency, name = :name,
				       description = :description, venue = :venue, event_date = :day, time_zone = :zone,
				       meeting_minutes = :meeting, break_minutes = :break, table_count = :tables,
				       max_meetings_per_umkm = :k, registration_opens = :opens, registration_closes = :closes,
				       approval_required = :approval, updated_at = :now, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.param("province", province)
			.params(columns(s))
			.param("zone", VenueTimeZone.of(province).zone().getId())
			.param("now", now())
			.param("id", eventId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("event " + eventId + " changed since version " + expectedVersion);
		}
		this.jdbc.sql("delete from event_session where event_id = :id").param("id", eventId).update();
		writeSessions(eventId, s);
		audit(eventId, user, "UPDATED", s.name() + ", " + s.eventDate() + ", " + s.slotCount() + " slots");
	}

	/**
	 * Publishes a draft: its public page appears, invitations and registrations start.
	 * Answers the message key of the reason when it may not be published (the day has
	 * passed), null when done.
	 */
	@Transactional
	public @Nullable String publish(SimitraUser user, long eventId, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		if (event.visibleToParticipants()) {
			return "event.flash.alreadyPublished";
		}
		if (event.eventDate().isBefore(today(event.zone()))) {
			return "event.error.past";
		}
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				update event set status = 'PUBLISHED', published_at = :now, updated_at = :now, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'
				""").param("now", now).param("id", eventId).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new ConflictException("event " + eventId + " changed since version " + expectedVersion);
		}
		audit(eventId, user, "PUBLISHED", null);
		return null;
	}

	/**
	 * The organising officer cancels a published event, with the reason (at most 2000
	 * characters): registration and meeting requests stop, the planned meetings are
	 * cancelled, the public page says so with the reason, and every invited or registered
	 * company and UMKM is told ({@link EventCancelled}). Answers the message key of the
	 * reason when it may not be cancelled (not published, or its day has passed), null
	 * when done; 404 for another province's event; 409 when the event changed since the
	 * page showed it.
	 */
	@Transactional
	public @Nullable String cancel(SimitraUser user, long eventId, String reason, long expectedVersion) {
		this.access.organised(eventId, user);
		EventDetails event = details(eventId);
		if (!event.cancellableOn(today(event.zone()))) {
			return "event.cancel.notNow";
		}
		String why = reason.strip();
		if (why.isEmpty() || why.length() > 2000) {
			throw new IllegalArgumentException("a cancellation needs a reason of at most 2000 characters");
		}
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				update event set status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :now, cancelled_by = :by,
				       updated_at = :now, version = version + 1
				where id = :id and version = :version and status in ('PUBLISHED', 'SCHEDULED')""")
			.param("reason", why)
			.param("now", now)
			.param("by", user.accountId())
			.param("id", eventId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("event " + eventId + " changed since version " + expectedVersion);
		}
		int meetings = this.jdbc.sql("""
				update event_meeting set status = 'CANCELLED', updated_at = :now, version = version + 1
				where event_id = :e and status = 'PLANNED'""").param("now", now).param("e", eventId).update();
		audit(eventId, user, "CANCELLED", why + " (" + meetings + " meetings cancelled)");
		List<Long> companies = party(eventId, "company_id");
		List<Long> umkm = party(eventId, "umkm_id");
		this.publisher.publishEvent(new EventCancelled(eventId, event.name(), event.eventDate(), why, companies, umkm));
		return null;
	}

	/**
	 * Invited, or registered and not refused or withdrawn: who is told of a cancellation.
	 */
	private List<Long> party(long eventId, String column) {
		return this.jdbc
			.sql("select " + column + " from event_invitation where event_id = :e and " + column
					+ " is not null union select " + column + " from event_registration where event_id = :e and "
					+ column + " is not null and status in ('PENDING', 'APPROVED') order by 1")
			.param("e", eventId)
			.query(Long.class)
			.list();
	}

	/**
	 * The event with its sessions; 404 when there is none (callers check who may see it).
	 */
	@Transactional(readOnly = true)
	public EventDetails details(long eventId) {
		List<EventDetails.SessionView> sessions = this.jdbc.sql("""
				select s.id, s.position, s.starts_at, s.ends_at,
				       (select count(*) from event_slot t where t.session_id = s.id) as slots
				from event_session s where s.event_id = :id order by s.position
				""")
			.param("id", eventId)
			.query((rs, i) -> new EventDetails.SessionView(rs.getLong("id"), rs.getInt("position"),
					new SessionTime(rs.getObject("starts_at", LocalTime.class),
							rs.getObject("ends_at", LocalTime.class)),
					rs.getInt("slots")))
			.list();
		return this.jdbc.sql("""
				select e.*, r.name as regency_name from event e join region r on r.code = e.regency_code
				where e.id = :id""")
			.param("id", eventId)
			.query((rs, i) -> details(rs, sessions))
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + eventId));
	}

	/**
	 * The events this person organises, newest day first: an officer's province, every
	 * province for an administrator, none for an officer without a province.
	 */
	@Transactional(readOnly = true)
	public PageView<EventRow> organisedBy(SimitraUser user, int page) {
		String province = provinceFor(user);
		if (province != null && province.isEmpty()) {
			return new PageView<>(List.of(), 0, 0, 0);
		}
		String where = province == null ? "" : "where e.province_code = :province";
		return page(where, "e.event_date desc, e.id desc", province, page);
	}

	/**
	 * Published events whose day has not passed at their venue, soonest first: the public
	 * list.
	 */
	@Transactional(readOnly = true)
	public PageView<EventRow> upcoming(int page) {
		// a cancelled one stays listed, marked, until its day: those who planned to come
		// learn it here too
		return page(
				"where e.status in ('PUBLISHED', 'SCHEDULED', 'CANCELLED')"
						+ " and e.event_date >= (:now at time zone e.time_zone)::date",
				"e.event_date, e.id", null, page);
	}

	private PageView<EventRow> page(String where, String order, @Nullable String province, int page) {
		int number = Math.max(page, 0);
		long total = this.jdbc.sql("select count(*) from event e " + where)
			.param("province", province)
			.param("now", now())
			.query(Long.class)
			.single();
		List<EventRow> rows = this.jdbc.sql("""
				select e.id, e.name, r.name as regency_name, e.event_date, e.status,
				       (select count(*) from event_registration g where g.event_id = e.id) as registrations
				from event e join region r on r.code = e.regency_code
				""" + where + " order by " + order + " limit :limit offset :offset")
			.param("province", province)
			.param("now", now())
			.param("limit", PAGE_SIZE)
			.param("offset", (long) number * PAGE_SIZE)
			.query((rs, i) -> new EventRow(rs.getLong("id"), rs.getString("name"), rs.getString("regency_name"),
					rs.getObject("event_date", LocalDate.class), rs.getString("status"), rs.getLong("registrations")))
			.list();
		return new PageView<>(rows, number, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE), total);
	}

	/**
	 * How many were invited and registered, companies and UMKM, and how many
	 * registrations wait for a decision: the manage page's figures.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, Object> counts(long eventId) {
		return this.jdbc
			.sql("""
					select (select count(*) from event_invitation where event_id = :id and umkm_id is not null) as umkm_invited,
					       (select count(*) from event_invitation where event_id = :id and company_id is not null) as company_invited,
					       (select count(*) from event_registration where event_id = :id and umkm_id is not null) as umkm_registered,
					       (select count(*) from event_registration where event_id = :id and company_id is not null) as company_registered,
					       (select count(*) from event_registration where event_id = :id and status = 'PENDING') as pending
					""")
			.param("id", eventId)
			.query()
			.singleRow();
	}

	/** The newest 20 lines of the event's audit trail, with who did it. */
	@Transactional(readOnly = true)
	public List<AuditLine> auditTrail(long eventId) {
		return this.jdbc.sql("""
				select a.action, a.detail, a.occurred_at, p.display_name as actor
				from event_audit a left join account_person p on p.id = a.actor_id
				where a.event_id = :id order by a.occurred_at desc, a.id desc limit 20
				""")
			.param("id", eventId)
			.query((rs, i) -> new AuditLine(rs.getString("action"), rs.getString("detail"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor")))
			.list();
	}

	/**
	 * A line of the audit trail.
	 *
	 * @param action CREATED, UPDATED, PUBLISHED, INVITED, ...
	 * @param detail what exactly
	 * @param at when
	 * @param actor who (null: the account is gone)
	 */
	public record AuditLine(String action, @Nullable String detail, java.time.Instant at, @Nullable String actor) {

	}

	private void requireValid(SimitraUser user, EventSettings s) {
		List<Problem> problems = problems(user, s);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("event settings break rules: " + problems);
		}
	}

	private void writeSessions(long eventId, EventSettings s) {
		List<SessionTime> sessions = new ArrayList<>(s.sessions());
		sessions.sort(Comparator.comparing(SessionTime::starts));
		int position = 1;
		for (SessionTime session : sessions) {
			long sessionId = this.jdbc.sql("""
					insert into event_session (event_id, position, starts_at, ends_at)
					values (:event, :position, :starts, :ends) returning id
					""")
				.param("event", eventId)
				.param("position", position++)
				.param("starts", session.starts())
				.param("ends", session.ends())
				.query(Long.class)
				.single();
			int slot = 1;
			for (SessionTime t : s.slots(session)) {
				this.jdbc.sql("""
						insert into event_slot (session_id, position, starts_at, ends_at)
						values (:session, :position, :starts, :ends)
						""")
					.param("session", sessionId)
					.param("position", slot++)
					.param("starts", t.starts())
					.param("ends", t.ends())
					.update();
			}
		}
	}

	/** Writes a line of the event's audit trail. */
	void audit(long eventId, SimitraUser user, String action, @Nullable String detail) {
		this.jdbc.sql("""
				insert into event_audit (event_id, actor_id, action, detail, occurred_at)
				values (:event, :actor, :action, :detail, :now)
				""")
			.param("event", eventId)
			.param("actor", user.accountId())
			.param("action", action)
			.param("detail", detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail)
			.param("now", now())
			.update();
	}

	private static java.util.Map<String, Object> columns(EventSettings s) {
		java.util.Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("regency", s.regencyCode());
		columns.put("name", s.name());
		columns.put("description", s.description());
		columns.put("venue", s.venue());
		columns.put("day", s.eventDate());
		columns.put("meeting", s.meetingMinutes());
		columns.put("break", s.breakMinutes());
		columns.put("tables", s.tableCount());
		columns.put("k", s.maxMeetingsPerUmkm());
		columns.put("opens", s.registrationOpens());
		columns.put("closes", s.registrationCloses());
		columns.put("approval", s.approvalRequired());
		return columns;
	}

	private static EventDetails details(ResultSet rs, List<EventDetails.SessionView> sessions) throws SQLException {
		return new EventDetails(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				rs.getString("province_code"), rs.getString("regency_code"), rs.getString("regency_name"),
				rs.getString("venue"), rs.getObject("event_date", LocalDate.class),
				ZoneId.of(rs.getString("time_zone")), rs.getInt("meeting_minutes"), rs.getInt("break_minutes"),
				rs.getInt("table_count"), rs.getInt("max_meetings_per_umkm"),
				rs.getObject("registration_opens", LocalDate.class),
				rs.getObject("registration_closes", LocalDate.class), rs.getBoolean("approval_required"),
				rs.getString("status"), rs.getLong("version"), sessions, rs.getString("cancel_reason"));
	}

	/** The form field of the session as typed (sessionStart1..3). */
	private static String fieldOf(EventSettings s, SessionTime session) {
		return "sessionStart" + (s.sessions().indexOf(session) + 1);
	}

	private static String text(SessionTime session) {
		return session.starts() + "–" + session.ends();
	}

	static String provinceOf(String regencyCode) {
		int dot = regencyCode.indexOf('.');
		return dot < 0 ? regencyCode : regencyCode.substring(0, dot);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
