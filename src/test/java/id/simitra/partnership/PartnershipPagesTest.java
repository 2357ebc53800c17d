package id.simitra.partnership;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lifecycle pages as people use them: forms, messages, confirmations, and what each
 * person is refused.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipPagesTest {

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

	MockHttpSession umkm;

	MockHttpSession officer;

	MockHttpSession otherCompany;

	@BeforeAll
	void world() throws Exception {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		company = session(world.company);
		umkm = session(world.umkm);
		officer = session(world.officer);
		otherCompany = session(world.otherCompany);
	}

	@Test
	void theCompanySavesADraftEditsItAndSendsItWithTheDeclaration() throws Exception {
		Long needId = world.need();
		mvc.perform(get("/perusahaan/kebutuhan/{n}/usul/{u}", needId, world.umkmId).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Simpan sebagai draf")))
			.andExpect(content().string(containsString("name=\"regencyCode\"")));
		String url = mvc
			.perform(post("/perusahaan/kebutuhan/{n}/usul/{u}", needId, world.umkmId).session(company)
				.with(csrf())
				.param("draft", "true")
				.param("pattern", "PERDAGANGAN_UMUM")
				.param("object", "Kopi bubuk untuk rak swalayan")
				.param("estimatedValue", "Rp 10.000.000")
				.param("startDate", LocalDate.now().plusDays(10).toString())
				.param("endDate", LocalDate.now().plusMonths(6).toString())
				.param("regencyCode", "12.71"))
			.andExpect(redirectedUrlPattern("/kemitraan/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(url).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draf perusahaan")))
			.andExpect(content().string(containsString("hanya terlihat oleh perusahaan Anda")));
		// A draft is the company's own: to the UMKM it does not exist yet.
		mvc.perform(get(url).session(umkm)).andExpect(status().isNotFound());

		mvc.perform(get(url + "/ubah").session(company)).andExpect(status().isOk());
		mvc.perform(post(url + "/ubah").session(company)
			.with(csrf())
			.param("pattern", "PERDAGANGAN_UMUM")
			.param("object", "Kopi bubuk untuk rak swalayan")
			.param("estimatedValue", "abc")
			.param("startDate", LocalDate.now().plusDays(10).toString())
			.param("endDate", LocalDate.now().plusMonths(6).toString())
			.param("regencyCode", "12.71"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post(url + "/ubah").session(company)
			.with(csrf())
			.param("pattern", "PERDAGANGAN_UMUM")
			.param("object", "Kopi bubuk untuk rak swalayan")
			.param("estimatedValue", "15.000.000")
			.param("startDate", LocalDate.now().plusDays(10).toString())
			.param("endDate", LocalDate.now().plusMonths(6).toString())
			.param("regencyCode", "12.07")
			.param("version", String.valueOf(partnerships.getFor(world.company, idOf(url)).version())))
			.andExpect(redirectedUrl(url));
		mvc.perform(get(url).session(company))
			.andExpect(content().string(containsString("Nilai (Rp): 10.000.000 → 15.000.000")))
			.andExpect(content().string(containsString("Lokasi kemitraan: Kota Medan → Kabupaten Deli Serdang")));

		mvc.perform(post(url + "/usulkan").session(company).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wajib dicentang")));
		mvc.perform(post(url + "/usulkan").session(company).with(csrf()).param("noControlDeclared", "true"))
			.andExpect(redirectedUrl(url));
		mvc.perform(get(url).session(umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggapi usulan")));
		mvc.perform(get(url + "/ubah").session(company)).andExpect(status().isConflict());
	}

	@Test
	void theAgreementIsAPdfCheckedByItsContentAndSubmittingNeedsTheDeclaration() throws Exception {
		Long id = world.accept(world.in(PartnershipStatus.DRAFT));
		String url = "/kemitraan/" + id;
		mvc.perform(get(url).session(company)).andExpect(content().string(containsString("Perjanjian dan pengajuan")));
		mvc.perform(get(url + "/perjanjian").session(company)).andExpect(status().isOk());
		mvc.perform(get(url + "/perjanjian").session(umkm)).andExpect(status().isForbidden());

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		mvc.perform(multipart(url + "/perjanjian")
			.file(new MockMultipartFile("document", "perjanjian.pdf", "application/pdf", png))
			.session(company)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perjanjian harus berupa PDF")));
		mvc.perform(post(url + "/kirim").session(company).with(csrf()).param("noControlDeclared", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unggah perjanjian yang sudah ditandatangani")));

		mvc.perform(multipart(url + "/perjanjian")
			.file(new MockMultipartFile("document", "perjanjian.pdf", "application/octet-stream", LifecycleWorld.PDF))
			.session(company)
			.with(csrf())).andExpect(redirectedUrl(url + "/perjanjian"));
		Long documentId = jdbc.sql("select agreement_document_id from partnership where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		for (MockHttpSession reader : new MockHttpSession[] { company, umkm, officer }) {
			mvc.perform(get("/dokumen/{d}", documentId).session(reader))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"));
		}
		mvc.perform(get("/dokumen/{d}", documentId).session(session(world.otherUmkm))).andExpect(status().isNotFound());

		mvc.perform(post(url + "/kirim").session(company).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Centang pernyataan ini")));
		mvc.perform(post(url + "/kirim").session(company).with(csrf()).param("noControlDeclared", "true"))
			.andExpect(redirectedUrl(url));
		mvc.perform(get(url).session(company)).andExpect(content().string(containsString("Diajukan ke Dinas")));
	}

	@Test
	void officersDecideWithAReasonToReturnOrRejectAndAStalePageIsAConflict() throws Exception {
		Long id = world.in(PartnershipStatus.SUBMITTED);
		String url = "/kemitraan/" + id;
		String object = partnerships.getFor(world.company, id).object();
		mvc.perform(get("/petugas").session(officer)).andExpect(content().string(containsString(object)));
		mvc.perform(get(url).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kembalikan untuk diperbaiki")));
		mvc.perform(
				post(url + "/keputusan").session(officer).with(csrf()).param("decision", "RETURN").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan alasannya")));
		long version = partnerships.getFor(world.officer, id).version();
		mvc.perform(post(url + "/keputusan").session(officer)
			.with(csrf())
			.param("decision", "RETURN")
			.param("reason", "Lampirkan halaman tanda tangan")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/petugas"));
		mvc.perform(post(url + "/keputusan").session(officer)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("reason", "")
			.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data sudah berubah")));
		mvc.perform(get(url).session(company))
			.andExpect(content().string(containsString("Dikembalikan Dinas untuk diperbaiki")))
			.andExpect(content().string(containsString("Lampirkan halaman tanda tangan")));
		mvc.perform(post(url + "/keputusan").session(company).with(csrf()).param("decision", "APPROVE"))
			.andExpect(status().isForbidden());
	}

	@Test
	void officersWithoutAProvinceSeeWhyTheirQueueIsEmpty() throws Exception {
		SimitraUser unassigned = world.officer(null);
		mvc.perform(get("/petugas").session(session(unassigned)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belum memiliki provinsi kerja")));
		mvc.perform(get("/petugas").session(officer))
			.andExpect(content().string(not(containsString("belum memiliki provinsi kerja"))));
	}

	@Test
	void endingAndCompletingAreConfirmedAndCompletedPartnershipsAreRated() throws Exception {
		Long active = world.in(PartnershipStatus.ACTIVE);
		String url = "/kemitraan/" + active;
		mvc.perform(get(url).session(umkm)).andExpect(content().string(containsString("Akhiri kemitraan")));
		mvc.perform(get(url + "/akhiri").session(umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak bisa dibatalkan")));
		mvc.perform(post(url + "/akhiri").session(umkm).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan alasannya")));
		mvc.perform(post(url + "/akhiri").session(umkm).with(csrf()).param("reason", "Usaha pindah lokasi"))
			.andExpect(redirectedUrl(url));
		mvc.perform(get(url + "/akhiri").session(umkm)).andExpect(status().isConflict());
		mvc.perform(get(url + "/selesai").session(officer)).andExpect(status().isForbidden());

		Long done = world.in(PartnershipStatus.COMPLETED);
		String doneUrl = "/kemitraan/" + done;
		mvc.perform(get(doneUrl).session(umkm))
			.andExpect(content().string(containsString("Beri penilaian")))
			.andExpect(content().string(containsString("5 — Sangat baik")));
		mvc.perform(post(doneUrl + "/nilai").session(umkm).with(csrf()).param("score", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih nilai 1 sampai 5")));
		mvc.perform(post(doneUrl + "/nilai").session(umkm)
			.with(csrf())
			.param("score", "4")
			.param("comment", "Bayar tepat waktu")).andExpect(redirectedUrl(doneUrl));
		mvc.perform(post(doneUrl + "/nilai").session(umkm).with(csrf()).param("score", "5"))
			.andExpect(status().isConflict());
		mvc.perform(get(doneUrl).session(company))
			.andExpect(content().string(containsString("UMKM menilai perusahaan")))
			.andExpect(content().string(containsString("Bayar tepat waktu")))
			.andExpect(content().string(containsString("4/5")));
	}

	@Test
	void notificationsAreListedCountedInTheMenuAndOpenedOnce() throws Exception {
		LifecycleWorld w = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		MockHttpSession owner = session(w.umkm);
		Long id = w.in(PartnershipStatus.PROPOSED);
		// The new need may also have told this UMKM that it fits (when it is among the
		// ten best, which depends on
		// the other UMKM in the database); only the proposal's notification is looked at
		// here. Both are made by
		// listeners after commit: wait for them first.
		fixtures.awaitEventListeners();
		jdbc.sql("delete from notification where account_id = ? and message_key = 'notification.needFits'")
			.param(w.umkm.accountId())
			.update();
		mvc.perform(get("/umkm/kemitraan").session(owner))
			.andExpect(content().string(containsString("1 belum dibaca")));
		mvc.perform(get("/notifikasi").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mengusulkan kemitraan kepada usaha Anda")));
		Long notificationId = jdbc.sql("select id from notification where account_id = ?")
			.param(w.umkm.accountId())
			.query(Long.class)
			.single();
		mvc.perform(post("/notifikasi/{n}/baca", notificationId).session(session(w.company)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifikasi/{n}/baca", notificationId).session(owner).with(csrf()))
			.andExpect(redirectedUrl("/kemitraan/" + id));
		mvc.perform(get("/umkm/kemitraan").session(owner))
			.andExpect(content().string(not(containsString("belum dibaca"))));
		mvc.perform(get("/notifikasi")).andExpect(redirectedUrl("/masuk"));
	}

	@Test
	void officersSearchTheAuditTrail() throws Exception {
		Long id = world.in(PartnershipStatus.REJECTED);
		String umkmName = partnerships.getFor(world.company, id).umkmName();
		mvc.perform(get("/petugas/audit").session(officer).param("nama", umkmName).param("status", "REJECTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ditolak Dinas")))
			.andExpect(content().string(containsString("/kemitraan/" + id)));
		mvc.perform(get("/petugas/audit").session(officer).param("dari", "kemarin").param("status", "BUKAN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(get("/petugas/audit").session(company)).andExpect(status().isForbidden());
	}

	@Test
	void administratorsSetAnOfficersWorkingProvince() throws Exception {
		SimitraUser admin = world.user(Role.ADMIN);
		MockHttpSession adminSession = session(admin);
		SimitraUser officerWithout = world.officer(null);
		mvc.perform(get("/admin/akun/petugas-baru").session(adminSession))
			.andExpect(content().string(containsString("Provinsi kerja")));
		mvc.perform(get("/admin/akun/{id}/ubah", officerWithout.accountId()).session(adminSession))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/akun/{id}/ubah", officerWithout.accountId()).session(adminSession)
			.with(csrf())
			.param("displayName", "Petugas Baru")
			.param("provinceCode", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/admin/akun/{id}/ubah", officerWithout.accountId()).session(adminSession)
			.with(csrf())
			.param("displayName", "Petugas Baru")
			.param("provinceCode", "12")).andExpect(redirectedUrl("/admin/akun"));
		assertThat(accounts.provinceOf(officerWithout.accountId())).contains("12");
		mvc.perform(get("/admin/akun/{id}/ubah", world.company.accountId()).session(adminSession))
			.andExpect(status().isNotFound());
	}

	/**
	 * Issue 10 §1: after the UMKM declines, the proposal form says so and when the
	 * company may propose again; sending is refused with that message and what was typed
	 * stays; a draft saved before cannot be sent either.
	 */
	@Test
	void afterADeclineTheProposalFormSaysWhenTheCompanyMayProposeAgain() throws Exception {
		LifecycleWorld own = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		MockHttpSession ownCompany = session(own.company);
		Long draft = own.in(PartnershipStatus.DRAFT);
		Long proposed = own.in(PartnershipStatus.PROPOSED);
		partnerships.perform(own.umkm, proposed, PartnershipAction.DECLINE, LifecycleWorld.REASON, false, null);
		Long needId = own.need();
		long before = jdbc.sql("select count(*) from partnership where company_id = ?")
			.param(own.companyId)
			.query(Long.class)
			.single();

		mvc.perform(get("/perusahaan/kebutuhan/{n}/usul/{u}", needId, own.umkmId).session(ownCompany))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UMKM ini menolak usulan Anda pada")));
		mvc.perform(post("/perusahaan/kebutuhan/{n}/usul/{u}", needId, own.umkmId).session(ownCompany)
			.with(csrf())
			.param("pattern", "PERDAGANGAN_UMUM")
			.param("object", "Kopi bubuk lagi setelah ditolak")
			.param("estimatedValue", "Rp 10.000.000")
			.param("startDate", LocalDate.now().plusDays(10).toString())
			.param("endDate", LocalDate.now().plusMonths(6).toString())
			.param("regencyCode", "12.71")
			.param("noControlDeclared", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UMKM ini menolak usulan Anda pada")))
			.andExpect(content().string(containsString("Anda dapat mengusulkan lagi mulai")))
			.andExpect(content().string(containsString("Kopi bubuk lagi setelah ditolak")));
		assertThat(jdbc.sql("select count(*) from partnership where company_id = ?")
			.param(own.companyId)
			.query(Long.class)
			.single()).isEqualTo(before);

		mvc.perform(post("/kemitraan/{id}/usulkan", draft).session(ownCompany)
			.with(csrf())
			.param("noControlDeclared", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UMKM ini menolak usulan Anda pada")));
		assertThat(partnerships.getFor(own.company, draft).status()).isEqualTo(PartnershipStatus.DRAFT);
	}

	private static Long idOf(String url) {
		return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
	}

	private MockHttpSession session(SimitraUser user) throws Exception {
		return WebSession.login(mvc, user.getUsername(), WebSession.PASSWORD);
	}

}
