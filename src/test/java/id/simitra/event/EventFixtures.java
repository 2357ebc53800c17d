package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.reference.VenueTimeZone;

/**
 * Event rows for the schedule, agenda and check-in tests (issue 14, part h3), written
 * with SQL: creating events and taking registrations is built in parallel (h2).
 * Companies, needs and UMKM come from the ordinary object mothers
 * ({@code support.Fixtures}); only the event module's own rows are made here. Kept apart
 * from h4's {@code OutcomeFixtures}.
 */
public final class EventFixtures {

	private final JdbcClient jdbc;

	public EventFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An event in the regency's province (venue zone from the province) on that day, in
	 * that status, with that many tables, at most four meetings per UMKM, and no sessions
	 * yet ({@link #session}).
	 */
	public long event(String regencyCode, LocalDate day, String status, int tables, long createdBy) {
		String province = regencyCode.substring(0, regencyCode.indexOf('.'));
		return this.jdbc.sql("""
				insert into event (province_code, regency_code, name, venue, event_date, time_zone, table_count,
				                   registration_opens, registration_closes, status, created_by)
				values (:province, :regency, :name, 'Aula Temu Bisnis', :day, :zone, :tables, :opens, :closes, :status,
				        :by)
				returning id
				""")
			.param("province", province)
			.param("regency", regencyCode)
			.param("name", "Temu Bisnis Jadwal " + UUID.randomUUID().toString().substring(0, 6))
			.param("day", day)
			.param("zone", VenueTimeZone.of(province).zone().getId())
			.param("tables", tables)
			.param("opens", day.minusDays(30))
			.param("closes", day.minusDays(1))
			.param("status", status)
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	/**
	 * A session of the event with its slots: {@code slots} slots of 20 minutes, 5 minutes
	 * apart, from {@code start}. Returns the slot ids in time order; the session's id is
	 * {@link #sessionOf}.
	 */
	public List<Long> session(long eventId, int position, LocalTime start, int slots) {
		LocalTime end = start.plusMinutes(25L * slots);
		long session = this.jdbc.sql("""
				insert into event_session (event_id, position, starts_at, ends_at)
				values (:event, :position, :start, :end) returning id
				""")
			.param("event", eventId)
			.param("position", position)
			.param("start", start)
			.param("end", end)
			.query(Long.class)
			.single();
		return java.util.stream.IntStream.range(0, slots)
			.mapToObj(i -> this.jdbc.sql("""
					insert into event_slot (session_id, position, starts_at, ends_at)
					values (:session, :position, :start, :end) returning id
					""")
				.param("session", session)
				.param("position", i + 1)
				.param("start", start.plusMinutes(25L * i))
				.param("end", start.plusMinutes(25L * i + 20))
				.query(Long.class)
				.single())
			.toList();
	}

	public long sessionOf(long slotId) {
		return this.jdbc.sql("select session_id from event_slot where id = :id")
			.param("id", slotId)
			.query(Long.class)
			.single();
	}

	/**
	 * An approved company registration bringing these needs, attending these sessions,
	 * with that many staff at tables.
	 */
	public long registerCompany(long eventId, long companyId, long byAccount, int parallelTables, List<Long> needs,
			List<Long> sessions) {
		long registration = register(eventId, companyId, null, byAccount, parallelTables, false);
		for (Long need : needs) {
			this.jdbc.sql("insert into event_registration_need (registration_id, need_id) values (:r, :n)")
				.param("r", registration)
				.param("n", need)
				.update();
		}
		attend(registration, sessions);
		return registration;
	}

	/**
	 * An approved UMKM registration attending these sessions (late: after publishing).
	 */
	public long registerUmkm(long eventId, long umkmId, long byAccount, List<Long> sessions, boolean late) {
		long registration = register(eventId, null, umkmId, byAccount, 1, late);
		attend(registration, sessions);
		return registration;
	}

	public String tokenOf(long registrationId) {
		return this.jdbc.sql("select check_in_token from event_registration where id = :id")
			.param("id", registrationId)
			.query(String.class)
			.single();
	}

	/** A meeting request both sides agreed to. */
	public void acceptedRequest(long eventId, long needId, long umkmId, long requester) {
		this.jdbc.sql("""
				insert into event_meeting_request (event_id, need_id, umkm_id, requested_by, requester_id, status)
				values (:event, :need, :umkm, 'UMKM', :requester, 'ACCEPTED')
				""")
			.param("event", eventId)
			.param("need", needId)
			.param("umkm", umkmId)
			.param("requester", requester)
			.update();
	}

	/** A planned meeting of the need with the UMKM in the slot at that table. */
	public long meeting(long eventId, long needId, long companyId, long umkmId, long slotId, int table) {
		return this.jdbc.sql("""
				insert into event_meeting (event_id, need_id, company_id, umkm_id, slot_id, table_number, score)
				values (:event, :need, :company, :umkm, :slot, :table, 75)
				returning id
				""")
			.param("event", eventId)
			.param("need", needId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("slot", slotId)
			.param("table", table)
			.query(Long.class)
			.single();
	}

	private long register(long eventId, Long companyId, Long umkmId, long byAccount, int parallelTables, boolean late) {
		return this.jdbc.sql("""
				insert into event_registration (event_id, company_id, umkm_id, status, parallel_tables, late,
				                                check_in_token, registered_by)
				values (:event, :company, :umkm, 'APPROVED', :parallel, :late, :token, :by)
				returning id
				""")
			.param("event", eventId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("parallel", parallelTables)
			.param("late", late)
			.param("token", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43))
			.param("by", byAccount)
			.query(Long.class)
			.single();
	}

	private void attend(long registration, List<Long> sessions) {
		for (Long session : sessions) {
			this.jdbc.sql("insert into event_registration_session (registration_id, session_id) values (:r, :s)")
				.param("r", registration)
				.param("s", session)
				.update();
		}
	}

}
