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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Withdrawing a registration (issue 14): after the schedule is out the participant's
 * meetings are cancelled, their tables freed and the partners told; before it the draft
 * meetings go; only after ticking the box, with the page's version, before the event's
 * day, and only one's own registration.
 */
@SimitraTest
class EventWithdrawalTest {

	static final String MEDAN = "12.71";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	EventFixtures events;

	long officerId;

	long companyId;

	long companyAccount;

	long needA;

	long umkm1;

	long umkm2;

	long ownerAccount1;

	long ownerAccount2;

	MockHttpSession company;

	MockHttpSession owner1;

	MockHttpSession owner2;

	@BeforeEach
	void world() throws Exception {
		events = new EventFixtures(jdbc);
		String officerEmail = fixtures.officerEmail("12");
		officerId = jdbc.sql("select id from account where email = ?").param(officerEmail).query(Long.class).single();
		companyId = fixtures.company("PT Kopi Mundur", MEDAN);
		companyAccount = jdbc.sql("select account_id from company_member where company_id = ?")
			.param(companyId)
			.query(Long.class)
			.single();
		needA = fixtures.need(companyId, "Kopi bubuk mundur", "10761", "100", Unit.KG, MEDAN, Map.of());
		ownerAccount1 = fixtures.account(Role.UMKM);
		ownerAccount2 = fixtures.account(Role.UMKM);
		umkm1 = fixtures.umkmOwnedBy(ownerAccount1, "Kopi Mundur Satu", MEDAN, "10761").id();
		umkm2 = fixtures.umkmOwnedBy(ownerAccount2, "Kopi Mundur Dua", MEDAN, "10761").id();
		company = login(companyAccount);
		owner1 = login(ownerAccount1);
		owner2 = login(ownerAccount2);
	}

	@Test
	void anUmkmWithdrawsAfterTheScheduleItsMeetingIsCancelledTheTableFreedAndTheCompanyTold() throws Exception {
		long event = events.event(MEDAN, LocalDate.now().plusDays(20), "SCHEDULED", 1, officerId);
		String name = nameOf(event);
		List<Long> slots = events.session(event, 1, LocalTime.of(9, 0), 3);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyId, officerId, 1, List.of(needA), sessions);
		events.registerUmkm(event, umkm1, officerId, sessions, false);
		events.registerUmkm(event, umkm2, officerId, sessions, false);
		long first = events.meeting(event, needA, companyId, umkm1, slots.get(0), 1);
		long second = events.meeting(event, needA, companyId, umkm2, slots.get(1), 1);
		events.acceptedRequest(event, needA, umkm1, ownerAccount1);

