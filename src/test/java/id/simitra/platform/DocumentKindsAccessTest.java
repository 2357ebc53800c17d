package id.simitra.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.ProposalData;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.NewDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of stored document against every kind of visitor at {@code GET
 * /dokumen/{id}}: 200 for those the kind's rule names, the login page for anonymous
 * visitors, 404 for everyone else (a 403 would confirm that the document exists, and ids
 * are sequential). The rules are in docs/access.md.
 */
@SimitraTest
class DocumentKindsAccessTest {

	/** The documents of one UMKM (Kota Banjarmasin, province 63). */
	enum Kind {

		/** A halal certificate scan. */
		CERTIFICATE_SCAN,
		/** An NIB scan: identity papers. */
		IDENTITY_SCAN,
		/**
		 * The agreement of the partnership of {@link Visitor#PARTNER_COMPANY} with the
		 * UMKM.
		 */
		AGREEMENT,
		/** The agreement of a third company's partnership with the same UMKM. */
		AGREEMENT_OF_ANOTHER_COMPANY,
		/**
		 * A file the UMKM attached to its offer on a need of
		 * {@link Visitor#PARTNER_COMPANY}.
		 */
		OFFER_ATTACHMENT,
		/** A file the UMKM attached to its offer on the third company's need. */
		OFFER_ATTACHMENT_TO_A_COMPETITOR

	}

	enum Visitor {

		ANONYMOUS, OWNER_UMKM, OTHER_UMKM,
		/**
		 * A partnership with the UMKM that was proposed, accepted and has its agreement
		 * attached.
		 */
		PARTNER_COMPANY,
		/**
		 * A partnership with the UMKM that is PROPOSED (the UMKM has not answered yet).
		 */
		PROPOSED_COMPANY,
		/** Only a DRAFT with the UMKM: the UMKM was never told. */
		DRAFT_COMPANY,
		/** A proposal the UMKM DECLINED. */
		DECLINED_COMPANY,
		/**
		 * A proposal the UMKM declined, then another PROPOSED one within the cool-off
		 * (refused by the portal now, so made in the database, as one made before that
		 * rule existed): the UMKM's no still stands (issue 10 §1).
		 */
		PROPOSED_AGAIN_AFTER_DECLINE, OTHER_COMPANY, OFFICER, OFFICER_OTHER_PROVINCE, OFFICER_NO_PROVINCE, ADMIN

	}

	/**
	 * Who opens each kind; everybody else signed in gets a 404, anonymous visitors the
	 * login page.
	 */
	static final Map<Kind, Set<Visitor>> MAY_OPEN = new EnumMap<>(Map.of(Kind.CERTIFICATE_SCAN, EnumSet
		.of(Visitor.OWNER_UMKM, Visitor.PARTNER_COMPANY, Visitor.PROPOSED_COMPANY, Visitor.OFFICER, Visitor.ADMIN),
			Kind.IDENTITY_SCAN,
			EnumSet.of(Visitor.OWNER_UMKM, Visitor.PARTNER_COMPANY, Visitor.PROPOSED_COMPANY, Visitor.OFFICER,
					Visitor.ADMIN),
			Kind.AGREEMENT, EnumSet.of(Visitor.OWNER_UMKM, Visitor.PARTNER_COMPANY, Visitor.OFFICER, Visitor.ADMIN),
			Kind.AGREEMENT_OF_ANOTHER_COMPANY, EnumSet.of(Visitor.OWNER_UMKM, Visitor.OFFICER, Visitor.ADMIN),
			Kind.OFFER_ATTACHMENT, EnumSet.of(Visitor.OWNER_UMKM, Visitor.PARTNER_COMPANY),
			Kind.OFFER_ATTACHMENT_TO_A_COMPETITOR, EnumSet.of(Visitor.OWNER_UMKM)));

	static final String REGENCY = "63.71";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	OfferService offers;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	CertificateService certificates;

	@Autowired
	JdbcClient jdbc;

