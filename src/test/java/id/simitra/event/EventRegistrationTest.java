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

import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration (issue 14): a company's member registers with open needs, sessions and
 * tables; an UMKM's owner with products and sessions, waiting for an officer when the
 * event requires approval; refused outside the window with a clear message; the officer
 * approves or refuses (with a reason, told to the UMKM) and sees each company need's
 * registered UMKM with matching's score.
 */
@SimitraTest
class EventRegistrationTest {

	static final String MEDAN = "12.71";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanyService companies;

	MockHttpSession officer;

	MockHttpSession company;

	MockHttpSession umkm;

	long companyId;

	long needId;

	long umkmOwner;

	long umkmId;

	long productId;

	@BeforeEach
	void world() throws Exception {
		officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		long companyAccount = fixtures.account(Role.COMPANY);
		companyId = companies
			.saveProfile(companyAccount, new CompanyProfile("PT Daftar Temu", null, "Uji", MEDAN, null), null)
			.id();
		needId = fixtures.need(companyId, "Kopi bubuk daftar", "10761", "100", Unit.KG, MEDAN, Map.of());
		umkmOwner = fixtures.account(Role.UMKM);
		umkmId = fixtures.umkmOwnedBy(umkmOwner, "Kopi Daftar Temu", MEDAN, "10761").id();
		productId = fixtures.product(umkmId, "Kopi bubuk robusta", "10761", Unit.KG, "500");
		company = WebSession.login(mvc, fixtures.accountEmailOf(companyAccount), WebSession.PASSWORD);
		umkm = WebSession.login(mvc, fixtures.accountEmailOf(umkmOwner), WebSession.PASSWORD);
	}

	long session(long event, int position) {
		return jdbc.sql("select id from event_session where event_id = ? and position = ?")
			.param(event)
			.param(position)
			.query(Long.class)
			.single();
	}

