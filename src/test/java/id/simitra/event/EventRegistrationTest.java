package id.simitra.event;

import java.time.LocalDate;
import java.util.Map;

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