		mvc.perform(get(register(event)).session(owner1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mundur dari acara")))
			.andExpect(content().string(containsString("semua pertemuan Anda dibatalkan")));

		// not ticked: nothing changes, the page says why
		withdraw(owner1, event, 0, false).andExpect(redirectedUrl(register(event)))
			.andExpect(flash().attribute("error", "event.withdraw.unconfirmed"));
		// a stale page: 409
		withdraw(owner1, event, 5, true).andExpect(status().isConflict());
		assertThat(registration(event, umkm1)).isEqualTo("APPROVED");
		assertThat(meetingStatus(first)).isEqualTo("PLANNED");

		withdraw(owner1, event, 0, true).andExpect(redirectedUrl(register(event)))
			.andExpect(flash().attribute("success", "event.withdraw.done"));
		assertThat(registration(event, umkm1)).isEqualTo("WITHDRAWN");
		assertThat(meetingStatus(first)).isEqualTo("CANCELLED");
		assertThat(meetingStatus(second)).isEqualTo("PLANNED");
		assertThat(jdbc.sql("select status from event_meeting_request where event_id = ?")
			.param(event)
			.query(String.class)
			.list()).containsExactly("WITHDRAWN");
		assertThat(jdbc.sql("select detail from event_audit where event_id = ? and action = 'WITHDRAWN'")
			.param(event)
			.query(String.class)
			.list()).containsExactly("umkm_id " + umkm1 + ": 1 requests withdrawn, 1 meetings cancelled");

		// the company's members are told, with the need; the other UMKM is not
		fixtures.awaitEventListeners();
		assertThat(notifications(companyAccount))
			.containsExactly("Kopi Mundur Satu|" + name + "|Kopi bubuk mundur /acara/" + event + "/agenda");
		assertThat(notifications(ownerAccount2)).isEmpty();
		mvc.perform(get("/acara/" + event + "/agenda").session(company))
			.andExpect(content().string(not(containsString("Kopi Mundur Satu"))))
			.andExpect(content().string(containsString("Kopi Mundur Dua")));

		// the table is free: the officer moves the other meeting into the cancelled one's
		// cell (a plain move, no swap with the cancelled meeting)
		MockHttpSession officer = WebSession.login(mvc, fixtures.accountEmailOf(officerId), WebSession.PASSWORD);
		mvc.perform(post("/petugas/acara/" + event + "/jadwal/" + second + "/pindah").session(officer)
			.with(csrf())
			.param("slotId", String.valueOf(slots.get(0)))
			.param("table", "1")
			.param("version", "0")).andExpect(redirectedUrl("/petugas/acara/" + event + "/jadwal"));
		assertThat(jdbc.sql("select slot_id from event_meeting where id = ?").param(second).query(Long.class).single())
			.isEqualTo(slots.get(0));
		assertThat(jdbc.sql("select slot_id from event_meeting where id = ?").param(first).query(Long.class).single())
			.isEqualTo(slots.get(0));

		// withdrawn for good: no form to withdraw again, and registering again is refused
		mvc.perform(get(register(event)).session(owner1))
			.andExpect(content().string(not(containsString("withdraw-confirm"))));
		withdraw(owner1, event, 1, true).andExpect(status().isConflict());
	}

	@Test
	void aCompanyWithdrawsBeforeTheScheduleIsOutAndItsDraftMeetingsGoWithoutNotice() throws Exception {
		long event = events.event(MEDAN, LocalDate.now().plusDays(20), "PUBLISHED", 2, officerId);
		List<Long> slots = events.session(event, 1, LocalTime.of(9, 0), 3);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyId, officerId, 1, List.of(needA), sessions);
		events.registerUmkm(event, umkm1, officerId, sessions, false);
		events.meeting(event, needA, companyId, umkm1, slots.get(0), 1);
		jdbc.sql("""
				insert into event_meeting_request (event_id, need_id, umkm_id, requested_by, requester_id)
				values (?, ?, ?, 'UMKM', ?)""").params(event, needA, umkm1, ownerAccount1).update();

		mvc.perform(get(register(event)).session(company))
			.andExpect(content().string(containsString("permintaan pertemuan Anda ikut ditarik")));
		withdraw(company, event, 0, true).andExpect(redirectedUrl(register(event)));
		assertThat(registration(event, null)).isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("select count(*) from event_meeting where event_id = ?")
			.param(event)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select status from event_meeting_request where event_id = ?")
			.param(event)
			.query(String.class)
			.list()).containsExactly("WITHDRAWN");
		// the UMKM's page no longer has a request to answer
		mvc.perform(get("/acara/" + event + "/pertemuan").session(owner1))
			.andExpect(content().string(not(containsString("Menunggu jawaban"))));
		fixtures.awaitEventListeners();
		assertThat(notifications(ownerAccount1)).isEmpty();
		// changing the registration afterwards is refused with a message
		mvc.perform(post(register(event)).session(company)
			.with(csrf())
			.param("needIds", String.valueOf(needA))
			.param("sessionIds", String.valueOf(sessions.get(0)))
			.param("parallelTables", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah mengundurkan diri")));
		assertThat(registration(event, null)).isEqualTo("WITHDRAWN");
	}

	@Test
	void nobodyWithdrawsOnTheDayOrSomebodyElsesRegistration() throws Exception {
		LocalDate venueToday = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		long today = events.event(MEDAN, venueToday, "SCHEDULED", 2, officerId);
		List<Long> sessions = List.of(events.sessionOf(events.session(today, 1, LocalTime.of(9, 0), 3).get(0)));
		events.registerUmkm(today, umkm1, officerId, sessions, false);
		mvc.perform(get(register(today)).session(owner1))
			.andExpect(content().string(not(containsString("withdraw-confirm"))));
		withdraw(owner1, today, 0, true).andExpect(status().isConflict());
		assertThat(registration(today, umkm1)).isEqualTo("APPROVED");

		long ahead = events.event(MEDAN, LocalDate.now().plusDays(20), "PUBLISHED", 2, officerId);
		List<Long> aheadSessions = List.of(events.sessionOf(events.session(ahead, 1, LocalTime.of(9, 0), 3).get(0)));
		events.registerUmkm(ahead, umkm1, officerId, aheadSessions, false);
		// another UMKM's owner has no registration here: 404, the first one's is
		// untouched
		withdraw(owner2, ahead, 0, true).andExpect(status().isNotFound());
		assertThat(registration(ahead, umkm1)).isEqualTo("APPROVED");
	}

	private MockHttpSession login(long accountId) throws Exception {
		return WebSession.login(mvc, fixtures.accountEmailOf(accountId), WebSession.PASSWORD);
	}

	private static String register(long event) {
		return "/acara/" + event + "/daftar";
	}

	private ResultActions withdraw(MockHttpSession who, long event, long version, boolean confirmed) throws Exception {
		MockHttpServletRequestBuilder request = post(register(event) + "/tarik").session(who)
			.with(csrf())
			.param("version", String.valueOf(version));
		return mvc.perform(confirmed ? request.param("confirmed", "true") : request);
	}

	private String nameOf(long event) {
		return jdbc.sql("select name from event where id = ?").param(event).query(String.class).single();
	}

	/** The status of the UMKM's registration, or the company's (null). */
	private String registration(long event, Long umkm) {
		return jdbc
			.sql(umkm == null ? "select status from event_registration where event_id = ? and company_id = ?"
					: "select status from event_registration where event_id = ? and umkm_id = ?")
			.params(event, umkm == null ? companyId : umkm)
			.query(String.class)
			.single();
	}

	private String meetingStatus(long meeting) {
		return jdbc.sql("select status from event_meeting where id = ?").param(meeting).query(String.class).single();
	}

	private List<String> notifications(long account) {
		return jdbc.sql("""
				select array_to_string(args, '|') || ' ' || link from notification
				where account_id = ? and message_key = 'notification.meetingCancelled' order by id""")
			.param(account)
			.query(String.class)
			.list();
	}

}