	@Test
	void aCompanyIsInAtOnceAndAnUmkmWaitsForTheOfficerWhoSeesTheScores() throws Exception {
		long event = SetupFixtures.published(mvc, officer, MEDAN, "Temu Bisnis Daftar", true);
		mvc.perform(get("/acara/" + event + "/daftar").session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi bubuk daftar")));
		mvc.perform(post("/acara/" + event + "/daftar").session(company)
			.with(csrf())
			.param("needIds", String.valueOf(needId))
			.param("sessionIds", String.valueOf(session(event, 1)))
			.param("parallelTables", "2")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/acara/" + event + "/daftar").session(umkm)
			.with(csrf())
			.param("productIds", String.valueOf(productId))
			.param("sessionIds", String.valueOf(session(event, 1)), String.valueOf(session(event, 2))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc
			.sql("""
					select coalesce(company_id::text, 'umkm') || ' ' || status || ' ' || parallel_tables || ' '
					       || length(check_in_token) from event_registration where event_id = ? order by company_id nulls last""")
			.param(event)
			.query(String.class)
			.list()).containsExactly(companyId + " APPROVED 2 43", "umkm PENDING 1 43");
		assertThat(jdbc.sql("""
				select count(*) from event_registration_session x join event_registration g on g.id = x.registration_id
				where g.event_id = ? and g.umkm_id = ?""").param(event).param(umkmId).query(Long.class).single())
			.isEqualTo(2);
		mvc.perform(get("/acara/" + event + "/daftar").session(umkm))
			.andExpect(content().string(containsString("menunggu persetujuan petugas")));
		// the officer sees the UMKM under the company's need with its score from matching
		mvc.perform(get("/petugas/acara/" + event + "/pendaftaran").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi bubuk daftar")))
			.andExpect(content().string(containsString("Kopi Daftar Temu")));
	}

	/**
	 * Issue 14: for each company need the officer sees each registered UMKM's readiness
	 * on the event's day next to its score: "Siap", or what it lacks on that day (a
	 * required certificate missing, or valid today but expired by the day; no comparable
	 * capacity), in both languages.
	 */
	@Test
	void theOfficerSeesEachUmkmsReadinessForTheEventsDay() throws Exception {
		LocalDate today = LocalDate.now(SetupFixtures.WIB);
		LocalDate day = today.plusDays(20);
		EventFixtures events = new EventFixtures(jdbc);
		long officerId = fixtures.account(Role.ADMIN);
		long event = events.event(MEDAN, day, "PUBLISHED", 2, officerId);
		List<Long> sessions = List.of(events.sessionOf(events.session(event, 1, LocalTime.of(9, 0), 3).get(0)));
		long halalNeed = fixtures.need(companyId, "Kopi bubuk halal kesiapan", "10761", "100", Unit.KG, MEDAN,
				Map.of("HALAL", true));
		events.registerCompany(event, companyId, officerId, 1, List.of(halalNeed), sessions);
		// holds HALAL well past the day and a capacity in kilograms
		long complete = fixtures.umkm("Kopi Lengkap Kesiapan", MEDAN, "10761").id();
		fixtures.certificate(complete, "HALAL", today.plusYears(1));
		fixtures.product(complete, "Kopi bubuk lengkap", "10761", Unit.KG, "500");
		// HALAL valid today, expired ten days before the event
		long expiring = fixtures.umkm("Kopi Habis Kesiapan", MEDAN, "10761").id();
		fixtures.certificate(expiring, "HALAL", today.plusDays(10));
		fixtures.product(expiring, "Kopi bubuk habis", "10761", Unit.KG, "500");
		// no HALAL, no product
		long bare = fixtures.umkm("Kopi Kosong Kesiapan", MEDAN, "10761").id();
		for (long umkm : List.of(complete, expiring, bare)) {
			events.registerUmkm(event, umkm, officerId, sessions, false);
		}

		String page = "/petugas/acara/" + event + "/pendaftaran";
		String html = mvc.perform(get(page).session(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String dayId = day
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("id")));
		assertThat(row(html, "Kopi Lengkap Kesiapan")).contains(" Siap ").doesNotContain("Belum:");
		assertThat(row(html, "Kopi Habis Kesiapan"))
			.contains("Belum: sertifikat HALAL (tidak berlaku lagi pada " + dayId + ")")
			.doesNotContain("kapasitas")
			// it still ranks today: no "lacks a required certificate" next to its score
			.doesNotContain("kurang sertifikat wajib");
		assertThat(row(html, "Kopi Kosong Kesiapan"))
			.contains("Belum: sertifikat HALAL; kapasitas per bulan produk yang sesuai");
		assertThat(html).contains("pada hari acara (" + dayId + ")");

		String english = mvc.perform(get(page).session(officer).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String dayEn = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH));
		assertThat(row(english, "Kopi Lengkap Kesiapan")).contains(" Ready ").doesNotContain("Not yet:");
		assertThat(row(english, "Kopi Habis Kesiapan"))
			.contains("Not yet: HALAL certificate (no longer valid on " + dayEn + ")");
		assertThat(row(english, "Kopi Kosong Kesiapan"))
			.contains("Not yet: HALAL certificate; monthly capacity of a matching product");
	}

	/**
	 * The text of the table row that names the UMKM (tags dropped, spaces collapsed).
	 */
	static String row(String html, String name) {
		Matcher rows = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
		while (rows.find()) {
			if (rows.group(1).contains(name)) {
				return " " + rows.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() + " ";
			}
		}
		throw new AssertionError("no row for " + name);
	}

	@Test
	void aRefusalNeedsAReasonAndTheUmkmIsToldIt() throws Exception {
		long event = SetupFixtures.published(mvc, officer, MEDAN, "Temu Bisnis Tolak", true);
		mvc.perform(post("/acara/" + event + "/daftar").session(umkm)
			.with(csrf())
			.param("productIds", String.valueOf(productId))
			.param("sessionIds", String.valueOf(session(event, 1))));
		long registration = jdbc.sql("select id from event_registration where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
		String decide = "/petugas/acara/" + event + "/pendaftaran/" + registration + "/keputusan";
		mvc.perform(post(decide).session(officer).with(csrf()).param("setuju", "false").param("version", "0"))
			.andExpect(flash().attribute("error", "event.decide.reasonRequired"));
		mvc.perform(post(decide).session(officer)
			.with(csrf())
			.param("setuju", "false")
			.param("alasan", "Kuota kopi sudah penuh")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ': ' || decision_reason from event_registration where id = ?")
			.param(registration)
			.query(String.class)
			.single()).isEqualTo("REFUSED: Kuota kopi sudah penuh");
		// a second decision on the same (stale) form is a conflict
		mvc.perform(post(decide).session(officer).with(csrf()).param("setuju", "true").param("version", "0"))
			.andExpect(status().isConflict());
		fixtures.awaitEventListeners();
		assertThat(jdbc.sql("""
				select array_to_string(args, '|') from notification
				where account_id = ? and message_key = 'notification.eventRefused'""")
			.param(umkmOwner)
			.query(String.class)
			.list()).containsExactly("Temu Bisnis Tolak|Kuota kopi sudah penuh");
	}

	@Test
	void registrationOutsideTheWindowIsRefusedWithItsDates() throws Exception {
		LocalDate today = LocalDate.now(SetupFixtures.WIB);
		long early = SetupFixtures.draft(mvc, officer, MEDAN, "Temu Belum Dibuka", today.plusDays(30),
				today.plusDays(5), today.plusDays(20), false);
		SetupFixtures.publish(mvc, officer, early);
		mvc.perform(post("/acara/" + early + "/daftar").session(umkm)
			.with(csrf())
			.param("productIds", String.valueOf(productId))
			.param("sessionIds", String.valueOf(session(early, 1))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pendaftaran belum dibuka")));
		long late = SetupFixtures.draft(mvc, officer, MEDAN, "Temu Sudah Ditutup", today.plusDays(30),
				today.minusDays(10), today.minusDays(1), false);
		SetupFixtures.publish(mvc, officer, late);
		mvc.perform(post("/acara/" + late + "/daftar").session(company)
			.with(csrf())
			.param("needIds", String.valueOf(needId))
			.param("sessionIds", String.valueOf(session(late, 1)))
			.param("parallelTables", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pendaftaran sudah ditutup")));
		assertThat(jdbc.sql("select count(*) from event_registration where event_id in (?, ?)")
			.param(early)
			.param(late)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRegistrationWithoutSessionsOrProductsSaysWhatIsMissing() throws Exception {
		long event = SetupFixtures.published(mvc, officer, MEDAN, "Temu Bisnis Kurang", false);
		mvc.perform(post("/acara/" + event + "/daftar").session(umkm).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Centang sedikitnya satu sesi.")))
			.andExpect(content().string(containsString("Centang sedikitnya satu produk.")));
		// a draft is not there to register for
		LocalDate today = LocalDate.now(SetupFixtures.WIB);
		long draft = SetupFixtures.draft(mvc, officer, MEDAN, "Draf Daftar", today.plusDays(30), today,
				today.plusDays(10), false);
		mvc.perform(get("/acara/" + draft + "/daftar").session(umkm)).andExpect(status().isNotFound());
	}

}
