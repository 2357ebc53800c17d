package id.simitra.event.internal.checkin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;

/**
 * Check-in on the day, for the event's organisers only (docs/event.md, "Check-in"):
 * <ul>
 * <li>a participant is checked in once; checking in again (a second scan of the agenda's
 * link) changes nothing and says when it happened;</li>
 * <li>the link {@code /acara/{id}/hadir/{token}} checks in when an organiser opens it;
 * for anybody else it does not exist (404), so a participant cannot check itself in;</li>
 * <li>a meeting whose slot has started and that is still PLANNED "runs late"; the officer
 * marks it held or missed (no-show);</li>
 * <li>every change is audited and guarded by the row's version.</li>
 * </ul>
 */
@Service
public class CheckInService {

	/** The longest list shown at once; a search by name narrows it. */
	public static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final Clock clock;

	CheckInService(JdbcClient jdbc, EventAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CheckInPage page(long eventId, SimitraUser user, @Nullable String query) {
		EventFacts event = this.access.organised(eventId, user);
		String q = query == null ? "" : query.strip();
		String pattern = "%"
				+ q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		List<Participant> participants = this.jdbc.sql("""
				select r.id, coalesce(c.name, u.business_name) as name, r.company_id is not null as company,
				       r.checked_in_at, r.version,
				       (select count(*) from event_meeting m where m.event_id = r.event_id and m.status <> 'CANCELLED'
				          and (m.company_id = r.company_id or m.umkm_id = r.umkm_id)) as meetings
				from event_registration r
				left join company_summary c on c.id = r.company_id
				left join umkm_listing u on u.id = r.umkm_id
				where r.event_id = :e and r.status = 'APPROVED'
				  and lower(coalesce(c.name, u.business_name)) like :pattern
				order by lower(coalesce(c.name, u.business_name)), r.id
				limit :limit""")
			.param("e", eventId)
			.param("pattern", pattern)
			.param("limit", LIST_LIMIT + 1)
			.query((rs, i) -> {
				Timestamp at = rs.getTimestamp("checked_in_at");
				return new Participant(rs.getLong("id"), rs.getString("name"), rs.getBoolean("company"),
						at == null ? null : at.toInstant(), rs.getInt("meetings"), rs.getLong("version"));
			})
			.list();
		boolean limited = participants.size() > LIST_LIMIT;
		int total = this.jdbc.sql("select count(*) from event_registration where event_id = :e and status = 'APPROVED'")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		int checkedIn = this.jdbc.sql("""
				select count(*) from event_registration
				where event_id = :e and status = 'APPROVED' and checked_in_at is not null""")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		return new CheckInPage(event, q, limited ? participants.subList(0, LIST_LIMIT) : participants, limited,
				checkedIn, total, late(event));
	}

	/** Checks a participant in from the list. */
	@Transactional
	public void checkIn(long eventId, long registrationId, SimitraUser user, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		open(event);
		Registration registration = registration(eventId, "r.id = :key", registrationId);
		if (registration.checkedInAt() != null) {
			return;
		}
		if (registration.version() != expectedVersion) {
			throw new ConflictException("registration " + registrationId + " changed since " + expectedVersion);
		}
		record(eventId, registration, user);
	}

	/**
	 * Checks in the participant whose agenda link an organiser opened. 404 for anybody
	 * else, and for a token of another event.
	 */
	@Transactional
	public CheckedIn checkInByToken(long eventId, String token, SimitraUser user) {
		EventFacts event = this.access.organised(eventId, user);
		Registration registration = registration(eventId, "r.check_in_token = :key", token);
		Instant before = registration.checkedInAt();
		if (before != null) {
			return new CheckedIn(registration.name(), before, true, event.zone());
		}
		open(event);
		Instant at = record(eventId, registration, user);
		return new CheckedIn(registration.name(), at, false, event.zone());
	}

	/**
	 * Marks a started meeting held or missed (NO_SHOW). Only a PLANNED meeting whose slot
	 * has started.
	 */
	@Transactional
	public void mark(long eventId, long meetingId, SimitraUser user, boolean held, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		boolean isLate = late(event).stream().anyMatch(m -> m.id() == meetingId);
		if (!isLate) {
			boolean exists = this.jdbc.sql("select count(*) from event_meeting where id = :id and event_id = :e")
				.param("id", meetingId)
				.param("e", eventId)
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				throw new NotFoundException("meeting " + meetingId + " of event " + eventId);
			}
			throw new ConflictException("meeting " + meetingId + " is not a started planned meeting");
		}
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				update event_meeting set status = :status, held_at = :held, updated_at = :now, version = version + 1
				where id = :id and event_id = :e and version = :version and status = 'PLANNED'""")
			.param("status", held ? "HELD" : "NO_SHOW")
			.param("held", held ? now : null)
			.param("now", now)
			.param("id", meetingId)
			.param("e", eventId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("meeting " + meetingId + " changed since version " + expectedVersion);
		}
		audit(eventId, user, held ? "MEETING_HELD" : "MEETING_NO_SHOW", "meeting " + meetingId);
	}

	/**
	 * PLANNED meetings whose slot has started, on the portal's clock in the venue's zone.
	 */
	List<LateMeeting> late(EventFacts event) {
		ZonedDateTime now = this.clock.instant().atZone(event.zone());
		LocalDate today = now.toLocalDate();
		if (today.isBefore(event.eventDate())) {
			return List.of();
		}
		LocalTime startedBy = today.isAfter(event.eventDate()) ? LocalTime.MAX : now.toLocalTime();
		return this.jdbc.sql("""
				select m.id, s.starts_at, s.ends_at, m.table_number, c.name as company_name, u.business_name,
				       m.version,
				       exists (select 1 from event_registration r where r.event_id = m.event_id
				               and r.company_id = m.company_id and r.checked_in_at is not null) as company_in,
				       exists (select 1 from event_registration r where r.event_id = m.event_id
				               and r.umkm_id = m.umkm_id and r.checked_in_at is not null) as umkm_in
				from event_meeting m
				join event_slot s on s.id = m.slot_id
				join company_summary c on c.id = m.company_id
				join umkm_listing u on u.id = m.umkm_id
				where m.event_id = :e and m.status = 'PLANNED' and s.starts_at <= :startedBy
				order by s.starts_at, m.table_number""")
			.param("e", event.id())
			.param("startedBy", startedBy)
			.query((rs, i) -> new LateMeeting(rs.getLong("id"), rs.getObject("starts_at", LocalTime.class),
					rs.getObject("ends_at", LocalTime.class), rs.getInt("table_number"), rs.getString("company_name"),
					rs.getString("business_name"), rs.getBoolean("company_in"), rs.getBoolean("umkm_in"),
					rs.getLong("version")))
			.list();
	}

	private static void open(EventFacts event) {
		if (!"PUBLISHED".equals(event.status()) && !"SCHEDULED".equals(event.status())) {
			throw new ConflictException("event " + event.id() + " is " + event.status() + ": no check-in");
		}
	}

	private Instant record(long eventId, Registration registration, SimitraUser user) {
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				update event_registration set checked_in_at = :now, checked_in_by = :by, updated_at = :now,
				                              version = version + 1
				where id = :id and version = :version and checked_in_at is null""")
			.param("now", now)
			.param("by", user.accountId())
			.param("id", registration.id())
			.param("version", registration.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("registration " + registration.id() + " changed meanwhile");
		}
		audit(eventId, user, "CHECKED_IN", registration.name() + " (registration " + registration.id() + ")");
		return now.toInstant();
	}

	private Registration registration(long eventId, String condition, Object key) {
		return this.jdbc.sql("""
				select r.id, coalesce(c.name, u.business_name) as name, r.checked_in_at, r.version
				from event_registration r
				left join company_summary c on c.id = r.company_id
				left join umkm_listing u on u.id = r.umkm_id
				where r.event_id = :e and r.status = 'APPROVED'""" + " and " + condition)
			.param("e", eventId)
			.param("key", key)
			.query((rs, i) -> {
				Timestamp at = rs.getTimestamp("checked_in_at");
				return new Registration(rs.getLong("id"), rs.getString("name"), at == null ? null : at.toInstant(),
						rs.getLong("version"));
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("registration of event " + eventId));
	}

	private void audit(long eventId, SimitraUser user, String action, String detail) {
		this.jdbc.sql("""
				insert into event_audit (event_id, actor_id, action, detail, occurred_at)
				values (:event, :actor, :action, :detail, :now)""")
			.param("event", eventId)
			.param("actor", user.accountId())
			.param("action", action)
			.param("detail", detail)
			.param("now", now())
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private record Registration(long id, String name, @Nullable Instant checkedInAt, long version) {
	}

}
