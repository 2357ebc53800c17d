package id.simitra.partnership;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Agreements are the company's uploads (issue 10, security review): they never fill the
 * UMKM's storage quota, also the replaced ones kept for the audit trail, and the company
 * has its own quota (simitra.quota.company-storage, 200 MB). Sizes beyond a few bytes are
 * declared in SQL for speed, as in QuotaTest.
 */
@SimitraTest
class AgreementStorageTest {

	private static final long FILE = 5L * 1024 * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	LifecycleWorld world;

	MockHttpSession company;

	Long draft;

	@BeforeEach
	void aDraftTheUmkmCannotSee() throws Exception {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		company = session(world.company);
		draft = world.in(PartnershipStatus.DRAFT);
	}

	@Test
	void replacedAgreementsOfADraftDoNotFillTheUmkmsStorage() throws Exception {
		// 41 agreements: the 40 replaced ones, which nobody can open or delete, are 5 MB
		// each, the UMKM's whole quota.
		for (int i = 0; i < 41; i++) {
			partnerships.uploadAgreement(world.company, draft, LifecycleWorld.agreement(), null);
		}
		jdbc.sql("update stored_document set size_bytes = :size where umkm_id = :umkm and id <> :current")
			.param("size", FILE)
			.param("umkm", world.umkmId)
			.param("current", agreementOf(draft))
			.update();

		MvcResult certificate = mvc
			.perform(multipart("/umkm/sertifikat/baru")
				.file(new MockMultipartFile("document", "scan.pdf", "application/pdf", LifecycleWorld.PDF))
				.session(session(world.umkm))
				.with(csrf())
				.header("Accept", "text/html")
				.param("typeCode", "NIB")
				.param("number", "9120001239001")
				.param("issuedOn", LocalDate.now().minusYears(1).toString())
				.param("issuer", "OSS"))
			.andReturn();
		assertThat(certificate.getResponse().getRedirectedUrl()).isEqualTo("/umkm/sertifikat");
		assertThat(jdbc.sql("select count(*) from stored_document where company_id = ?")
			.param(world.companyId)
			.query(Long.class)
			.single()).isEqualTo(41);
		// The company is now at its own quota (40 × 5 MB and the current one): its next
		// upload is refused.
		assertThat(uploadAgreement().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aCompanyAtItsOwnQuotaIsToldOnTheAgreementFormAndNothingIsStored() throws Exception {
		// Earlier uploads of this company, to another of its partnerships, leave room for
		// exactly one more PDF.
		Long other = world.in(PartnershipStatus.DRAFT);
		for (int i = 0; i < 40; i++) {
			partnerships.uploadAgreement(world.company, other, LifecycleWorld.agreement(), null);
		}
		declareSizes(FILE);
		jdbc.sql("update stored_document set size_bytes = :size where id = :id")
			.param("size", FILE - LifecycleWorld.PDF.length)
			.param("id", agreementOf(other))
			.update();
		assertThat(uploadAgreement().getResponse().getRedirectedUrl()).isEqualTo("/kemitraan/" + draft + "/perjanjian");
		Long fitted = agreementOf(draft);

		MvcResult refused = uploadAgreement();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Ruang penyimpanan berkas perusahaan Anda penuh (batas 200 MB");
		assertThat(agreementOf(draft)).isEqualTo(fitted);
		assertThat(jdbc.sql("select count(*) from stored_document where company_id = ?")
			.param(world.companyId)
			.query(Long.class)
			.single()).isEqualTo(41);
	}

	/**
	 * Every file stored about this UMKM so far (all of them the company's agreements) now
	 * declares this size.
	 */
	private void declareSizes(long size) {
		jdbc.sql("update stored_document set size_bytes = :size where umkm_id = :umkm")
			.param("size", size)
			.param("umkm", world.umkmId)
			.update();
	}

	private MvcResult uploadAgreement() throws Exception {
		return mvc
			.perform(multipart("/kemitraan/{id}/perjanjian", draft)
				.file(new MockMultipartFile("document", "perjanjian.pdf", "application/pdf", LifecycleWorld.PDF))
				.session(company)
				.with(csrf())
				.header("Accept", "text/html"))
			.andReturn();
	}

	private Long agreementOf(Long partnership) {
		return jdbc.sql("select agreement_document_id from partnership where id = ?")
			.param(partnership)
			.query(Long.class)
			.single();
	}

	private MockHttpSession session(SimitraUser user) throws Exception {
		return WebSession.login(mvc, user.getUsername(), WebSession.PASSWORD);
	}

}
