package id.simitra.umkm;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.partnership.PartnershipService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open an uploaded certificate document at /dokumen/{id}. */
@SimitraTest
class DocumentAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CertificateService certificates;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	private MockHttpSession owner;

	private Long umkmId;

	private Long documentId;

	@BeforeEach
	void anUmkmWithAnUploadedCertificate() throws Exception {
		owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		umkmId = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Dokumen Uji", "12.11", "10761").id();
		documentId = certificates
			.create(umkmId, CertificateTestData.data("NIB", "9120001234567", LocalDate.of(2024, 5, 2), null))
			.documentId();
	}

	@Test
	void theOwnerSeesTheDocumentInlineUncachedAndNotSniffed() throws Exception {
		mvc.perform(get("/dokumen/{id}", documentId).session(owner))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", "inline; filename=\"scan.pdf\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andExpect(content().bytes(CertificateTestData.PDF));
	}

	@Test
	void officersOfTheUmkmsProvinceSeeItOthersAreToldItDoesNotExist() throws Exception {
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/dokumen/{id}", documentId).session(officer)).andExpect(status().isOk());
		MockHttpSession aceh = WebSession.login(mvc, fixtures.officerEmail("11"), WebSession.PASSWORD);
		mvc.perform(get("/dokumen/{id}", documentId).session(aceh)).andExpect(status().isNotFound());
		MockHttpSession unassigned = WebSession.login(mvc, fixtures.officerEmail(null), WebSession.PASSWORD);
		mvc.perform(get("/dokumen/{id}", documentId).session(unassigned)).andExpect(status().isNotFound());
	}

	@Test
	void aCompanyWithAProposalToTheUmkmSeesIt() throws Exception {
		String companyEmail = fixtures.accountEmail(Role.COMPANY);
		CertificateTestData.proposal(accounts, companies, needs, partnerships, companyEmail, umkmId);
		MockHttpSession company = WebSession.login(mvc, companyEmail, WebSession.PASSWORD);
		mvc.perform(get("/dokumen/{id}", documentId).session(company)).andExpect(status().isOk());
	}

	@Test
	void aCompanyWithoutAProposalIsToldItDoesNotExist() throws Exception {
		String companyEmail = fixtures.accountEmail(Role.COMPANY);
		Long otherUmkm = fixtures.umkm("Usaha Lain", "12.71", "10761").id();
		CertificateTestData.proposal(accounts, companies, needs, partnerships, companyEmail, otherUmkm);
		MockHttpSession company = WebSession.login(mvc, companyEmail, WebSession.PASSWORD);
		mvc.perform(get("/dokumen/{id}", documentId).session(company)).andExpect(status().isNotFound());
		MockHttpSession noProfile = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		mvc.perform(get("/dokumen/{id}", documentId).session(noProfile)).andExpect(status().isNotFound());
	}

	@Test
	void anotherUmkmIsToldItDoesNotExist() throws Exception {
		MockHttpSession stranger = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		fixtures.umkmOwnedBy(CertificateTestData.accountId(stranger), "Usaha Asing", "12.71", "10761");
		mvc.perform(get("/dokumen/{id}", documentId).session(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void anonymousPeopleAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/dokumen/{id}", documentId)).andExpect(redirectedUrl("/masuk"));
	}

	@Test
	void aMissingDocumentIsNotFound() throws Exception {
		mvc.perform(get("/dokumen/{id}", Long.MAX_VALUE).session(owner)).andExpect(status().isNotFound());
	}

}
