package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
 * Cancelling an event (issue 14): the organising officer gives a reason and ticks the
 * box; the page's version must be current; another province's officer does not see the
 * event; the invited and registered are told (the day in their language), the public page
 * and list show it cancelled with the reason, registering and meeting requests are
 * refused with that message.
 */
@SimitraTest
class EventCancellationTest {

	static final String MEDAN = "12.71";

	static final String REASON = "Gedung tergenang banjir";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	EventFixtures events;

	long officerId;

	MockHttpSession officer;

	long event;

	LocalDate day;

	long companyAccount;

	long registeredOwner;

	long invitedOwner;

	long refusedOwner;

	long needA;

	long umkm1;

	long meeting;

	@BeforeEach
	void world() throws Exception {
		events = new EventFixtures(jdbc);
		String officerEmail = fixtures.officerEmail("12");
		officerId = jdbc.sql("select id from account where email = ?").param(officerEmail).query(Long.class).single();
		officer = WebSession.login(mvc, officerEmail, WebSession.PASSWORD);
		long companyId = fixtures.company("PT Kopi Batal", MEDAN);
		companyAccount = jdbc.sql("select account_id from company_member where company_id = ?")
			.param(companyId)
			.query(Long.class)
			.single();
		needA = fixtures.need(companyId, "Kopi bubuk batal", "10761", "100", Unit.KG, MEDAN, Map.of());
		registeredOwner = fixtures.account(Role.UMKM);
		invitedOwner = fixtures.account(Role.UMKM);
		refusedOwner = fixtures.account(Role.UMKM);
		umkm1 = fixtures.umkmOwnedBy(registeredOwner, "Kopi Batal Satu", MEDAN, "10761").id();
		long invited = fixtures.umkmOwnedBy(invitedOwner, "Kopi Batal Undangan", MEDAN, "10761").id();
		long refused = fixtures.umkmOwnedBy(refusedOwner, "Kopi Batal Ditolak", MEDAN, "10761").id();
		day = LocalDate.now().plusDays(20);
		event = events.event(MEDAN, day, "SCHEDULED", 2, officerId);
		List<Long> slots = events.session(event, 1, LocalTime.of(9, 0), 3);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyId, officerId, 1, List.of(needA), sessions);
		events.registerUmkm(event, umkm1, officerId, sessions, false);
		long refusal = events.registerUmkm(event, refused, officerId, sessions, false);
		jdbc.sql("update event_registration set status = 'REFUSED', decision_reason = 'Tidak cocok' where id = ?")
			.param(refusal)
			.update();
		jdbc.sql("insert into event_invitation (event_id, umkm_id, chosen_by, invited_by) values (?, ?, 'HAND', ?)")
			.params(event, invited, officerId)
			.update();
		meeting = events.meeting(event, needA, companyId, umkm1, slots.get(0), 1);
	}

	@Test
	void theOfficerCancelsWithAReasonAndEveryoneConcernedIsTold() throws Exception {
		mvc.perform(get(manage()).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ya, batalkan acara ini")));

		// no reason, not ticked: a message each, the reason typed is kept, nothing
		// changes
		cancel(officer, "", true, 0).andExpect(redirectedUrl(manage()))
			.andExpect(flash().attribute("error", "event.cancel.reasonRequired"));
		cancel(officer, REASON, false, 0).andExpect(flash().attribute("error", "event.cancel.unconfirmed"))
			.andExpect(flash().attribute("cancelReason", REASON));
		// a stale page: 409
		cancel(officer, REASON, true, 3).andExpect(status().isConflict());
		assertThat(eventStatus()).isEqualTo("SCHEDULED");

		cancel(officer, REASON, true, 0).andExpect(redirectedUrl(manage()))
			.andExpect(flash().attribute("success", "event.cancel.done"));
		assertThat(eventStatus()).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select cancel_reason from event where id = ?").param(event).query(String.class).single())
			.isEqualTo(REASON);
		assertThat(
				jdbc.sql("select status from event_meeting where id = ?").param(meeting).query(String.class).single())
			.isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select detail from event_audit where event_id = ? and action = 'CANCELLED'")
			.param(event)
			.query(String.class)
			.list()).containsExactly(REASON + " (1 meetings cancelled)");
		// once only
		cancel(officer, REASON, true, 1).andExpect(flash().attribute("error", "event.cancel.notNow"));

		// the invited and the registered are told, with the reason; the refused UMKM is
		// not
		fixtures.awaitEventListeners();
		String name = jdbc.sql("select name from event where id = ?").param(event).query(String.class).single();
		String told = name + "|" + day + "|" + REASON + " /acara/" + event;
		for (long account : List.of(companyAccount, registeredOwner, invitedOwner)) {
			assertThat(notifications(account)).containsExactly(told);
		}
		assertThat(notifications(refusedOwner)).isEmpty();
		// the day is shown in the reader's language, not as 2026-12-27
		MockHttpSession owner = login(invitedOwner);
		mvc.perform(get("/notifikasi").session(owner))
			.andExpect(content().string(containsString(
					"pada " + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id")))
							+ " dibatalkan oleh Dinas. Alasan: " + REASON)))
			.andExpect(content().string(not(containsString(day.toString()))));
		mvc.perform(get("/notifikasi").param("lang", "en").session(owner))
			.andExpect(content().string(containsString("on "
					+ day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " was cancelled")));

		// the public page and list say so, with the reason
		mvc.perform(get("/acara/" + event))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acara ini dibatalkan oleh Dinas. Alasan: " + REASON)))
			.andExpect(content().string(containsString("pendaftaran ditutup")));
		// other tests' events share the list: look through its pages, as a visitor would
		assertThat(listedWith("/acara", null, name)).contains("Dibatalkan");
		assertThat(listedWith("/petugas/acara", officer, name)).contains("Dibatalkan");

		// registering is refused with that message
		MockHttpSession invited = owner;
		mvc.perform(post("/acara/" + event + "/daftar").session(invited).with(csrf()).param("sessionIds", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acara ini dibatalkan, jadi pendaftaran ditutup.")));
		assertThat(jdbc.sql("select count(*) from event_registration where event_id = ?")
			.param(event)
			.query(Long.class)
			.single()).isEqualTo(3L);
		// and so are meeting requests
		MockHttpSession registered = login(registeredOwner);
		mvc.perform(post("/acara/" + event + "/pertemuan/minta").session(registered)
			.with(csrf())
			.param("needId", String.valueOf(needA))
			.param("umkmId", String.valueOf(umkm1)))
			.andExpect(redirectedUrl("/acara/" + event + "/pertemuan"))
			.andExpect(flash().attribute("requestError", "event.cancel.noRequests"));
		assertThat(jdbc.sql("select count(*) from event_meeting_request where event_id = ?")
			.param(event)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/acara/" + event + "/pertemuan").session(registered))
			.andExpect(content().string(containsString("Acara ini dibatalkan, jadi permintaan pertemuan")));
	}

	@Test
	void anotherProvincesOfficerCannotCancelIt() throws Exception {
		MockHttpSession elsewhere = WebSession.login(mvc, fixtures.officerEmail("13"), WebSession.PASSWORD);
		mvc.perform(get(manage()).session(elsewhere)).andExpect(status().isNotFound());
		cancel(elsewhere, REASON, true, 0).andExpect(status().isNotFound());
		assertThat(eventStatus()).isEqualTo("SCHEDULED");
		// nor a participant (not an officer at all)
		cancel(login(registeredOwner), REASON, true, 0).andExpect(status().isForbidden());
		assertThat(eventStatus()).isEqualTo("SCHEDULED");
	}

	private MockHttpSession login(long accountId) throws Exception {
		return WebSession.login(mvc, fixtures.accountEmailOf(accountId), WebSession.PASSWORD);
	}

	private String manage() {
		return "/petugas/acara/" + event;
	}

	private ResultActions cancel(MockHttpSession who, String reason, boolean confirmed, long version) throws Exception {
		var request = post(manage() + "/batal").session(who)
			.with(csrf())
			.param("alasan", reason)
			.param("version", String.valueOf(version));
		return mvc.perform(confirmed ? request.param("confirmed", "true") : request);
	}

	private String eventStatus() {
		return jdbc.sql("select status from event where id = ?").param(event).query(String.class).single();
	}

	private List<String> notifications(long account) {
		return jdbc.sql("""
				select array_to_string(args, '|') || ' ' || link from notification
				where account_id = ? and message_key = 'notification.eventCancelled' order by id""")
			.param(account)
			.query(String.class)
			.list();
	}

	/**
	 * The page of a paginated list that shows the event's name; fails when no page of the
	 * first 50 does.
	 */
	private String listedWith(String url, @Nullable MockHttpSession session, String name) throws Exception {
		for (int page = 1; page <= 50; page++) {
			var request = get(url).param("halaman", String.valueOf(page));
			String html = mvc.perform(session == null ? request : request.session(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (html.contains(name)) {
				return html;
			}
		}
		throw new AssertionError(name + " on no page of " + url);
	}

}
