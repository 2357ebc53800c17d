package id.simitra.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.simitra.account.AccountService;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.offer.AcceptedOffer;
import id.simitra.offer.AcceptedOffers;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
import id.simitra.reference.PartnershipPattern;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accepted offer becomes the contract (issue 16): the proposal is prefilled from the
 * offer in the need's unit, the partnership keeps the offer's terms beside its own, and
 * its page says what changed between offer and contract.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractFromOfferTest {

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	OfferService offers;

	@Autowired
	AcceptedOffers acceptedOffers;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	LifecycleWorld world;

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	/** A need in {@code unit} with an accepted offer of 100 kg at Rp 12.000 per kg. */
	Long needWithAcceptedOffer(Unit unit) {
		Long needId = needs
			.create(world.companyId,
					new NeedData("Kopi bubuk " + LifecycleWorld.tag(), "Untuk rak swalayan", "10761",
							new BigDecimal("1"), unit, "12.71", LocalDate.now().plusDays(30),
							PartnershipPattern.PERDAGANGAN_UMUM))
			.id();
		fixtures.awaitEventListeners();
		Long offerId = offers
			.submit(world.umkmId, needId,
					new OfferData(new BigDecimal("100"), Unit.KG, 12_000L, 7, LocalDate.now().plusDays(14),
							"Kopi robusta", null))
			.id();
		offers.accept(world.company.accountId(), offerId, null);
		fixtures.awaitEventListeners();
		return needId;
	}

	@Test
	void theOfferIsPublishedInTheNeedsUnit() {
		Long needId = needWithAcceptedOffer(Unit.TON);
		AcceptedOffer offer = acceptedOffers.find(needId, world.umkmId).orElseThrow();
		assertThat(offer.unit()).isEqualTo(Unit.TON);
		assertThat(offer.quantity()).isEqualByComparingTo("0.1");
		assertThat(offer.unitPrice()).isEqualTo(12_000_000L);
		assertThat(offer.leadTimeDays()).isEqualTo(7);
		assertThat(acceptedOffers.find(world.need(), world.umkmId)).isEmpty();
	}

	@Test
	void theProposalIsPrefilledFromTheAcceptedOffer() throws Exception {
		Long needId = needWithAcceptedOffer(Unit.KG);
		MockHttpSession company = WebSession.login(mvc, world.company.getUsername(), WebSession.PASSWORD);
		// 12.000 × 100 kg × 12 months (the default contract year)
		mvc.perform(get("/perusahaan/kebutuhan/{n}/usul/{u}", needId, world.umkmId).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"from-offer\"")))
			.andExpect(content().string(containsString("value=\"14.400.000\"")))
			.andExpect(content().string(containsString("value=\"12.000\"")))
			.andExpect(content().string(containsString("Harga per kg (Rp)")));
		// Without an accepted offer nothing is prefilled.
		mvc.perform(get("/perusahaan/kebutuhan/{n}/usul/{u}", world.need(), world.umkmId).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"from-offer\""))))
			.andExpect(content().string(not(containsString("value=\"14.400.000\""))));
	}

	@Test
	void theContractKeepsTheOffersTermsAndShowsWhatChanged() throws Exception {
		Long needId = needWithAcceptedOffer(Unit.KG);
		MockHttpSession company = WebSession.login(mvc, world.company.getUsername(), WebSession.PASSWORD);
		mvc.perform(proposal(needId, company).param("unitPrice", "11.500")
			.param("quantity", "100")
			.param("leadTimeDays", "10")
			.param("estimatedValue", "13.800.000")).andExpect(status().is3xxRedirection());
		Long id = jdbc.sql("select id from partnership where need_id = ?").param(needId).query(Long.class).single();
		var row = jdbc.sql("""
				select offer_id, offer_unit_price, offer_quantity, offer_unit, offer_lead_time_days,
				       contract_unit_price, contract_quantity, contract_unit, contract_lead_time_days
				from partnership where id = ?""").param(id).query().singleRow();
		assertThat(row.get("offer_id")).isNotNull();
		assertThat(row.get("offer_unit_price")).isEqualTo(12_000L);
		assertThat((BigDecimal) row.get("offer_quantity")).isEqualByComparingTo("100");
		assertThat(row.get("offer_unit")).isEqualTo("KG");
		assertThat(row.get("contract_unit_price")).isEqualTo(11_500L);
		assertThat(row.get("contract_unit")).isEqualTo("KG");
		assertThat(row.get("contract_lead_time_days")).isEqualTo(10);
		mvc.perform(get("/kemitraan/{id}", id).session(company))
			.andExpect(content().string(containsString("Harga: Rp 12.000 → Rp 11.500 per kg")))
			.andExpect(content().string(containsString("Waktu kirim: 7 hari → 10 hari")))
			.andExpect(content().string(containsString("Nilai kontrak: Rp 14.400.000 → Rp 13.800.000")))
			.andExpect(content().string(not(containsString("Jumlah per bulan: "))));
		mvc.perform(get("/kemitraan/{id}", id).session(company).cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("Price: Rp 12,000 → Rp 11,500 per kg")))
			.andExpect(content().string(containsString("Lead time: 7 days → 10 days")));
		// The UMKM and the province's officer read the same.
		MockHttpSession umkm = WebSession.login(mvc, world.umkm.getUsername(), WebSession.PASSWORD);
		mvc.perform(get("/kemitraan/{id}", id).session(umkm))
			.andExpect(content().string(containsString("Harga: Rp 12.000 → Rp 11.500 per kg")));
	}

	@Test
	void supplyTermsAreAllOrNoneWithClearMessages() throws Exception {
		Long needId = needWithAcceptedOffer(Unit.KG);
		MockHttpSession company = WebSession.login(mvc, world.company.getUsername(), WebSession.PASSWORD);
		mvc.perform(proposal(needId, company).param("unitPrice", "11.500")
			.param("quantity", "")
			.param("leadTimeDays", "400")
			.param("estimatedValue", "13.800.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("Isi jumlah hari berupa angka bulat, 0 sampai 365.")))
			.andExpect(content().string(containsString("value=\"11.500\"")));
		mvc.perform(proposal(needId, company).cookie(new Cookie("simitra-lang", "en"))
			.param("unitPrice", "0")
			.param("quantity", "abc")
			.param("leadTimeDays", "7")
			.param("estimatedValue", "13.800.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Must be greater than zero.")));
		assertThat(
				jdbc.sql("select count(*) from partnership where need_id = ?").param(needId).query(Long.class).single())
			.isZero();
		// None of the three: a contract without supply terms, the offer still kept.
		mvc.perform(proposal(needId, company).param("estimatedValue", "13.800.000"))
			.andExpect(status().is3xxRedirection());
		var row = jdbc.sql("select offer_unit_price, contract_unit_price from partnership where need_id = ?")
			.param(needId)
			.query()
			.singleRow();
		assertThat(row.get("offer_unit_price")).isEqualTo(12_000L);
		assertThat(row.get("contract_unit_price")).isNull();
	}

	@Test
	void changingThePriceAfterAcceptanceIsAKeyTermChangeInTheAuditTrail() throws Exception {
		Long needId = needWithAcceptedOffer(Unit.KG);
		LocalDate start = LocalDate.now();
		Long id = partnerships.createDraft(world.company, needId, world.umkmId,
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, "Kopi", 14_400_000L, start,
						start.plusYears(1).minusDays(1), true, null,
						new ContractTerms(new BigDecimal("100"), 12_000L, 7)));
		world.accept(id);
		partnerships.uploadAgreement(world.company, id, LifecycleWorld.agreement(), null);
		partnerships.perform(world.company, id, PartnershipAction.SUBMIT, null, true, null);
		partnerships.perform(world.officer, id, PartnershipAction.RETURN, LifecycleWorld.REASON, false, null);
		MockHttpSession company = WebSession.login(mvc, world.company.getUsername(), WebSession.PASSWORD);
		mvc.perform(get("/kemitraan/{id}/ubah", id).session(company))
			.andExpect(content().string(containsString("value=\"12.000\"")));
		partnerships.edit(world.company, id,
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, "Kopi", 14_400_000L, start,
						start.plusYears(1).minusDays(1), true, null,
						new ContractTerms(new BigDecimal("100"), 11_500L, 7)),
				null);
		var view = partnerships.getFor(world.company, id);
		assertThat(view.can().keyTermsChanged()).isTrue();
		assertThat(view.history().get(view.history().size() - 1).changes()).anySatisfy(
				c -> assertThat(c.field() + " " + c.from() + " " + c.to()).isEqualTo("unitPrice 12.000 11.500"));
	}

	private MockHttpServletRequestBuilder proposal(Long needId, MockHttpSession company) {
		return post("/perusahaan/kebutuhan/{n}/usul/{u}", needId, world.umkmId).session(company)
			.with(csrf())
			.param("pattern", "PERDAGANGAN_UMUM")
			.param("object", "Kopi bubuk sesuai penawaran")
			.param("startDate", LocalDate.now().plusDays(30).toString())
			.param("endDate", LocalDate.now().plusDays(30).plusYears(1).minusDays(1).toString())
			.param("regencyCode", "12.71")
			.param("noControlDeclared", "true");
	}

}
