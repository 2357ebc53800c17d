package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day of the event (issue 14, point 6): search and check in by name; the agenda's
 * link checks in when an organiser opens it and is "not found" for anybody else; started
 * meetings nobody marked are the tables running late, marked held or no-show; late
 * registrations are placed into free cells with every meeting kept. All audited.
 */
@SimitraTest
class CheckInTest {

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

	long companyId;

	long needId;

	long umkmId;

	long umkmAccount;

	@BeforeEach
	void world() throws Exception {
		events = new EventFixtures(jdbc);
		String officerEmail = fixtures.officerEmail("12");
		officerId = jdbc.sql("select id from account where email = ?").param(officerEmail).query(Long.class).single();
		officer = WebSession.login(mvc, officerEmail, WebSession.PASSWORD);
		companyId = fixtures.company("PT Hadir Temu", MEDAN);
		needId = fixtures.need(companyId, "Kopi bubuk hadir", "10761", "100", Unit.KG, MEDAN, Map.of());
		umkmAccount = fixtures.account(Role.UMKM);
		umkmId = fixtures.umkmOwnedBy(umkmAccount, "Kopi Hadir Sidikalang", MEDAN, "10761").id();
	}

	@Test
	void anOfficerFindsAParticipantByNameAndChecksItIn() throws Exception {
		long event = events.event(MEDAN, today().plusDays(1), "SCHEDULED", 5, officerId);
		List<Long> sessions = List.of(events.sessionOf(events.session(event, 1, LocalTime.of(9, 0), 2).get(0)));
		events.registerCompany(event, companyId, officerId, 1, List.of(needId), sessions);
		long registration = events.registerUmkm(event, umkmId, officerId, sessions, false);

		mvc.perform(get(checkIn(event)).param("q", "hadir sidi").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi Hadir Sidikalang")))
			.andExpect(content().string(not(containsString("PT Hadir Temu"))))
			.andExpect(content().string(containsString("0 dari 2 peserta sudah hadir")));
		mvc.perform(get(checkIn(event)).param("q", "tidak ada").session(officer))
			.andExpect(content().string(containsString("Tidak ada peserta bernama")));

		mvc.perform(post(checkIn(event) + "/" + registration).session(officer)
			.with(csrf())
			.param("version", "0")
			.param("q", "hadir sidi")).andExpect(redirectedUrl(checkIn(event) + "?q=hadir+sidi"));
		assertThat(checkedInBy(registration)).isEqualTo(officerId);
		mvc.perform(get(checkIn(event)).session(officer))
			.andExpect(content().string(containsString("1 dari 2 peserta sudah hadir")));
		assertThat(audit(event)).containsExactly("CHECKED_IN by " + officerId);
	}

	@Test
	void theAgendaLinkChecksInWhenAnOrganiserOpensItAndIsNotFoundForOthers() throws Exception {
		long event = events.event(MEDAN, today(), "SCHEDULED", 5, officerId);
		List<Long> sessions = List.of(events.sessionOf(events.session(event, 1, LocalTime.of(9, 0), 2).get(0)));
		long registration = events.registerUmkm(event, umkmId, officerId, sessions, false);
		String link = "/acara/" + event + "/hadir/" + events.tokenOf(registration);

		MockHttpSession participant = WebSession.login(mvc, fixtures.accountEmailOf(umkmAccount), WebSession.PASSWORD);
		mvc.perform(get(link).session(participant)).andExpect(status().isNotFound());
		mvc.perform(get(link).session(WebSession.login(mvc, fixtures.officerEmail("63"), WebSession.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/acara/" + event + "/hadir/bukan-token-ini").session(officer))
			.andExpect(status().isNotFound());
		assertThat(checkedInBy(registration)).isZero();

		mvc.perform(get(link).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi Hadir Sidikalang tercatat hadir")));
		assertThat(checkedInBy(registration)).isEqualTo(officerId);
		// a second scan changes nothing and says when
		mvc.perform(get(link).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah tercatat hadir pukul")));
		assertThat(audit(event)).containsExactly("CHECKED_IN by " + officerId);
	}

	@Test
	void startedMeetingsNobodyMarkedAreLateAndAreMarkedHeldOrNoShow() throws Exception {
		long yesterday = events.event(MEDAN, today().minusDays(1), "SCHEDULED", 5, officerId);
		List<Long> slots = events.session(yesterday, 1, LocalTime.of(9, 0), 2);
		long otherUmkm = fixtures.umkm("Kopi Terlambat Dua", MEDAN, "10761").id();
		long late = events.meeting(yesterday, needId, companyId, umkmId, slots.get(0), 4);
		long held = events.meeting(yesterday, needId, companyId, otherUmkm, slots.get(1), 1);

		mvc.perform(get(checkIn(yesterday)).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("09:00–09:20 WIB, meja 4")))
			.andExpect(content().string(containsString("09:25–09:45 WIB, meja 1")));
		mvc.perform(post("/petugas/acara/" + yesterday + "/pertemuan/" + late + "/tanda").session(officer)
			.with(csrf())
			.param("held", "false")
			.param("version", "0")).andExpect(redirectedUrl(checkIn(yesterday)));
		mvc.perform(post("/petugas/acara/" + yesterday + "/pertemuan/" + held + "/tanda").session(officer)
			.with(csrf())
			.param("held", "true")
			.param("version", "0")).andExpect(redirectedUrl(checkIn(yesterday)));
		assertThat(statusOf(late)).isEqualTo("NO_SHOW");
		assertThat(statusOf(held)).isEqualTo("HELD");
		mvc.perform(get(checkIn(yesterday)).session(officer))
			.andExpect(content().string(containsString("Tidak ada meja yang terlambat")));
		assertThat(audit(yesterday)).containsExactly("MEETING_NO_SHOW by " + officerId, "MEETING_HELD by " + officerId);

		// tomorrow's meeting has not started: not late, cannot be marked
		long tomorrow = events.event(MEDAN, today().plusDays(1), "SCHEDULED", 5, officerId);
		long notYet = events.meeting(tomorrow, needId, companyId, umkmId,
				events.session(tomorrow, 1, LocalTime.of(0, 0), 1).get(0), 1);
		mvc.perform(get(checkIn(tomorrow)).session(officer))
			.andExpect(content().string(containsString("Tidak ada meja yang terlambat")));
		mvc.perform(post("/petugas/acara/" + tomorrow + "/pertemuan/" + notYet + "/tanda").session(officer)
			.with(csrf())
			.param("held", "false")
			.param("version", "0")).andExpect(status().isConflict());
		assertThat(statusOf(notYet)).isEqualTo("PLANNED");
	}

	@Test
	void lateRegistrationsArePlacedIntoFreeCellsKeepingEveryMeeting() throws Exception {
		long event = events.event(MEDAN, today().plusDays(5), "SCHEDULED", 1, officerId);
		List<Long> slots = events.session(event, 1, LocalTime.of(9, 0), 2);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyId, officerId, 1, List.of(needId), sessions);
		events.registerUmkm(event, umkmId, officerId, sessions, false);
		long lateUmkm = fixtures.umkm("Kopi Susulan Tiga", MEDAN, "10761").id();
		events.registerUmkm(event, lateUmkm, officerId, sessions, true);
		long kept = events.meeting(event, needId, companyId, umkmId, slots.get(0), 1);

		mvc.perform(get("/petugas/acara/" + event + "/jadwal").session(officer))
			.andExpect(content().string(containsString("1 pendaftar susulan belum mendapat pertemuan")));
		mvc.perform(
				post("/petugas/acara/" + event + "/jadwal/susulan").session(officer).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/petugas/acara/" + event + "/jadwal"));

		assertThat(jdbc.sql("select slot_id from event_meeting where id = ?").param(kept).query(Long.class).single())
			.isEqualTo(slots.get(0));
		assertThat(jdbc.sql("select slot_id from event_meeting where event_id = ? and umkm_id = ?")
			.params(event, lateUmkm)
			.query(Long.class)
			.list()).containsExactly(slots.get(1));
		assertThat(audit(event)).containsExactly("SCHEDULE_LATE by " + officerId);
	}

	/**
	 * Today at the venue (Medan, WIB), which is not the machine's day around midnight.
	 */
	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	private static String checkIn(long event) {
		return "/petugas/acara/" + event + "/hadir";
	}

	/** Who checked the participant in; 0 for nobody yet. */
	private long checkedInBy(long registration) {
		return jdbc.sql("select coalesce(checked_in_by, 0) from event_registration where id = ?")
			.param(registration)
			.query(Long.class)
			.single();
	}

	private String statusOf(long meeting) {
		return jdbc.sql("select status from event_meeting where id = ?").param(meeting).query(String.class).single();
	}

	private List<String> audit(long event) {
		return jdbc.sql("select action || ' by ' || actor_id from event_audit where event_id = ? order by id")
			.param(event)
			.query(String.class)
			.list();
	}

}
