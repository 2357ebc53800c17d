package id.simitra.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.ProposalData;
import id.simitra.product.ProductData;
import id.simitra.product.ProductService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script in any text field comes back as text; SQL characters and huge inputs are
 * harmless.
 */
@SimitraTest
class HostileInputTest {

	private static final String LONG = "a".repeat(100_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	UmkmService umkms;

	@Autowired
	ProductService products;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	OfferService offers;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	ConversationService conversations;

	/**
	 * Two payloads in one, numbered per field so each field's escaped copy can be found.
	 */
	private static String payload(int field) {
		return "<script>alert(" + field + ")</script>\"><img src=x onerror=alert(" + field + ")>";
	}

	private static String escaped(int field) {
		return "&lt;script&gt;alert(" + field + ")&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(" + field
				+ ")&gt;";
	}

	@Test
	void scriptInEveryTextFieldIsShownAsText() throws Exception {
		Map<String, Integer> fields = new LinkedHashMap<>();
		for (String f : List.of("umkm.businessName", "umkm.ownerName", "umkm.address", "umkm.description",
				"product.name", "product.description", "company.name", "company.sector", "company.address",
				"need.title", "need.description", "proposal.object", "offer.note", "message.body")) {
			fields.put(f, fields.size() + 1);
		}
		World w = new World();
		umkms.saveProfile(w.umkm.accountId(),
				new UmkmProfile(payload(fields.get("umkm.businessName")), payload(fields.get("umkm.ownerName")), null,
						List.of("10761"), "12.71", payload(fields.get("umkm.address")), "081260001111",
						payload(fields.get("umkm.description")), 300_000_000L, 800_000_000L),
				null);
		Long productId = products
			.create(w.umkmId,
					new ProductData(payload(fields.get("product.name")), payload(fields.get("product.description")),
							"10761", Unit.KG, new BigDecimal("500"), BigDecimal.ONE, 10_000L, 20_000L))
			.id();
		companies.saveProfile(w.company.accountId(), new CompanyProfile(payload(fields.get("company.name")), null,
				payload(fields.get("company.sector")), "12.71", payload(fields.get("company.address"))), null);
		Long needId = needs
			.create(w.companyId,
					new NeedData(payload(fields.get("need.title")), payload(fields.get("need.description")), "10761",
							new BigDecimal("100"), Unit.KG, "12.71", LocalDate.now().plusDays(30),
							PartnershipPattern.RANTAI_PASOK))
			.id();
		Long offerId = offers
			.submit(w.umkmId, needId,
					new OfferData(new BigDecimal("50"), Unit.KG, 45_000L, 7, LocalDate.now().plusDays(14),
							payload(fields.get("offer.note")), null))
			.id();
		LocalDate start = LocalDate.now().plusDays(30);
		Long partnershipId = partnerships.createDraft(w.company, needId, w.umkmId,
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, payload(fields.get("proposal.object")),
						10_000_000L, start, start.plusMonths(6), true, null));
		partnerships.perform(w.company, partnershipId, PartnershipAction.PROPOSE, null, true, null);
		Long threadId = conversations.open(needId, w.umkmId, w.companyId);
		conversations.post(w.umkm, threadId, payload(fields.get("message.body")));

		List<String> pages = new ArrayList<>();
		for (String path : List.of("/umkm", "/umkm/profil", "/umkm/produk", "/umkm/produk/" + productId + "/ubah",
				"/umkm/kebutuhan/" + needId, "/umkm/penawaran", "/umkm/penawaran/" + offerId, "/umkm/kemitraan",
				"/percakapan", "/percakapan/" + threadId, "/kemitraan/" + partnershipId)) {
			pages.add(page(get(path).session(w.umkmSession)));
		}
		for (String path : List.of("/perusahaan", "/perusahaan/profil", "/perusahaan/kebutuhan/" + needId,
				"/perusahaan/kebutuhan/" + needId + "/ubah", "/perusahaan/kebutuhan/" + needId + "/penawaran",
				"/perusahaan/kemitraan", "/percakapan/" + threadId, "/kemitraan/" + partnershipId)) {
			pages.add(page(get(path).session(w.companySession)));
		}
		pages.add(page(get("/direktori/umkm/" + w.umkmId)));

		for (String body : pages) {
			assertThat(body).doesNotContain("<script>alert(").doesNotContain("<img src=x");
		}
		String all = String.join("\n", pages);
		fields.forEach((field, n) -> assertThat(all).as(field + " shown escaped").contains(escaped(n)));
	}

