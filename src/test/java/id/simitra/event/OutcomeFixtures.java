package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.reference.VenueTimeZone;

/**
 * Event rows for the outcome and report tests (issue 14, part h4), written with SQL: the
 * services that create events, registrations and schedules (h2, h3) are built in
 * parallel. Companies, needs and UMKM come from the ordinary object mothers
 * ({@code support.Fixtures}, {@code reporting.ReportFixture}); only the event module's
 * own rows are made here. Kept apart from h3's {@code EventFixtures}.
 */
public final class OutcomeFixtures {

	private final JdbcClient jdbc;

	public OutcomeFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An event of the province on that day (venue zone from the province), with one
	 * session 09:00–12:00; registration closed the day before. Status SCHEDULED.
	 */
	public long event(String regencyCode, LocalDate day, long createdBy) {
		String province = regencyCode.substring(0, regencyCode.indexOf('.'));
		long id = this.jdbc.sql("""
				insert into event (province_code, regency_code, name, venue, event_date, time_zone, table_count,
				                   registration_opens, registration_closes, status, created_by)
				values (:province, :regency, :name, 'Gedung Uji', :day, :zone, 20, :opens, :closes, 'SCHEDULED', :by)
				returning id
				""")
			.param("province", province)
			.param("regency", regencyCode)
			.param("name", "Temu Bisnis Uji " + UUID.randomUUID().toString().substring(0, 6))
			.param("day", day)
			.param("zone", VenueTimeZone.of(province).zone().getId())
			.param("opens", day.minusDays(30))
			.param("closes", day.minusDays(1))
			.param("by", createdBy)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into event_session (event_id, position, starts_at, ends_at)
				values (:event, 1, time '09:00', time '12:00')
				""").param("event", id).update();
		return id;
	}

	/** A slot of the event's first session. */
	public long slot(long eventId, LocalTime start) {
		return this.jdbc.sql("""
				insert into event_slot (session_id, position, starts_at, ends_at)
				select s.id, (select count(*) + 1 from event_slot x where x.session_id = s.id), :start, :end
				from event_session s where s.event_id = :event and s.position = 1
				returning id
				""")
			.param("event", eventId)
			.param("start", start)
			.param("end", start.plusMinutes(20))
			.query(Long.class)
			.single();
	}

	public long registerUmkm(long eventId, long umkmId, long byAccount, String status) {
		return register(eventId, null, umkmId, byAccount, status);
	}

	public long registerCompany(long eventId, long companyId, long byAccount, String status) {
		return register(eventId, companyId, null, byAccount, status);
	}

	private long register(long eventId, Long companyId, Long umkmId, long byAccount, String status) {
		return this.jdbc.sql("""
				insert into event_registration (event_id, company_id, umkm_id, status, check_in_token, registered_by)
				values (:event, :company, :umkm, :status, :token, :by)
				returning id
				""")
			.param("event", eventId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("status", status)
			.param("token", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43))
			.param("by", byAccount)
			.query(Long.class)
			.single();
	}

	/** A meeting of the need with the UMKM in the slot, at that table, in that status. */
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

	/** Both sides' outcomes as if recorded (null leaves a side empty). */
	public void outcomes(long meetingId, String companyOutcome, String companyNote, String umkmOutcome,
			String umkmNote) {
		this.jdbc.sql("""
				update event_meeting set company_outcome = :co, company_note = :cn, umkm_outcome = :uo, umkm_note = :un
				where id = :id
				""")
			.param("co", companyOutcome)
			.param("cn", companyNote)
			.param("uo", umkmOutcome)
			.param("un", umkmNote)
			.param("id", meetingId)
			.update();
	}

}
