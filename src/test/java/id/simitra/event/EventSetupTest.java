package id.simitra.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.simitra.event.internal.setup.EventSetupService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Setting up an event (issue 14): an officer of the province creates a draft whose
 * sessions are cut into slots, each bad input is refused with its own message and nothing
 * typed is lost, a draft is invisible to the public until it is published, stale forms
 * are a 409, and every change is in the audit trail.
 */
@SimitraTest
class EventSetupTest {

	static final String MEDAN = "12.71";

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSetupService events;

	MockHttpSession officer;

	MockHttpSession otherOfficer;

	LocalDate day;

	@BeforeEach
	void world() throws Exception {
		officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		otherOfficer = WebSession.login(mvc, fixtures.officerEmail("63"), WebSession.PASSWORD);
		// tables are limited by the UMKM of the province: make sure Sumut has some
		fixtures.umkm("Kopi Acara Satu", MEDAN, "10761");
		fixtures.umkm("Kopi Acara Dua", MEDAN, "10761");
		day = LocalDate.now(WIB).plusDays(30);
	}

	Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Temu Bisnis Medan Uji");
		form.put("description", "UMKM bertemu perusahaan besar");
		form.put("regencyCode", MEDAN);
		form.put("venue", "Gedung Serbaguna, Jl. Pancing");
		form.put("eventDate", day.toString());
		form.put("sessionStart1", "09:00");
		form.put("sessionEnd1", "12:00");
		form.put("sessionStart2", "13:00");
		form.put("sessionEnd2", "16:00");
		form.put("meetingMinutes", "20");
		form.put("breakMinutes", "5");
		form.put("tableCount", "2");
		form.put("maxMeetingsPerUmkm", "4");
		form.put("registrationOpens", LocalDate.now(WIB).toString());
		form.put("registrationCloses", day.minusDays(2).toString());
		form.put("approvalRequired", "true");
		return form;
	}

	MockHttpServletRequestBuilder postForm(String url, Map<String, String> form, MockHttpSession session) {
		MockHttpServletRequestBuilder request = post(url).session(session).with(csrf());
		form.forEach((k, v) -> request.param(k, v));
		return request;
	}

	long create(Map<String, String> form) throws Exception {
		String location = mvc.perform(postForm("/petugas/acara/baru", form, officer))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/petugas/acara/");
		return Long.parseLong(location.substring("/petugas/acara/".length()));
	}

	@Test
	void aDraftIsCreatedWithItsSlotsCutFromTheSessionsAndAudited() throws Exception {
		long id = create(valid());
		// 09:00-12:00, 20 minutes 5 apart: 09:00, 09:25, ... 11:30 (ends 11:50) = 7
		// slots;
		// the same in the afternoon
		assertThat(jdbc.sql("""
				select count(*) from event_slot s join event_session es on es.id = s.session_id
				where es.event_id = ?""").param(id).query(Long.class).single()).isEqualTo(14);
		assertThat(jdbc.sql("""
				select max(s.ends_at)::text from event_slot s join event_session es on es.id = s.session_id
				where es.event_id = ? and es.position = 1""").param(id).query(String.class).single())
			.isEqualTo("11:50:00");
		assertThat(jdbc.sql("select status || ' ' || time_zone || ' ' || approval_required from event where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("DRAFT Asia/Jakarta true");
		assertThat(jdbc.sql("select action from event_audit where event_id = ?").param(id).query(String.class).list())
			.containsExactly("CREATED");
		mvc.perform(get("/petugas/acara/" + id).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Temu Bisnis Medan Uji")))
			.andExpect(content().string(containsString("09:00–12:00 WIB (7 slot pertemuan)")));
		mvc.perform(get("/petugas/acara").session(officer))
			.andExpect(content().string(containsString("Temu Bisnis Medan Uji")));
		// an officer of another province does not learn that it exists
		mvc.perform(get("/petugas/acara/" + id).session(otherOfficer)).andExpect(status().isNotFound());
	}

	@Test
	void overlappingSessionsAreRefusedWithWhatTheOfficerTyped() throws Exception {
		Map<String, String> form = valid();
		form.put("sessionStart2", "11:00");
		form.put("sessionEnd2", "14:00");
		expectRefused(form, "Sesi 11:00–14:00 bertumpang tindih dengan sesi 09:00–12:00");
	}

	@Test
	void aMeetingLongerThanItsSessionIsRefused() throws Exception {
		Map<String, String> form = valid();
		form.put("sessionStart2", "13:00");
		form.put("sessionEnd2", "13:30");
		form.put("meetingMinutes", "45");
		expectRefused(form, "Pertemuan 45 menit lebih panjang dari sesi 13:00–13:30 (30 menit)");
	}

	@Test
	void moreTablesThanTheProvinceHasUmkmIsRefusedWithTheLimitAndWhy() throws Exception {
		MockHttpSession papua = WebSession.login(mvc, fixtures.officerEmail("91"), WebSession.PASSWORD);
		long umkm = events.umkmInProvince("91");
		Map<String, String> form = valid();
		form.put("regencyCode", "91.03");
		form.put("tableCount", String.valueOf(umkm + 1));
		mvc.perform(postForm("/petugas/acara/baru", form, papua))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Paling banyak " + umkm + " meja: setiap meja menampung satu UMKM")));
		form.put("regencyCode", MEDAN);
		form.put("tableCount", "501");
		expectRefused(form, "Paling banyak 500 meja per acara.");
	}

	@Test
	void anEventInThePastIsRefused() throws Exception {
		Map<String, String> form = valid();
		form.put("eventDate", LocalDate.now(WIB).minusDays(1).toString());
		form.put("registrationOpens", LocalDate.now(WIB).minusDays(10).toString());
		form.put("registrationCloses", LocalDate.now(WIB).minusDays(3).toString());
		expectRefused(form, "Tanggal acara sudah lewat.");
	}

	@Test
	void aRegistrationWindowClosingOnTheDayOfTheEventIsRefused() throws Exception {
		Map<String, String> form = valid();
		form.put("registrationCloses", day.toString());
		expectRefused(form, "Pendaftaran harus ditutup sebelum hari acara");
	}

	@Test
	void aRegencyOfAnotherProvinceIsRefused() throws Exception {
		Map<String, String> form = valid();
		form.put("regencyCode", "63.71");
		expectRefused(form, "Pilih kabupaten/kota di provinsi Anda.");
	}

	/** Refused: the message, the typed name still in the form, nothing saved. */
	void expectRefused(Map<String, String> form, String message) throws Exception {
		long before = jdbc.sql("select count(*) from event").query(Long.class).single();
		mvc.perform(postForm("/petugas/acara/baru", form, officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"Temu Bisnis Medan Uji\"")))
			.andExpect(content().string(containsString("value=\"Gedung Serbaguna, Jl. Pancing\"")));
		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aDraftIsHiddenFromThePublicUntilPublished() throws Exception {
		// a name of its own: the public list holds the events of earlier tests too
		String name = "Temu Bisnis Draf " + java.util.UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = valid();
		form.put("name", name);
		// tomorrow, so that it is on the first page of the public list (soonest first)
		form.put("eventDate", LocalDate.now(WIB).plusDays(1).toString());
		form.put("registrationCloses", LocalDate.now(WIB).toString());
		long id = create(form);
		mvc.perform(get("/acara/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/acara")).andExpect(content().string(not(containsString(name))));
		long version = jdbc.sql("select version from event where id = ?").param(id).query(Long.class).single();
		mvc.perform(post("/petugas/acara/" + id + "/terbitkan").session(otherOfficer)
			.with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		mvc.perform(post("/petugas/acara/" + id + "/terbitkan").session(officer)
			.with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/acara/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Sesi 2: 13:00–16:00 WIB")))
			.andExpect(content().string(containsString("disetujui petugas")))
			.andExpect(content().string(containsString("Masuk untuk mendaftar")));
		mvc.perform(get("/acara")).andExpect(content().string(containsString(name)));
		assertThat(jdbc.sql("select action from event_audit where event_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("CREATED", "PUBLISHED");
		// a published event is no longer edited as a draft
		mvc.perform(get("/petugas/acara/" + id + "/ubah").session(officer)).andExpect(status().isConflict());
	}

	@Test
	void aStaleEditIsAConflictAndAFreshOneRewritesTheSlots() throws Exception {
		long id = create(valid());
		Map<String, String> form = valid();
		form.put("version", "0");
		form.put("meetingMinutes", "30");
		form.put("breakMinutes", "0");
		mvc.perform(postForm("/petugas/acara/" + id + "/ubah", form, officer)).andExpect(status().is3xxRedirection());
		// 3 hours of 30-minute meetings without a break: 6 per session
		assertThat(jdbc.sql("""
				select count(*) from event_slot s join event_session es on es.id = s.session_id
				where es.event_id = ?""").param(id).query(Long.class).single()).isEqualTo(12);
		form.put("name", "Ditimpa dari formulir lama");
		mvc.perform(postForm("/petugas/acara/" + id + "/ubah", form, officer)).andExpect(status().isConflict());
		assertThat(jdbc.sql("select name from event where id = ?").param(id).query(String.class).single())
			.isEqualTo("Temu Bisnis Medan Uji");
		long stale = 0;
		mvc.perform(post("/petugas/acara/" + id + "/terbitkan").session(officer)
			.with(csrf())
			.param("version", String.valueOf(stale))).andExpect(status().isConflict());
	}

}
