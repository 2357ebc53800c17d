package id.simitra.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.company.CompanyService;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations (issue 14): by hand (a company with its open needs, UMKM picked by name),
 * the best N of each invited need's ranking as matching ranks it, and all UMKM of chosen
 * regencies and KBLI sections of the province; each newly invited party is notified once,
 * and a draft takes no invitations.
 */
@SimitraTest
class EventInvitationTest {

	static final String MEDAN = "12.71";

	/** Kabupaten Nias Selatan: few UMKM of other tests live there. */
	static final String NIAS = "12.14";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanyService companies;

	@Autowired
	MatchingService matching;

	MockHttpSession officer;

	long companyId;

	long needId;

	long umkmOwner;

	long umkmId;

	long event;

	@BeforeEach
	void world() throws Exception {
		officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		companyId = fixtures.company("PT Undangan Temu", MEDAN);
		needId = fixtures.need(companyId, "Kopi bubuk undangan", "10761", "100", Unit.KG, MEDAN, Map.of());
		umkmOwner = fixtures.account(Role.UMKM);
		umkmId = fixtures.umkmOwnedBy(umkmOwner, "Kopi Undangan Temu", MEDAN, "10761").id();
		event = SetupFixtures.published(mvc, officer, MEDAN, "Temu Bisnis Undangan", false);
	}

	@Test
	void aCompanyIsInvitedWithItsOpenNeedsAndItsMembersAreNotified() throws Exception {
		mvc.perform(get("/petugas/acara/" + event + "/undangan").session(officer).param("perusahaan", "Undangan Temu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi bubuk undangan")));
		mvc.perform(post("/petugas/acara/" + event + "/undangan/perusahaan").session(officer)
			.with(csrf())
			.param("companyId", String.valueOf(companyId))
			.param("needIds", String.valueOf(needId))).andExpect(flash().attribute("invited", 1));
		assertThat(jdbc.sql("""
				select x.need_id from event_invitation_need x join event_invitation i on i.id = x.invitation_id
				where i.event_id = ? and i.company_id = ?""").param(event).param(companyId).query(Long.class).list())
			.containsExactly(needId);
		fixtures.awaitEventListeners();
		for (Long member : companies.memberAccountIds(companyId)) {
			assertThat(notifications(member)).containsExactly("/acara/" + event);
		}
	}

	@Test
	void umkmPickedByHandAreInvitedOnceAndNotifiedOnce() throws Exception {
		mvc.perform(get("/petugas/acara/" + event + "/undangan").session(officer).param("umkm", "Kopi Undangan Temu"))
			.andExpect(content().string(containsString("Kopi Undangan Temu")));
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/petugas/acara/" + event + "/undangan/umkm").session(officer)
				.with(csrf())
				.param("umkmIds", String.valueOf(umkmId))).andExpect(flash().attribute("invited", i == 0 ? 1 : 0));
		}
		fixtures.awaitEventListeners();
		assertThat(notifications(umkmOwner)).containsExactly("/acara/" + event);
		// the event's day in the reader's language, not as 2026-12-10 (nor in the e-mail,
		// which renders the same arguments: NotificationKind.arguments)
		LocalDate day = jdbc.sql("select event_date from event where id = ?")
			.param(event)
			.query(LocalDate.class)
			.single();
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmailOf(umkmOwner), WebSession.PASSWORD);
		mvc.perform(get("/notifikasi").session(owner))
			.andExpect(content().string(containsString("pada "
					+ day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))) + ".")))
			.andExpect(content().string(not(containsString(day.toString()))));
		mvc.perform(get("/notifikasi").param("lang", "en").session(owner))
			.andExpect(content().string(containsString(
					"on " + day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + ".")));
		assertThat(jdbc.sql("select chosen_by from event_invitation where event_id = ? and umkm_id = ?")
			.param(event)
			.param(umkmId)
			.query(String.class)
			.single()).isEqualTo("HAND");
	}

	@Test
	void theBestOfEachInvitedNeedsRankingAreInvited() throws Exception {
		mvc.perform(post("/petugas/acara/" + event + "/undangan/perusahaan").session(officer)
			.with(csrf())
			.param("companyId", String.valueOf(companyId))
			.param("needIds", String.valueOf(needId)));
		List<Long> best = matching.rank(needId, 3).stream().filter(c -> !c.excluded()).map(Candidate::umkmId).toList();
		assertThat(best).isNotEmpty();
		mvc.perform(
				post("/petugas/acara/" + event + "/undangan/peringkat").session(officer).with(csrf()).param("n", "3"))
			.andExpect(flash().attribute("invited", best.size()));
		assertThat(jdbc.sql("select umkm_id from event_invitation where event_id = ? and chosen_by = 'RANKING'")
			.param(event)
			.query(Long.class)
			.list()).containsExactlyInAnyOrderElementsOf(best);
		mvc.perform(
				post("/petugas/acara/" + event + "/undangan/peringkat").session(officer).with(csrf()).param("n", "0"))
			.andExpect(flash().attribute("error", "event.invite.bestRange"));
	}

	@Test
	void allUmkmOfChosenRegenciesAndSectorsAreInvited() throws Exception {
		long coffeeOwner = fixtures.account(Role.UMKM);
		long coffee = fixtures.umkmOwnedBy(coffeeOwner, "Kopi Nias Temu", NIAS, "10761").id();
		long shop = fixtures.umkm("Toko Nias Temu", NIAS, "47111").id();
		mvc.perform(post("/petugas/acara/" + event + "/undangan/wilayah").session(officer)
			.with(csrf())
			.param("regencies", NIAS)
			.param("sections", "C")).andExpect(status().is3xxRedirection());
		List<Long> invited = jdbc
			.sql("select umkm_id from event_invitation where event_id = ? and chosen_by = 'REGENCY'")
			.param(event)
			.query(Long.class)
			.list();
		// the coffee maker (manufacturing, section C) of Nias Selatan, not the shop (G)
		// and not the Medan UMKM
		assertThat(invited).contains(coffee).doesNotContain(shop, umkmId);
		assertThat(jdbc.sql("""
				select count(*) from umkm_listing where id in (:ids) and regency_code <> :nias""")
			.param("ids", invited)
			.param("nias", NIAS)
			.query(Long.class)
			.single()).isZero();
		fixtures.awaitEventListeners();
		assertThat(notifications(coffeeOwner)).containsExactly("/acara/" + event);
		assertThat(jdbc.sql("select count(*) from event_audit where event_id = ? and action = 'INVITED'")
			.param(event)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDraftTakesNoInvitations() throws Exception {
		java.time.LocalDate today = java.time.LocalDate.now(SetupFixtures.WIB);
		long draft = SetupFixtures.draft(mvc, officer, MEDAN, "Draf Undangan", today.plusDays(30), today,
				today.plusDays(10), false);
		mvc.perform(post("/petugas/acara/" + draft + "/undangan/umkm").session(officer)
			.with(csrf())
			.param("umkmIds", String.valueOf(umkmId))).andExpect(flash().attribute("error", "event.invite.notOpen"));
		assertThat(jdbc.sql("select count(*) from event_invitation where event_id = ?")
			.param(draft)
			.query(Long.class)
			.single()).isZero();
	}

	List<String> notifications(long account) {
		return jdbc.sql("""
				select link from notification where account_id = ? and message_key = 'notification.eventInvitation'""")
			.param(account)
			.query(String.class)
			.list();
	}

}
