package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.outcome.MeetingOutcome;
import id.simitra.event.internal.outcome.OutcomeService;
import id.simitra.event.internal.setup.EventSettings;
import id.simitra.event.internal.setup.EventSetupService;
import id.simitra.event.internal.setup.SessionTime;
import id.simitra.reference.VenueTimeZone;

/**
 * The demo's events (docs/demo.md), so that the demo module touches no event table. An
 * upcoming event goes through the set-up rules as an officer's form does
 * ({@link #upcoming}). A past event cannot: those rules refuse an event day, a
 * registration or a meeting in the past, on purpose. So {@link #event}, {@link #register}
 * and {@link #meeting} write a finished day's rows as they stand afterwards; outcomes go
 * through {@link OutcomeService}, with its rules.
 */
@Service
public class EventSeeding {

	private final JdbcClient jdbc;

	private final OutcomeService outcomes;

	private final EventSetupService setup;

	EventSeeding(JdbcClient jdbc, OutcomeService outcomes, EventSetupService setup) {
		this.jdbc = jdbc;
		this.outcomes = outcomes;
		this.setup = setup;
	}

	/**
	 * An event open for registration, created and published by the officer through the
	 * set-up rules: two sessions (09:00–12:00, 13:00–16:00), 20-minute meetings 5 minutes
	 * apart, at most 4 meetings per UMKM, UMKM registrations approved by an officer.
	 * Answers the event's id.
	 */
	@Transactional
	public long upcoming(SimitraUser officer, String regencyCode, String name, String description, String venue,
			LocalDate day, LocalDate registrationOpens, LocalDate registrationCloses, int tables) {
		EventSettings settings = new EventSettings(name, description, regencyCode, venue, day,
				List.of(new SessionTime(LocalTime.of(9, 0), LocalTime.of(12, 0)),
						new SessionTime(LocalTime.of(13, 0), LocalTime.of(16, 0))),
				20, 5, tables, 4, registrationOpens, registrationCloses, true);
		long id = this.setup.create(officer, settings);
		String refused = this.setup.publish(officer, id, this.setup.details(id).version());
		if (refused != null) {
			throw new IllegalStateException("demo event " + name + " not published: " + refused);
		}
		return id;
	}

	/**
	 * An event in the regency on {@code day} with one session 09:00–12:00 cut into
	 * 20-minute slots 5 minutes apart (the event's defaults); answers the event's id.
	 * {@code status} PUBLISHED (open for registration), SCHEDULED or CLOSED.
	 */
	@Transactional
	public long event(String regencyCode, String name, String description, String venue, LocalDate day,
			LocalDate registrationOpens, LocalDate registrationCloses, int tables, String status, long createdBy) {
		String province = regencyCode.substring(0, regencyCode.indexOf('.'));
		long id = this.jdbc
			.sql("""
					insert into event (province_code, regency_code, name, description, venue, event_date, time_zone,
					                   table_count, registration_opens, registration_closes, status, published_at,
					                   schedule_published_at, created_by)
					values (:province, :regency, :name, :description, :venue, :day, :zone, :tables, :opens, :closes, :status,
					        now(), case when :status in ('SCHEDULED', 'CLOSED') then now() end, :by)
					returning id
					""")
			.param("province", province)
			.param("regency", regencyCode)
			.param("name", name)
			.param("description", description)
			.param("venue", venue)
			.param("day", day)
			.param("zone", VenueTimeZone.of(province).zone().getId())
			.param("tables", tables)
			.param("opens", registrationOpens)
			.param("closes", registrationCloses)
			.param("status", status)
			.param("by", createdBy)
			.query(Long.class)
			.single();
		long session = this.jdbc.sql("""
				insert into event_session (event_id, position, starts_at, ends_at)
				values (:event, 1, time '09:00', time '12:00') returning id
				""").param("event", id).query(Long.class).single();
		LocalTime start = LocalTime.of(9, 0);
		for (int position = 1; !start.plusMinutes(20).isAfter(LocalTime.of(12, 0)); position++) {
			this.jdbc.sql("""
					insert into event_slot (session_id, position, starts_at, ends_at)
					values (:session, :position, :start, :end)
					""")
				.param("session", session)
				.param("position", position)
				.param("start", start)
				.param("end", start.plusMinutes(20))
				.update();
			start = start.plusMinutes(25);
		}
		this.jdbc.sql("insert into event_audit (event_id, actor_id, action, detail) values (:e, :a, 'CREATED', :d)")
			.param("e", id)
			.param("a", createdBy)
			.param("d", "demo data")
			.update();
		return id;
	}

	/** The slots of the event, in time order. */
	@Transactional(readOnly = true)
	public List<Long> slots(long eventId) {
		return new ArrayList<>(this.jdbc.sql("""
				select s.id from event_slot s join event_session es on es.id = s.session_id
				where es.event_id = :event order by es.position, s.position
				""").param("event", eventId).query(Long.class).list());
	}

	/**
	 * An approved registration of a company (with one table) or an UMKM, for every
	 * session of the event.
	 */
	@Transactional
	public long register(long eventId, @Nullable Long companyId, @Nullable Long umkmId, long registeredBy) {
		long id = this.jdbc.sql("""
				insert into event_registration (event_id, company_id, umkm_id, status, check_in_token, registered_by)
				values (:event, :company, :umkm, 'APPROVED', :token, :by)
				returning id
				""")
			.param("event", eventId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("token", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43))
			.param("by", registeredBy)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into event_registration_session (registration_id, session_id)
				select :registration, id from event_session where event_id = :event
				""").param("registration", id).param("event", eventId).update();
		return id;
	}

	/**
	 * A meeting of the need with the UMKM in the slot at the table (PLANNED or NO_SHOW).
	 */
	@Transactional
	public long meeting(long eventId, long needId, long companyId, long umkmId, long slotId, int table, String status) {
		return this.jdbc.sql("""
				insert into event_meeting (event_id, need_id, company_id, umkm_id, slot_id, table_number, status)
				values (:event, :need, :company, :umkm, :slot, :table, :status)
				returning id
				""")
			.param("event", eventId)
			.param("need", needId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("slot", slotId)
			.param("table", table)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/**
	 * Records the person's side of a meeting's outcome through the outcome rules (their
	 * meeting, its slot started), as the outcome form does.
	 */
	@Transactional
	public void outcome(SimitraUser user, long eventId, long meetingId, String outcome, @Nullable String note) {
		long version = this.outcomes.meeting(eventId, meetingId, user).version();
		this.outcomes.record(eventId, meetingId, user, MeetingOutcome.valueOf(outcome), note, version);
	}

}
