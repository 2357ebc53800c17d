package id.simitra.umkm;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.CertificateView;
import id.simitra.umkm.internal.ReadinessItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers verify or reject submitted certificates; owners see the outcome; nobody else
 * can decide.
 */
@SimitraTest
class CertificateVerificationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CertificateService certificates;

	@Autowired
	ReadinessService readiness;

	@Autowired
	AccountService accounts;

	@Test
	void anOfficerVerifiesAndTheOwnerSeesWhoAndWhen() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Verifikasi Uji", "12.11", "10761")
			.id();
		Long id = certificates
			.create(umkm,
					CertificateTestData.data("PIRT", "206121101004529", LocalDate.of(2025, 2, 1),
							LocalDate.of(2030, 2, 1)))
			.id();
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);

		mvc.perform(get("/petugas").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/petugas/sertifikat")));
		mvc.perform(get("/petugas/sertifikat/{id}", id).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi Verifikasi Uji")))
			.andExpect(content().string(containsString("206121101004529")));

		long version = certificates.get(id).version();
		mvc.perform(post("/petugas/sertifikat/{id}/keputusan", id).session(officer)
			.with(csrf())
			.param("approve", "true")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/petugas/sertifikat"));

		CertificateView verified = certificates.getOwned(id, umkm);
		assertThat(verified.status()).isEqualTo(CertificateStatus.VERIFIED);
		assertThat(verified.reviewerName()).isEqualTo("Uji OFFICER");
		assertThat(verified.reviewedAt()).isNotNull();
		mvc.perform(get("/umkm/sertifikat").session(owner))
			.andExpect(content().string(containsString("Terverifikasi")))
			.andExpect(content().string(containsString("oleh Uji OFFICER")));

		// A second decision on the same certificate is stale.
		mvc.perform(post("/petugas/sertifikat/{id}/keputusan", id).session(officer)
			.with(csrf())
			.param("approve", "false")
			.param("reason", "Terlambat")).andExpect(status().isConflict());
	}

	@Test
	void aRejectionNeedsAReasonAndTheOwnerReadsIt() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Keripik Tolak Uji", "12.71", "10794")
			.id();
		Long id = certificates
			.create(umkm, CertificateTestData.data("NPWP", "012345678123000", LocalDate.of(2019, 1, 1), null))
			.id();
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);

		mvc.perform(post("/petugas/sertifikat/{id}/keputusan", id).session(officer)
			.with(csrf())
			.param("approve", "false")
			.param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan alasannya.")));
		assertThat(certificates.get(id).status()).isEqualTo(CertificateStatus.SUBMITTED);

		mvc.perform(post("/petugas/sertifikat/{id}/keputusan", id).session(officer)
			.with(csrf())
			.param("approve", "false")
			.param("reason", "Nomor NPWP pada dokumen berbeda")).andExpect(redirectedUrl("/petugas/sertifikat"));
		mvc.perform(get("/umkm/sertifikat").session(owner))
			.andExpect(content().string(containsString("Ditolak")))
			.andExpect(content().string(containsString("Nomor NPWP pada dokumen berbeda")));

		// The owner's correction goes back into the queue.
		mvc.perform(multipart("/umkm/sertifikat/{id}/ubah", id).param("typeCode", "NPWP")
			.param("number", "01.234.567.8-123.000")
			.param("issuedOn", "2019-01-01")
			.param("expiresOn", "")
			.param("issuer", "Direktorat Jenderal Pajak")
			.session(owner)
			.with(csrf())).andExpect(redirectedUrl("/umkm/sertifikat"));
		assertThat(certificates.get(id).status()).isEqualTo(CertificateStatus.SUBMITTED);
		assertThat(certificates.get(id).reviewReason()).isNull();
	}

	@Test
	void editingTheNumberOfAVerifiedCertificateSubmitsItAgainButTheIssuerAloneDoesNot() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Ubah Uji", "12.11", "10761").id();
		Long id = certificates
			.create(umkm, CertificateTestData.data("NIB", "9120001234567", LocalDate.of(2023, 3, 1), null))
			.id();
		certificates.decide(CertificateTestData.user(accounts, fixtures.officerEmail("12")), id, true, null, null);

		mvc.perform(multipart("/umkm/sertifikat/{id}/ubah", id).param("typeCode", "NIB")
			.param("number", "9120001234567")
			.param("issuedOn", "2023-03-01")
			.param("issuer", "OSS RBA")
			.session(owner)
			.with(csrf())).andExpect(redirectedUrl("/umkm/sertifikat"));
		assertThat(certificates.get(id).status()).isEqualTo(CertificateStatus.VERIFIED);

		mvc.perform(multipart("/umkm/sertifikat/{id}/ubah", id)
			.file(new MockMultipartFile("document", "baru.png", "image/png", CertificateTestData.PNG))
			.param("typeCode", "NIB")
			.param("number", "9120001234567")
			.param("issuedOn", "2023-03-01")
			.param("issuer", "OSS RBA")
			.session(owner)
			.with(csrf())).andExpect(redirectedUrl("/umkm/sertifikat"));
		CertificateView resubmitted = certificates.get(id);
		assertThat(resubmitted.status()).isEqualTo(CertificateStatus.SUBMITTED);
		assertThat(resubmitted.reviewerName()).isNull();
		mvc.perform(get("/dokumen/{id}", resubmitted.documentId()).session(owner))
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void companiesAndOwnersCannotVerify() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Akses Uji", "12.11", "10761").id();
		Long id = certificates
			.create(umkm, CertificateTestData.data("NIB", "9120001234567", LocalDate.of(2023, 3, 1), null))
			.id();
		MockHttpSession company = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		for (MockHttpSession session : new MockHttpSession[] { company, owner }) {
			mvc.perform(post("/petugas/sertifikat/{id}/keputusan", id).session(session)
				.with(csrf())
				.param("approve", "true")).andExpect(status().isForbidden());
			mvc.perform(get("/petugas/sertifikat").session(session)).andExpect(status().isForbidden());
			mvc.perform(post("/petugas/umkm/{id}/verifikasi", umkm).session(session).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(certificates.get(id).status()).isEqualTo(CertificateStatus.SUBMITTED);
	}

	@Test
	void anOfficerMarksAnIdentityVerifiedAndAChangeOfNibClearsIt() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Identitas Uji", "12.11", "10761")
			.id();
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/umkm").param("belum", "true").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kesiapan")));
		mvc.perform(post("/petugas/umkm/{id}/verifikasi", umkm).session(officer).with(csrf()).param("belum", "true"))
			.andExpect(redirectedUrl("/petugas/umkm?belum=true&halaman=1"));
		assertThat(done(umkm, ReadinessItem.IDENTITY)).isTrue();

		mvc.perform(post("/umkm/profil").session(owner)
			.with(csrf())
			.param("businessName", "Kopi Identitas Uji")
			.param("ownerName", "Pemilik Kopi Identitas Uji")
			// a NIB of its own: NIBs are unique, and the suite may run again on the same
			// database
			.param("nib", "912" + String.format("%010d", umkm))
			.param("kbli", "10761")
			.param("regencyCode", "12.11")
			.param("address", "Jl. Uji 1")
			.param("phone", "081260001111")
			.param("businessCapital", "300.000.000")
			.param("annualSales", "800.000.000")).andExpect(redirectedUrl("/umkm"));
		assertThat(done(umkm, ReadinessItem.IDENTITY)).isFalse();
		mvc.perform(post("/petugas/umkm/{id}/verifikasi", Long.MAX_VALUE).session(officer).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private boolean done(Long umkm, ReadinessItem item) {
		return readiness.of(umkm).items().stream().anyMatch(c -> c.item() == item && c.done());
	}

}
