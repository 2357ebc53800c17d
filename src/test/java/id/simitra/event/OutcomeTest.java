package id.simitra.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
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
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
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
 * Meeting outcomes (issue 14): each side records its own, only the meeting's parties, not
 * before the slot starts, 409 on a stale form, audited; "invite to offer" and "propose"
 * carry the meeting into the offer and partnership flows, which keep it, and refuse a
 * meeting that is not the company's.
 */
@SimitraTest
class OutcomeTest {

	static final String MEDAN = "12.71";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfferService offers;

	@Autowired
	CompanyService companies;

	OutcomeFixtures events;

	long companyId;

	long needId;

	long umkmId;

	long event;

	long meeting;

	MockHttpSession company;

	MockHttpSession umkm;

	MockHttpSession otherUmkm;

	MockHttpSession otherCompany;

	@BeforeEach
	void world() throws Exception {
		events = new OutcomeFixtures(jdbc);
		long companyAccount = fixtures.account(Role.COMPANY);
		companyId = companies
			.saveProfile(companyAccount, new CompanyProfile("PT Hasil Temu", null, "Uji", MEDAN, null), null)
			.id();
		needId = fixtures.need(companyId, "Kopi bubuk temu", "10761", "100", Unit.KG, MEDAN, Map.of());
		long umkmAccount = fixtures.account(Role.UMKM);
		umkmId = fixtures.umkmOwnedBy(umkmAccount, "Kopi Temu Bisnis", MEDAN, "10761").id();
		long otherUmkmAccount = fixtures.account(Role.UMKM);
		fixtures.umkmOwnedBy(otherUmkmAccount, "Usaha Lain Temu", MEDAN, "10761");
		event = events.event(MEDAN, LocalDate.now().minusDays(3), fixtures.account(Role.ADMIN));
		meeting = events.meeting(event, needId, companyId, umkmId, events.slot(event, LocalTime.of(9, 0)), 1,
				"PLANNED");
		company = WebSession.login(mvc, fixtures.accountEmailOf(companyAccount), WebSession.PASSWORD);
		umkm = WebSession.login(mvc, fixtures.accountEmailOf(umkmAccount), WebSession.PASSWORD);
		otherUmkm = WebSession.login(mvc, fixtures.accountEmailOf(otherUmkmAccount), WebSession.PASSWORD);
		long otherCompanyAccount = fixtures.account(Role.COMPANY);
		companies.saveProfile(otherCompanyAccount, new CompanyProfile("PT Tetangga Temu", null, "Uji", MEDAN, null),
				null);
		otherCompany = WebSession.login(mvc, fixtures.accountEmailOf(otherCompanyAccount), WebSession.PASSWORD);
	}

