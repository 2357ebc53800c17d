package id.simitra.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

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
 * Meeting requests before the day (issue 14): a company asks an UMKM, the UMKM accepts
 * and "Susun jadwal" places the pair as requested; an UMKM asks, the company declines; a
 * pair is asked for once; strangers get 404; a stale answer is 409.
 */
@SimitraTest
class MeetingRequestTest {

	static final String MEDAN = "12.71";

	static final Locale ID = Locale.forLanguageTag("id");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	EventFixtures events;

	long officerId;

	MockHttpSession officer;

	MockHttpSession company;

	MockHttpSession owner1;

	MockHttpSession owner2;

	long event;

	long needA;

	long needHalal;

	long umkm1;

	long umkm2;

	long companyAccount;

	String eventName;

	long ownerAccount1;

	long ownerAccount2;

	@BeforeEach
	void world() throws Exception {
		events = new EventFixtures(jdbc);
		String officerEmail = fixtures.officerEmail("12");
		officerId = jdbc.sql("select id from account where email = ?").param(officerEmail).query(Long.class).single();
		officer = WebSession.login(mvc, officerEmail, WebSession.PASSWORD);
		long companyA = fixtures.company("PT Kopi Minta A", MEDAN);
		long companyB = fixtures.company("PT Kopi Minta B", MEDAN);
		needA = fixtures.need(companyA, "Kopi bubuk minta A", "10761", "100", Unit.KG, MEDAN, Map.of());
		needHalal = fixtures.need(companyB, "Kopi halal minta B", "10761", "100", Unit.KG, MEDAN,
				Map.of("HALAL", true));
		Long ownerId1 = fixtures.account(Role.UMKM);
		Long ownerId2 = fixtures.account(Role.UMKM);
		umkm1 = fixtures.umkmOwnedBy(ownerId1, "Kopi Minta Satu", MEDAN, "10761").id();
		umkm2 = fixtures.umkmOwnedBy(ownerId2, "Kopi Minta Dua", MEDAN, "10761").id();
		event = events.event(MEDAN, LocalDate.now().plusDays(20), "PUBLISHED", 2, officerId);
		eventName = jdbc.sql("select name from event where id = ?").param(event).query(String.class).single();
		List<Long> slots = events.session(event, 1, LocalTime.of(9, 0), 3);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyA, officerId, 1, List.of(needA), sessions);
		events.registerCompany(event, companyB, officerId, 1, List.of(needHalal), sessions);
		events.registerUmkm(event, umkm1, officerId, sessions, false);
		events.registerUmkm(event, umkm2, officerId, sessions, false);
		companyAccount = jdbc.sql("select account_id from company_member where company_id = ?")
			.param(companyA)
			.query(Long.class)
			.single();
		company = login(companyAccount);
		ownerAccount1 = ownerId1;
		ownerAccount2 = ownerId2;
		owner1 = login(ownerId1);
		owner2 = login(ownerId2);
	}

	@Test
	void theCompanyAsksTheUmkmAcceptsAndTheScheduleHonoursIt() throws Exception {
		mvc.perform(get(page()).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi Minta Satu")))
			.andExpect(content().string(containsString("Minta pertemuan")));

		ask(company, needA, umkm1).andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("success", "event.requests.flash.sent"));
		assertThat(request(needA, umkm1)).isEqualTo(List.of("COMPANY", "PENDING", 0L));
		// the UMKM is told who asks, at which event, about which need; the company is not
		fixtures.awaitEventListeners();
		assertThat(notifications(ownerAccount1, "notification.meetingRequested"))
			.containsExactly("PT Kopi Minta A|" + eventName + "|Kopi bubuk minta A " + page());
		assertThat(notifications(companyAccount, "notification.meetingRequested")).isEmpty();
		assertThat(notifications(ownerAccount2, "notification.meetingRequested")).isEmpty();
		mvc.perform(get(page()).session(company))
			.andExpect(content().string(containsString("Permintaan pertemuan terkirim")))
			.andExpect(content().string(containsString("Pertemuan ini sudah diminta")));
		// once per pair, whichever side asks again: a message, nothing new
		ask(owner1, needA, umkm1).andExpect(flash().attribute("requestError", "event.requests.duplicate"));
		ask(company, needA, umkm1).andExpect(flash().attribute("requestError", "event.requests.duplicate"));
		// the redirected page shows the message (the flash travels in the session)
		mvc.perform(get(page()).session(company))
			.andExpect(content().string(containsString("sudah diminta sebelumnya")));
		assertThat(jdbc.sql("select count(*) from event_meeting_request where event_id = ?")
			.param(event)
			.query(Long.class)
			.single()).isEqualTo(1L);

		// the company cannot answer its own request; the UMKM sees it and accepts
		answer(company, needA, umkm1, true, 0).andExpect(status().isNotFound());
		mvc.perform(get(page()).session(owner1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Permintaan masuk")))
			.andExpect(content().string(containsString("PT Kopi Minta A")));
		answer(owner1, needA, umkm1, true, 0).andExpect(redirectedUrl(page()));
		assertThat(request(needA, umkm1)).isEqualTo(List.of("COMPANY", "ACCEPTED", 1L));
		fixtures.awaitEventListeners();
		assertThat(notifications(companyAccount, "notification.meetingAccepted"))
			.containsExactly("Kopi Minta Satu|" + eventName + "|Kopi bubuk minta A " + page());
		assertThat(notifications(ownerAccount1, "notification.meetingAccepted")).isEmpty();
		mvc.perform(get("/notifikasi").session(company))
			.andExpect(content().string(containsString("Kopi Minta Satu menerima permintaan pertemuan Anda")));
		// a second answer from the same page is stale
		answer(owner1, needA, umkm1, false, 0).andExpect(status().isConflict());
		assertThat(request(needA, umkm1)).isEqualTo(List.of("COMPANY", "ACCEPTED", 1L));

		mvc.perform(
				post("/petugas/acara/" + event + "/jadwal/susun").session(officer).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/petugas/acara/" + event + "/jadwal"));
		assertThat(jdbc.sql("select requested from event_meeting where event_id = ? and need_id = ? and umkm_id = ?")
			.params(event, needA, umkm1)
			.query(Boolean.class)
			.list()).containsExactly(true);
		assertThat(audit()).contains("MEETING_REQUESTED", "REQUEST_ACCEPTED");
	}

	@Test
	void theUmkmAsksWithTheMissingCertificateShownAndTheCompanyDeclines() throws Exception {
		mvc.perform(get(page()).session(owner2))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi bubuk minta A")))
			.andExpect(content().string(containsString("butuh sertifikat HALAL")));

		// not for somebody else's UMKM
		ask(owner2, needA, umkm1).andExpect(status().isNotFound());
		ask(owner2, needA, umkm2).andExpect(redirectedUrl(page()));
		assertThat(request(needA, umkm2)).isEqualTo(List.of("UMKM", "PENDING", 0L));
		fixtures.awaitEventListeners();
		assertThat(notifications(companyAccount, "notification.meetingRequested"))
			.containsExactly("Kopi Minta Dua|" + eventName + "|Kopi bubuk minta A " + page());
		mvc.perform(get("/notifikasi").param("lang", "en").session(company))
			.andExpect(content().string(containsString("Kopi Minta Dua asks to meet you at the event")));

		mvc.perform(get(page()).session(company))
			.andExpect(content().string(containsString("Permintaan masuk")))
			.andExpect(content().string(containsString("Kopi Minta Dua")));
		answer(company, needA, umkm2, false, 0).andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("success", "event.requests.flash.declined"));
		assertThat(request(needA, umkm2)).isEqualTo(List.of("UMKM", "DECLINED", 1L));
		mvc.perform(get(page()).session(owner2)).andExpect(content().string(containsString("Ditolak")));
		assertThat(audit()).contains("MEETING_REQUESTED", "REQUEST_DECLINED");
		fixtures.awaitEventListeners();
		assertThat(notifications(ownerAccount2, "notification.meetingDeclined"))
			.containsExactly("PT Kopi Minta A|" + eventName + "|Kopi bubuk minta A " + page());
	}

	@Test
	void theAskerWithdrawsAWaitingRequestAfterConfirmingAndMayAskAgain() throws Exception {
		ask(owner2, needA, umkm2).andExpect(redirectedUrl(page()));
		mvc.perform(get(page()).session(owner2))
			.andExpect(content().string(containsString("Tarik permintaan")))
			.andExpect(content().string(containsString("Ya, tarik permintaan ini")));
		// the other side cannot withdraw it (not its request): 404, nothing changes
		withdraw(company, needA, umkm2, 0, true).andExpect(status().isNotFound());
		// nor another UMKM's owner
		withdraw(owner1, needA, umkm2, 0, true).andExpect(status().isNotFound());
		// not ticked: a message, nothing changes
		withdraw(owner2, needA, umkm2, 0, false)
			.andExpect(flash().attribute("requestError", "event.requests.withdrawUnconfirmed"));
		// a stale page: 409
		withdraw(owner2, needA, umkm2, 7, true).andExpect(status().isConflict());
		assertThat(request(needA, umkm2)).isEqualTo(List.of("UMKM", "PENDING", 0L));

		withdraw(owner2, needA, umkm2, 0, true).andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("success", "event.requests.flash.withdrawn"));
		assertThat(request(needA, umkm2)).isEqualTo(List.of("UMKM", "WITHDRAWN", 1L));
		assertThat(audit()).contains("REQUEST_WITHDRAWN");
		// the company, which had it to answer, is told
		fixtures.awaitEventListeners();
		assertThat(notifications(companyAccount, "notification.meetingWithdrawn"))
			.containsExactly("Kopi Minta Dua|" + eventName + "|Kopi bubuk minta A " + page());
		// the company no longer has it to answer: no buttons, and an answer from the old
		// page is 409
		mvc.perform(get(page()).session(company))
			.andExpect(content().string(containsString("Ditarik")))
			.andExpect(content().string(not(containsString("name=\"accept\""))));
		answer(company, needA, umkm2, true, 1).andExpect(status().isConflict());
		assertThat(request(needA, umkm2)).isEqualTo(List.of("UMKM", "WITHDRAWN", 1L));
		// a withdrawn request is not answered twice: withdrawing again is 409
		withdraw(owner2, needA, umkm2, 1, true).andExpect(status().isConflict());

		// it may be asked for again, by either side
		ask(company, needA, umkm2).andExpect(flash().attribute("success", "event.requests.flash.sent"));
		assertThat(request(needA, umkm2)).isEqualTo(List.of("COMPANY", "PENDING", 2L));
		// an accepted request cannot be withdrawn
		answer(owner2, needA, umkm2, true, 2).andExpect(redirectedUrl(page()));
		withdraw(company, needA, umkm2, 3, true).andExpect(status().isConflict());
		assertThat(request(needA, umkm2)).isEqualTo(List.of("COMPANY", "ACCEPTED", 3L));
	}

	/**
	 * Issue 14: the UMKM sees, for the needs at the event that fit it, matching's "how to
	 * improve" list (the one /umkm/kebutuhan shows) judged on the event's day, and each
	 * need's readiness for that day; the company sees each UMKM's readiness. Both
	 * languages.
	 */
	@Test
	void theUmkmSeesHowToImproveBeforeTheDayAndBothSidesSeeReadiness() throws Exception {
		LocalDate today = LocalDate.now();
		LocalDate day = jdbc.sql("select event_date from event where id = ?")
			.param(event)
			.query(LocalDate.class)
			.single();
		// UMKM 1: verified, a capacity in kilograms, HALAL valid today but not on the day
		fixtures.verify(umkm1);
		fixtures.product(umkm1, "Kopi bubuk minta satu", "10761", Unit.KG, "500");
		fixtures.certificate(umkm1, "HALAL", today.plusDays(10));
		String dayId = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ID));

		String one = html(get(page()).session(owner1));
		assertThat(improvements(one)).containsExactly(
				"Dengan sertifikat HALAL yang berlaku dan terverifikasi petugas, Anda memenuhi syarat untuk 1 kebutuhan lagi.");
		assertThat(card(one, "Kopi bubuk minta A")).contains(" Siap ").doesNotContain("Belum:");
		assertThat(card(one, "Kopi halal minta B"))
			.contains("Belum: sertifikat HALAL (tidak berlaku lagi pada " + dayId + ")");

		// UMKM 2: no certificate, no product, not verified: all three lines, as on
		// /umkm/kebutuhan
		String two = html(get(page()).session(owner2));
		assertThat(improvements(two)).hasSize(3)
			.contains(
					"Dengan sertifikat HALAL yang berlaku dan terverifikasi petugas, Anda memenuhi syarat untuk 1 kebutuhan lagi.",
					"Isi kapasitas per bulan produk yang sesuai (satuan yang sama dengan kebutuhan) untuk 1 kebutuhan.")
			.anyMatch(line -> line.startsWith("Minta verifikasi identitas ke Dinas: +"));
		assertThat(card(two, "Kopi bubuk minta A")).contains("Belum: kapasitas per bulan produk yang sesuai");
		assertThat(card(two, "Kopi halal minta B")).contains("Belum: sertifikat HALAL; kapasitas per bulan");
		String twoEn = html(get(page()).session(owner2).param("lang", "en"));
		assertThat(improvements(twoEn)).hasSize(3)
			.contains("With a valid HALAL certificate verified by an officer you qualify for 1 more needs.",
					"Fill in the monthly capacity of the matching products (in the unit of the need) for 1 needs.")
			.anyMatch(line -> line.startsWith("Ask the SME office to verify your identity: +"));
		assertThat(card(twoEn, "Kopi halal minta B"))
			.contains("Not yet: HALAL certificate; monthly capacity of a matching product");
		String oneEn = html(get(page()).session(owner1).param("lang", "en"));
		assertThat(card(oneEn, "Kopi bubuk minta A")).contains(" Ready ");
		assertThat(card(oneEn, "Kopi halal minta B")).contains("Not yet: HALAL certificate (no longer valid on "
				+ day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)) + ")");

		// the company: UMKM 1 ready for its need, UMKM 2 without a capacity
		String company = html(get(page()).session(this.company));
		assertThat(card(company, "Kopi Minta Satu")).contains(" Siap ");
		assertThat(card(company, "Kopi Minta Dua")).contains("Belum: kapasitas per bulan produk yang sesuai");
		// the page's improvement list is the UMKM's alone
		assertThat(improvements(company)).isEmpty();
	}

	@Test
	void strangersAreToldTheEventHasNoSuchPage() throws Exception {
		Long strangerId = fixtures.account(Role.UMKM);
		fixtures.umkmOwnedBy(strangerId, "Kopi Minta Asing", MEDAN, "10761");
		MockHttpSession otherOwner = login(strangerId);
		mvc.perform(get(page()).session(otherOwner)).andExpect(status().isNotFound());
		ask(otherOwner, needA, umkm1).andExpect(status().isNotFound());
		long other = fixtures.company("PT Kopi Minta Asing", MEDAN);
		MockHttpSession otherCompany = login(jdbc.sql("select account_id from company_member where company_id = ?")
			.param(other)
			.query(Long.class)
			.single());
		mvc.perform(get(page()).session(otherCompany)).andExpect(status().isNotFound());
		mvc.perform(get(page()).session(owner1)).andExpect(content().string(not(containsString("Kopi Minta Asing"))));
	}

	private MockHttpSession login(long accountId) throws Exception {
		return WebSession.login(mvc, fixtures.accountEmailOf(accountId), WebSession.PASSWORD);
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The lines of the page's "how to improve" box. */
	private static List<String> improvements(String html) {
		Matcher box = Pattern.compile("<div class=\"alert alert-info improvements\">(.*?)</div>", Pattern.DOTALL)
			.matcher(html);
		if (!box.find()) {
			return List.of();
		}
		List<String> lines = new java.util.ArrayList<>();
		Matcher li = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(box.group(1));
		while (li.find()) {
			lines.add(HtmlUtils.htmlUnescape(li.group(1)).strip());
		}
		return lines;
	}

	/** The text of the card (a need, or an UMKM) that names it: tags dropped. */
	private static String card(String html, String name) {
		String[] cards = html.split("<li class=\"card mb-2\">");
		for (String card : java.util.Arrays.asList(cards).subList(1, cards.length)) {
			int end = card.indexOf("</div></li>");
			String text = end < 0 ? card : card.substring(0, end);
			if (text.contains(name)) {
				return " " + HtmlUtils.htmlUnescape(text.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip()
						+ " ";
			}
		}
		throw new AssertionError("no card for " + name);
	}

	private String page() {
		return "/acara/" + event + "/pertemuan";
	}

	private org.springframework.test.web.servlet.ResultActions ask(MockHttpSession who, long need, long umkm)
			throws Exception {
		return mvc.perform(post(page() + "/minta").session(who)
			.with(csrf())
			.param("needId", String.valueOf(need))
			.param("umkmId", String.valueOf(umkm)));
	}

	private org.springframework.test.web.servlet.ResultActions answer(MockHttpSession who, long need, long umkm,
			boolean accept, long version) throws Exception {
		long id = jdbc.sql("select id from event_meeting_request where event_id = ? and need_id = ? and umkm_id = ?")
			.params(event, need, umkm)
			.query(Long.class)
			.single();
		return mvc.perform(post(page() + "/putusan").session(who)
			.with(csrf())
			.param("requestId", String.valueOf(id))
			.param("accept", String.valueOf(accept))
			.param("version", String.valueOf(version)));
	}

	private List<Object> request(long need, long umkm) {
		return jdbc
			.sql("select requested_by, status, version from event_meeting_request"
					+ " where event_id = ? and need_id = ? and umkm_id = ?")
			.params(event, need, umkm)
			.query((rs, i) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.single();
	}

	private org.springframework.test.web.servlet.ResultActions withdraw(MockHttpSession who, long need, long umkm,
			long version, boolean confirmed) throws Exception {
		long id = jdbc.sql("select id from event_meeting_request where event_id = ? and need_id = ? and umkm_id = ?")
			.params(event, need, umkm)
			.query(Long.class)
			.single();
		var request = post(page() + "/tarik").session(who)
			.with(csrf())
			.param("requestId", String.valueOf(id))
			.param("version", String.valueOf(version));
		return mvc.perform(confirmed ? request.param("confirmed", "true") : request);
	}

	/** The arguments and link of the account's notifications of this text. */
	private List<String> notifications(long account, String key) {
		return jdbc.sql("""
				select array_to_string(args, '|') || ' ' || link from notification
				where account_id = ? and message_key = ? order by id""")
			.params(account, key)
			.query(String.class)
			.list();
	}

	private List<String> audit() {
		return jdbc.sql("select action from event_audit where event_id = ? order by id")
			.param(event)
			.query(String.class)
			.list();
	}

}
