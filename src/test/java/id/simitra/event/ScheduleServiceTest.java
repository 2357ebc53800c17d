package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer's schedule (issue 14, point 4): "Susun jadwal" runs the solver on the
 * approved registrations and stores a schedule that double-books nobody, places the
 * accepted request and gives every fitting UMKM a meeting; a move that would double-book
 * is refused with a clear message and changes nothing; a move onto a taken table swaps;
 * re-running keeps locked meetings; stale forms are 409; every change is audited;
 * publishing notifies the participants.
 */
@SimitraTest
class ScheduleServiceTest {

	static final String MEDAN = "12.71";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	EventFixtures events;

	MockHttpSession officer;

	long officerId;

	long event;

	List<Long> slots;

	long companyA;

	long companyB;

	long needA;

	long needB;

	long umkm1;

	long umkm2;

	long umkm3;

	long owner3;

	@BeforeEach
	void world() throws Exception {
		events = new EventFixtures(jdbc);
		String officerEmail = fixtures.officerEmail("12");
		officerId = jdbc.sql("select id from account where email = ?").param(officerEmail).query(Long.class).single();
		officer = WebSession.login(mvc, officerEmail, WebSession.PASSWORD);
		companyA = fixtures.company("PT Kopi Jadwal A", MEDAN);
		companyB = fixtures.company("PT Kopi Jadwal B", MEDAN);
		needA = fixtures.need(companyA, "Kopi bubuk jadwal A", "10761", "100", Unit.KG, MEDAN, Map.of());
		needB = fixtures.need(companyB, "Kopi bubuk jadwal B", "10761", "100", Unit.KG, MEDAN, Map.of());
		umkm1 = fixtures.umkm("Kopi Jadwal Satu", MEDAN, "10761").id();
		umkm2 = fixtures.umkm("Kopi Jadwal Dua", MEDAN, "10761").id();
		owner3 = fixtures.account(Role.UMKM);
		umkm3 = fixtures.umkmOwnedBy(owner3, "Kopi Jadwal Tiga", MEDAN, "10761").id();
		event = events.event(MEDAN, LocalDate.now().plusDays(20), "PUBLISHED", 2, officerId);
		slots = events.session(event, 1, LocalTime.of(9, 0), 3);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyA, officerId, 1, List.of(needA), sessions);
		events.registerCompany(event, companyB, officerId, 1, List.of(needB), sessions);
		for (long umkm : List.of(umkm1, umkm2, umkm3)) {
			events.registerUmkm(event, umkm, officerId, sessions, false);
		}
		events.acceptedRequest(event, needB, umkm3, owner3);
	}

	@Test
	void susunJadwalStoresTheSolversScheduleWithoutDoubleBookingAnybody() throws Exception {
		mvc.perform(post(schedule() + "/susun").session(officer).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(schedule()));

		List<Map<String, Object>> meetings = jdbc
			.sql("select need_id, company_id, umkm_id, slot_id, table_number, requested from event_meeting"
					+ " where event_id = ?")
			.param(event)
			.query()
			.listOfRows();
		assertThat(meetings).isNotEmpty();
		// nobody twice in a slot (one staff per company), no table twice, tables 1..2
		assertThat(meetings.stream().map(m -> List.of(m.get("umkm_id"), m.get("slot_id"))).distinct())
			.hasSameSizeAs(meetings);
		assertThat(meetings.stream().map(m -> List.of(m.get("company_id"), m.get("slot_id"))).distinct())
			.hasSameSizeAs(meetings);
		assertThat(meetings.stream().map(m -> List.of(m.get("slot_id"), m.get("table_number"))).distinct())
			.hasSameSizeAs(meetings);
		assertThat(meetings).allMatch(m -> ((Integer) m.get("table_number")) <= 2);
		// the accepted request is placed and marked; every UMKM has a meeting
		assertThat(meetings).anyMatch(m -> m.get("need_id").equals(needB) && m.get("umkm_id").equals(umkm3)
				&& Boolean.TRUE.equals(m.get("requested")));
		assertThat(meetings.stream().map(m -> m.get("umkm_id")).distinct()).containsExactlyInAnyOrder(umkm1, umkm2,
				umkm3);
		assertThat(audit()).contains("SCHEDULE_RUN by " + officerId);

		mvc.perform(get(schedule()).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PT Kopi Jadwal A")))
			.andExpect(content().string(containsString("Kopi Jadwal Tiga")))
			.andExpect(content().string(containsString("Meja 2")))
			.andExpect(content().string(containsString("09:25–09:45")));
	}

	@Test
	void aMoveThatDoubleBooksIsRefusedWithAClearMessageAndAMoveOntoATakenTableSwaps() throws Exception {
		long first = events.meeting(event, needA, companyA, umkm1, slots.get(0), 1);
		long second = events.meeting(event, needB, companyB, umkm1, slots.get(1), 1);

		// umkm1 already meets company A in the first slot
		mvc.perform(post(schedule() + "/" + second + "/pindah").session(officer)
			.with(csrf())
			.param("slotId", String.valueOf(slots.get(0)))
			.param("table", "2")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UMKM sudah punya pertemuan lain pada slot itu")));
		assertThat(place(second)).isEqualTo(List.of(slots.get(1), 1, false, 0L));

		// a free cell: moved and locked
		mvc.perform(post(schedule() + "/" + second + "/pindah").session(officer)
			.with(csrf())
			.param("slotId", String.valueOf(slots.get(2)))
			.param("table", "2")
			.param("version", "0")).andExpect(redirectedUrl(schedule()));
		assertThat(place(second)).isEqualTo(List.of(slots.get(2), 2, true, 1L));

		// onto the taken table: the two swap
		mvc.perform(post(schedule() + "/" + first + "/pindah").session(officer)
			.with(csrf())
			.param("slotId", String.valueOf(slots.get(2)))
			.param("table", "2")
			.param("version", "0")).andExpect(redirectedUrl(schedule()));
		assertThat(place(first)).isEqualTo(List.of(slots.get(2), 2, true, 1L));
		assertThat(place(second)).isEqualTo(List.of(slots.get(0), 1, true, 2L));

		// a stale form
		mvc.perform(post(schedule() + "/" + first + "/pindah").session(officer)
			.with(csrf())
			.param("slotId", String.valueOf(slots.get(1)))
			.param("table", "1")
			.param("version", "0")).andExpect(status().isConflict());
		assertThat(audit()).containsExactly("MEETING_MOVED by " + officerId, "MEETING_MOVED by " + officerId);
	}

	@Test
	void reRunningKeepsLockedMeetingsInPlace() throws Exception {
		// the officer fixed umkm2 with company B at table 2 of the last slot
		long fixed = events.meeting(event, needB, companyB, umkm2, slots.get(2), 2);
		mvc.perform(post(schedule() + "/" + fixed + "/kunci").session(officer)
			.with(csrf())
			.param("locked", "true")
			.param("version", "0")).andExpect(redirectedUrl(schedule() + "/" + fixed));

		mvc.perform(post(schedule() + "/susun").session(officer).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(schedule()));
		mvc.perform(post(schedule() + "/susun").session(officer).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl(schedule()));

		assertThat(place(fixed)).isEqualTo(List.of(slots.get(2), 2, true, 1L));
		assertThat(jdbc.sql("select count(*) from event_meeting where event_id = ? and need_id = ? and umkm_id = ?")
			.params(event, needB, umkm2)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the other meetings were proposed again around it
		assertThat(jdbc.sql("select count(*) from event_meeting where event_id = ?")
			.param(event)
			.query(Integer.class)
			.single()).isGreaterThan(1);
		// a stale page cannot run it again
		mvc.perform(post(schedule() + "/susun").session(officer).with(csrf()).param("version", "1"))
			.andExpect(status().isConflict());
		assertThat(audit()).containsExactly("MEETING_LOCKED by " + officerId, "SCHEDULE_RUN by " + officerId,
				"SCHEDULE_RUN by " + officerId);
	}

	@Test
	void publishingSetsTheEventScheduledAndNotifiesEveryParticipant() throws Exception {
		events.meeting(event, needB, companyB, umkm3, slots.get(0), 1);
		mvc.perform(post(schedule() + "/terbitkan").session(officer).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(schedule()));
		assertThat(jdbc.sql("select status from event where id = ?").param(event).query(String.class).single())
			.isEqualTo("SCHEDULED");
		fixtures.awaitEventListeners();
		List<String> links = jdbc.sql("""
				select link from notification where account_id = ? and message_key = 'notification.schedulePublished'
				""").param(owner3).query(String.class).list();
		assertThat(links).containsExactly("/acara/" + event + "/agenda");
		assertThat(jdbc.sql("""
				select count(distinct n.account_id) from notification n
				where n.message_key = 'notification.schedulePublished' and n.link = ?""")
			.param("/acara/" + event + "/agenda")
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(audit()).containsExactly("SCHEDULE_PUBLISHED by " + officerId);
		// published: the whole schedule is not rebuilt any more
		mvc.perform(post(schedule() + "/susun").session(officer).with(csrf()).param("version", "1"))
			.andExpect(status().isConflict());
	}

	@Test
	void anOfficerOfAnotherProvinceIsToldTheScheduleDoesNotExist() throws Exception {
		MockHttpSession other = WebSession.login(mvc, fixtures.officerEmail("63"), WebSession.PASSWORD);
		mvc.perform(get(schedule()).session(other)).andExpect(status().isNotFound());
		mvc.perform(post(schedule() + "/susun").session(other).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
	}

	private String schedule() {
		return "/petugas/acara/" + event + "/jadwal";
	}

	/** slot, table, locked, version of a meeting. */
	private List<Object> place(long meeting) {
		return jdbc.sql("select slot_id, table_number, locked, version from event_meeting where id = ?")
			.param(meeting)
			.query((rs, i) -> List.<Object>of(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getLong(4)))
			.single();
	}

	private List<String> audit() {
		return jdbc.sql("select action || ' by ' || actor_id from event_audit where event_id = ? order by id")
			.param(event)
			.query(String.class)
			.list();
	}

}