	@Test
	void sqlCharactersInSearchesAndLookupsAreHarmless() throws Exception {
		World w = new World();
		Long needId = w.need();
		MockHttpSession officer = officer();
		for (String q : List.of("' or 1=1 --", "'; drop table umkm; --", "%_\\", "\" ) ; select pg_sleep(5) --",
				"kopi' union select password_hash from account --")) {
			page(get("/direktori").param("q", q));
			page(get("/perusahaan/kebutuhan/{id}/kenapa", needId).param("q", q).session(w.companySession));
			page(get("/petugas/rekomendasi").param("q", q).param("umkm", q).session(officer));
			page(get("/petugas/audit").param("nama", q).session(officer));
		}
		// The tables are still there.
		page(get("/direktori/umkm/" + w.umkmId));
	}

	@Test
	void hundredThousandCharacterInputsAreRefusedWithAMessage() throws Exception {
		World w = new World();
		Long needId = w.need();
		Long threadId = conversations.open(needId, w.umkmId, w.companyId);
		tooLong(post("/umkm/profil").session(w.umkmSession)
			.with(csrf())
			.param("businessName", LONG)
			.param("ownerName", LONG)
			.param("address", LONG)
			.param("description", LONG)
			.param("kbli", LONG));
		tooLong(post("/umkm/produk/baru").session(w.umkmSession)
			.with(csrf())
			.param("name", LONG)
			.param("description", LONG)
			.param("kbli", LONG)
			.param("monthlyCapacity", LONG));
		tooLong(post("/perusahaan/profil").session(w.companySession)
			.with(csrf())
			.param("name", LONG)
			.param("sector", LONG)
			.param("address", LONG));
		tooLong(post("/perusahaan/kebutuhan/baru").session(w.companySession)
			.with(csrf())
			.param("title", LONG)
			.param("description", LONG)
			.param("kbli", LONG)
			.param("quantity", LONG));
		tooLong(post("/perusahaan/kebutuhan/{needId}/usul/{umkmId}", needId, w.umkmId).session(w.companySession)
			.with(csrf())
			.param("object", LONG)
			.param("estimatedValue", LONG));
		tooLong(multipart("/umkm/kebutuhan/{needId}/penawaran", needId).session(w.umkmSession)
			.with(csrf())
			.param("note", LONG)
			.param("quantity", LONG)
			.param("unitPrice", LONG));
		tooLong(post("/percakapan/{id}", threadId).session(w.umkmSession).with(csrf()).param("body", LONG));
		// Look-ups take long text without failing.
		page(get("/direktori").param("q", LONG));
		page(get("/perusahaan/kebutuhan/{id}/kenapa", needId).param("q", LONG).session(w.companySession));
		MockHttpSession officer = officer();
		page(get("/petugas/rekomendasi").param("q", LONG).param("umkm", LONG).session(officer));
		tooLong(get("/petugas/audit").param("nama", LONG).session(officer));
	}

	private void tooLong(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = mvc.perform(request.header("Accept", "text/html")).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as(result.getRequest().getRequestURI())
			.contains("Terlalu panjang");
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = mvc.perform(request.header("Accept", "text/html")).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MockHttpSession officer() throws Exception {
		String email = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(email, WebSession.PASSWORD, "Petugas Uji", "12");
		return WebSession.login(mvc, email, WebSession.PASSWORD);
	}

	/** An UMKM in Medan and a company, both logged in. */
	private final class World {

		final SimitraUser umkm;

		final SimitraUser company;

		final Long umkmId;

		final Long companyId;

		final MockHttpSession umkmSession;

		final MockHttpSession companySession;

		World() throws Exception {
			String umkmEmail = fixtures.accountEmail(Role.UMKM);
			String companyEmail = fixtures.accountEmail(Role.COMPANY);
			umkm = (SimitraUser) accounts.loadUserByUsername(umkmEmail);
			company = (SimitraUser) accounts.loadUserByUsername(companyEmail);
			umkmId = fixtures.umkmOwnedBy(umkm.accountId(), "Kopi Aman " + UUID.randomUUID(), "12.71", "10761").id();
			companyId = companies
				.saveProfile(company.accountId(),
						new CompanyProfile("PT Aman " + UUID.randomUUID(), null, "Pangan", "12.71", "Jl. Uji"), null)
				.id();
			umkmSession = WebSession.login(mvc, umkmEmail, WebSession.PASSWORD);
			companySession = WebSession.login(mvc, companyEmail, WebSession.PASSWORD);
		}

		Long need() {
			return needs
				.create(companyId,
						new NeedData("Kopi bubuk", "Pasokan rutin", "10761", new BigDecimal("100"), Unit.KG, "12.71",
								LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK))
				.id();
		}

	}

}