	@TestFactory
	Stream<DynamicTest> everyDocumentKindForEveryVisitor() throws Exception {
		Map<Visitor, MockHttpSession> sessions = new EnumMap<>(Visitor.class);
		Map<Kind, Long> documents = new EnumMap<>(Kind.class);

		SimitraUser owner = user(Role.UMKM, sessions, Visitor.OWNER_UMKM);
		Long umkmId = fixtures.umkmOwnedBy(owner.accountId(), "Kopi Dokumen " + tag(), REGENCY, "10761").id();
		SimitraUser other = user(Role.UMKM, sessions, Visitor.OTHER_UMKM);
		fixtures.umkmOwnedBy(other.accountId(), "Usaha Lain " + tag(), REGENCY, "10761");
		documents.put(Kind.CERTIFICATE_SCAN,
				certificates
					.create(umkmId,
							new CertificateData("HALAL", "ID63110000123450824", LocalDate.now().minusYears(1),
									LocalDate.now().plusYears(3), "BPJPH", pdf()))
					.documentId());
		documents.put(Kind.IDENTITY_SCAN,
				certificates
					.create(umkmId,
							new CertificateData("NIB", "9120001234567", LocalDate.now().minusYears(1), null, "OSS",
									pdf()))
					.documentId());

		SimitraUser partner = companyUser(sessions, Visitor.PARTNER_COMPANY);
		Long partnerCompany = companies.findByMember(partner.accountId()).orElseThrow().id();
		documents.put(Kind.AGREEMENT, agreement(partner, owner, need(partnerCompany), umkmId));
		documents.put(Kind.OFFER_ATTACHMENT, attachment(umkmId, need(partnerCompany)));

		SimitraUser proposed = companyUser(sessions, Visitor.PROPOSED_COMPANY);
		Long proposal = draft(proposed, umkmId);
		partnerships.perform(proposed, proposal, PartnershipAction.PROPOSE, null, true, null);
		SimitraUser drafted = companyUser(sessions, Visitor.DRAFT_COMPANY);
		draft(drafted, umkmId);
		SimitraUser declined = companyUser(sessions, Visitor.DECLINED_COMPANY);
		Long refused = draft(declined, umkmId);
		partnerships.perform(declined, refused, PartnershipAction.PROPOSE, null, true, null);
		partnerships.perform(owner, refused, PartnershipAction.DECLINE, "Kapasitas penuh", false, null);
		SimitraUser insistent = companyUser(sessions, Visitor.PROPOSED_AGAIN_AFTER_DECLINE);
		Long first = draft(insistent, umkmId);
		partnerships.perform(insistent, first, PartnershipAction.PROPOSE, null, true, null);
		partnerships.perform(owner, first, PartnershipAction.DECLINE, "Tidak berminat", false, null);
		Long again = draft(insistent, umkmId);
		jdbc.sql("update partnership set status = 'PROPOSED' where id = ?").param(again).update();
		companyUser(sessions, Visitor.OTHER_COMPANY);

		// The third company is no visitor here: its agreement and the offer on its need
		// are the UMKM's business.
		SimitraUser third = companyUser(new EnumMap<>(Visitor.class), Visitor.OTHER_COMPANY);
		Long thirdCompany = companies.findByMember(third.accountId()).orElseThrow().id();
		documents.put(Kind.AGREEMENT_OF_ANOTHER_COMPANY, agreement(third, owner, need(thirdCompany), umkmId));
		documents.put(Kind.OFFER_ATTACHMENT_TO_A_COMPETITOR, attachment(umkmId, need(thirdCompany)));

		sessions.put(Visitor.OFFICER, officer("63"));
		sessions.put(Visitor.OFFICER_OTHER_PROVINCE, officer("12"));
		sessions.put(Visitor.OFFICER_NO_PROVINCE, officer(null));
		sessions.put(Visitor.ADMIN, WebSession.login(mvc, fixtures.accountEmail(Role.ADMIN), WebSession.PASSWORD));

		List<DynamicTest> tests = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			for (Visitor visitor : Visitor.values()) {
				String expected = visitor == Visitor.ANONYMOUS ? "login"
						: MAY_OPEN.get(kind).contains(visitor) ? "200" : "404";
				Long id = documents.get(kind);
				tests.add(DynamicTest.dynamicTest(kind + " as " + visitor + " → " + expected, () -> {
					var request = get("/dokumen/{id}", id).header("Accept", "text/html");
					if (visitor != Visitor.ANONYMOUS) {
						request.session(sessions.get(visitor));
					}
					MvcResult result = mvc.perform(request).andReturn();
					int status = result.getResponse().getStatus();
					String location = result.getResponse().getRedirectedUrl();
					String actual = location != null && location.endsWith("/masuk") ? "login" : String.valueOf(status);
					assertThat(actual).as(kind + " (document " + id + ") as " + visitor).isEqualTo(expected);
				}));
			}
		}
		return tests.stream();
	}

	private SimitraUser user(Role role, Map<Visitor, MockHttpSession> sessions, Visitor visitor) throws Exception {
		String email = fixtures.accountEmail(role);
		sessions.put(visitor, WebSession.login(mvc, email, WebSession.PASSWORD));
		return (SimitraUser) accounts.loadUserByUsername(email);
	}

	private SimitraUser companyUser(Map<Visitor, MockHttpSession> sessions, Visitor visitor) throws Exception {
		SimitraUser user = user(Role.COMPANY, sessions, visitor);
		companies.saveProfile(user.accountId(),
				new CompanyProfile("PT " + visitor + " " + tag(), null, "Pangan", REGENCY, "Jl. Uji 2"), null);
		return user;
	}

	private MockHttpSession officer(String province) throws Exception {
		String email = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(email, WebSession.PASSWORD, "Petugas " + tag(), province);
		return WebSession.login(mvc, email, WebSession.PASSWORD);
	}

	private Long need(Long companyId) {
		return needs
			.create(companyId,
					new NeedData("Kopi bubuk " + tag(), "Pasokan rutin", "10761", new BigDecimal("100"), Unit.KG,
							REGENCY, LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK))
			.id();
	}

	private Long draft(SimitraUser company, Long umkmId) {
		Long companyId = companies.findByMember(company.accountId()).orElseThrow().id();
		LocalDate start = LocalDate.now().plusDays(30);
		return partnerships.createDraft(company, need(companyId), umkmId,
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, "Pasokan kopi " + tag(), 10_000_000L, start,
						start.plusMonths(6), true, null));
	}

	/**
	 * Proposed, accepted, and the signed agreement attached: the agreement's document id.
	 */
	private Long agreement(SimitraUser company, SimitraUser umkm, Long needId, Long umkmId) {
		LocalDate start = LocalDate.now().plusDays(30);
		Long id = partnerships.createDraft(company, needId, umkmId,
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, "Pasokan kopi " + tag(), 10_000_000L, start,
						start.plusMonths(6), true, null));
		partnerships.perform(company, id, PartnershipAction.PROPOSE, null, true, null);
		partnerships.perform(umkm, id, PartnershipAction.ACCEPT, null, false, null);
		partnerships.uploadAgreement(company, id, pdf(), null);
		return jdbc.sql("select agreement_document_id from partnership where id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private Long attachment(Long umkmId, Long needId) {
		Long offerId = offers
			.submit(umkmId, needId,
					new OfferData(new BigDecimal("50"), Unit.KG, 45_000L, 7, LocalDate.now().plusDays(14),
							"Kopi robusta", null))
			.id();
		offers.attach(umkmId, offerId, pdf());
		return jdbc.sql("select max(document_id) from offer_attachment where offer_id = ?")
			.param(offerId)
			.query(Long.class)
			.single();
	}

	private static NewDocument pdf() {
		return NewDocument.recognise("dokumen.pdf", AccessWorld.PDF).orElseThrow();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