	@Test
	void eachSideRecordsItsOwnOutcomeAndItIsAudited() throws Exception {
		mvc.perform(get("/acara/" + event + "/hasil").session(umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PT Hasil Temu")));
		mvc.perform(post(url()).session(company)
			.with(csrf())
			.param("outcome", "INTERESTED")
			.param("note", "Harga cocok")
			.param("version", "0")).andExpect(redirectedUrl(url()));
		mvc.perform(post(url()).session(umkm)
			.with(csrf())
			.param("outcome", "INTERESTED")
			.param("note", "Siap kirim contoh")
			.param("version", "1")).andExpect(redirectedUrl(url()));

		Map<String, Object> row = jdbc.sql("select * from event_meeting where id = :id")
			.param("id", meeting)
			.query()
			.singleRow();
		assertThat(row).containsEntry("company_outcome", "INTERESTED")
			.containsEntry("company_note", "Harga cocok")
			.containsEntry("umkm_outcome", "INTERESTED")
			.containsEntry("umkm_note", "Siap kirim contoh")
			.containsEntry("status", "HELD")
			.containsEntry("version", 2L);
		assertThat(jdbc.sql("select action from event_audit where event_id = :e order by id")
			.param("e", event)
			.query(String.class)
			.list()).containsExactly("OUTCOME_COMPANY", "OUTCOME_UMKM");

		// edited later, with the current version
		mvc.perform(post(url()).session(company).with(csrf()).param("outcome", "NOT_FIT").param("version", "2"))
			.andExpect(redirectedUrl(url()));
		assertThat(jdbc.sql("select company_outcome from event_meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single()).isEqualTo("NOT_FIT");
	}

	@Test
	void theUmkmHasOnlyItsTwoChoices() throws Exception {
		mvc.perform(post(url()).session(umkm).with(csrf()).param("outcome", "INVITE_OFFER").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(jdbc.sql("select umkm_outcome from event_meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void onlyTheMeetingsPartiesSeeOrRecordIt() throws Exception {
		mvc.perform(get(url()).session(otherUmkm)).andExpect(status().isNotFound());
		mvc.perform(get(url()).session(otherCompany)).andExpect(status().isNotFound());
		mvc.perform(post(url()).session(otherUmkm).with(csrf()).param("outcome", "NOT_FIT").param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/acara/" + event + "/hasil").session(otherCompany)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select version from event_meeting where id = :id")
			.param("id", meeting)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void notBeforeTheSlotStarts() throws Exception {
		long later = events.event(MEDAN, LocalDate.now().plusDays(5), fixtures.account(Role.ADMIN));
		long m = events.meeting(later, needId, companyId, umkmId, events.slot(later, LocalTime.of(10, 0)), 1,
				"PLANNED");
		String path = "/acara/" + later + "/hasil/" + m;
		mvc.perform(get(path).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10:00 WIB")));
		mvc.perform(post(path).session(company).with(csrf()).param("outcome", "INTERESTED").param("version", "0"))
			.andExpect(status().isConflict());
	}

	@Test
	void aStaleFormIsAConflict() throws Exception {
		mvc.perform(post(url()).session(umkm).with(csrf()).param("outcome", "INTERESTED").param("version", "0"))
			.andExpect(redirectedUrl(url()));
		mvc.perform(post(url()).session(company).with(csrf()).param("outcome", "NOT_FIT").param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select company_outcome from event_meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void proposeOpensThePrefilledProposalLinkedToTheMeeting() throws Exception {
		String proposal = "/perusahaan/kebutuhan/" + needId + "/usul/" + umkmId + "?pertemuan=" + meeting;
		mvc.perform(post(url()).session(company).with(csrf()).param("outcome", "PROPOSE").param("version", "0"))
			.andExpect(redirectedUrl(proposal));
		mvc.perform(get(proposal).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"from-meeting\"")))
			.andExpect(content().string(containsString("Kopi bubuk temu")))
			.andExpect(content().string(containsString("pertemuan=" + meeting)));
		LocalDate start = LocalDate.now().plusDays(40);
		mvc.perform(post(proposal).session(company)
			.with(csrf())
			.param("pattern", "RANTAI_PASOK")
			.param("object", "Pasokan kopi dari temu bisnis")
			.param("estimatedValue", "12.000.000")
			.param("startDate", start.toString())
			.param("endDate", start.plusMonths(6).toString())
			.param("noControlDeclared", "true")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select event_meeting_id from partnership where need_id = :n and umkm_id = :u")
			.param("n", needId)
			.param("u", umkmId)
			.query(Long.class)
			.single()).isEqualTo(meeting);
		// the outcome page now leads to it
		mvc.perform(get(url()).session(company)).andExpect(content().string(containsString("/kemitraan/")));
	}

	@Test
	void inviteToOfferKeepsTheMeetingAndSoDoesTheOffer() throws Exception {
		mvc.perform(post(url()).session(company).with(csrf()).param("outcome", "INVITE_OFFER").param("version", "0"))
			.andExpect(redirectedUrl(url()));
		mvc.perform(get(url()).session(company))
			.andExpect(content().string(containsString("/perusahaan/kebutuhan/" + needId + "/undang/" + umkmId)));
		mvc.perform(post("/perusahaan/kebutuhan/" + needId + "/undang/" + umkmId).session(company)
			.with(csrf())
			.param("pertemuan", String.valueOf(meeting))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select event_meeting_id from need_invitation where need_id = :n and umkm_id = :u")
			.param("n", needId)
			.param("u", umkmId)
			.query(Long.class)
			.single()).isEqualTo(meeting);
		offers.submit(umkmId, needId, new OfferData(new BigDecimal("50"), Unit.KG, 45_000L, 7,
				LocalDate.now().plusDays(14), "Kopi robusta", null));
		assertThat(jdbc.sql("select event_meeting_id from offer where need_id = :n and umkm_id = :u")
			.param("n", needId)
			.param("u", umkmId)
			.query(Long.class)
			.single()).isEqualTo(meeting);
	}

	@Test
	void aMeetingOfAnotherCompanyOrPairIsRefused() throws Exception {
		long otherCompanyId = fixtures.company("PT Lain Temu", MEDAN);
		long otherNeed = fixtures.need(otherCompanyId, "Gula aren", "10721", "50", Unit.KG, MEDAN, Map.of());
		long foreign = events.meeting(event, otherNeed, otherCompanyId, umkmId, events.slot(event, LocalTime.of(9, 30)),
				2, "HELD");
		mvc.perform(post("/perusahaan/kebutuhan/" + needId + "/undang/" + umkmId).session(company)
			.with(csrf())
			.param("pertemuan", String.valueOf(foreign))).andExpect(status().isNotFound());
		mvc.perform(
				get("/perusahaan/kebutuhan/" + needId + "/usul/" + umkmId + "?pertemuan=" + foreign).session(company))
			.andExpect(status().isNotFound());
		// a missed meeting links nothing either
		jdbc.sql("update event_meeting set status = 'NO_SHOW' where id = :id").param("id", meeting).update();
		mvc.perform(
				get("/perusahaan/kebutuhan/" + needId + "/usul/" + umkmId + "?pertemuan=" + meeting).session(company))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from need_invitation where need_id = :n and umkm_id = :u")
			.param("n", needId)
			.param("u", umkmId)
			.query(Long.class)
			.single()).isZero();
	}

	private String url() {
		return "/acara/" + event + "/hasil/" + meeting;
	}

}
