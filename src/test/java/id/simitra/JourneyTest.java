package id.simitra;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matchmaking journey through the web layer: registration, profile, product, need,
 * ranking, proposal, acceptance, agreement and submission, the officer's approval, start,
 * completion and ratings.
 */
@SimitraTest
class JourneyTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void umkmAndCompanyReachAnApprovedPartnershipWithItsHistory() throws Exception {
		String tag = WebSession.uniqueEmail("x").substring(2, 10);

		// 1. A UMKM owner and a company buyer register; the administrator creates an
		// officer.
		String umkmEmail = WebSession.uniqueEmail("umkm");
		WebSession.register(mvc, umkmEmail, "Sondang Purba", "UMKM");
		String companyEmail = WebSession.uniqueEmail("pt");
		WebSession.register(mvc, companyEmail, "Budi Santoso", "COMPANY");
		String adminEmail = WebSession.uniqueEmail("admin");
		accounts.create(adminEmail, WebSession.PASSWORD, "Admin Uji", Role.ADMIN);
		MockHttpSession admin = WebSession.login(mvc, adminEmail, WebSession.PASSWORD);
		String officerEmail = WebSession.uniqueEmail("petugas");
		mvc.perform(post("/admin/akun/petugas-baru").session(admin)
			.with(csrf())
			.param("displayName", "Petugas Uji")
			.param("email", officerEmail)
			.param("password", "DiskopSumut24")
			.param("provinceCode", "12")).andExpect(redirectedUrl("/admin/akun"));
		// Above Rp 500 million a second officer of the province gives the final approval
		// (issue 16, maker-checker).
		String secondOfficerEmail = WebSession.uniqueEmail("petugas");
		mvc.perform(post("/admin/akun/petugas-baru").session(admin)
			.with(csrf())
			.param("displayName", "Petugas Kedua")
			.param("email", secondOfficerEmail)
			.param("password", "DiskopSumut24")
			.param("provinceCode", "12")).andExpect(redirectedUrl("/admin/akun"));

		// 2. The UMKM owner fills in the business profile; the size class is computed and
		// shown.
		MockHttpSession umkm = WebSession.login(mvc, umkmEmail, WebSession.PASSWORD);
		String businessName = "Kopi Sidikalang Purba " + tag;
		mvc.perform(post("/umkm/profil").session(umkm)
			.with(csrf())
			.param("businessName", businessName)
			.param("ownerName", "Sondang Purba")
			.param("nib", "")
			.param("kbli", "10761 — Industri Pengolahan Kopi")
			.param("kbli", "")
			.param("regencyCode", "12.11")
			.param("address", "Jl. Sisingamangaraja 12, Sidikalang")
			.param("phone", "0812-6000-1111")
			.param("description", "Pengolahan kopi robusta dan arabika Dairi")
			.param("businessCapital", "Rp 250.000.000")
			.param("annualSales", "900.000.000")).andExpect(redirectedUrl("/umkm"));
		mvc.perform(get("/umkm").session(umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Usaha mikro")));

		// 3. It lists a product.
		mvc.perform(post("/umkm/produk/baru").session(umkm)
			.with(csrf())
			.param("name", "Biji Kopi Robusta Sangrai")
			.param("description", "Kopi robusta Sidikalang sangrai sedang, kemasan 25 kg")
			.param("kbli", "10761")
			.param("unit", "KG")
			.param("monthlyCapacity", "1500")
			.param("minimumOrder", "50")
			.param("priceMin", "85.000")
			.param("priceMax", "95.000")).andExpect(redirectedUrl("/umkm/produk"));

		// 4. The company fills in its profile and posts a need in another unit of the
		// same kind.
		MockHttpSession company = WebSession.login(mvc, companyEmail, WebSession.PASSWORD);
		mvc.perform(post("/perusahaan/profil").session(company)
			.with(csrf())
			.param("name", "PT Ekspor Kopi Uji " + tag)
			.param("nib", "")
			.param("sector", "Ekspor kopi")
			.param("regencyCode", "12.71")
			.param("address", "Kawasan Industri Medan")).andExpect(redirectedUrl("/perusahaan"));
		String needUrl = mvc
			.perform(post("/perusahaan/kebutuhan/baru").session(company)
				.with(csrf())
				.param("title", "Biji kopi robusta sangrai " + tag)
				.param("description", "Untuk ekspor, kadar air maksimal 12 persen")
				.param("kbli", "10761 — Industri Pengolahan Kopi")
				.param("quantity", "2")
				.param("unit", "TON")
				.param("regencyCode", "12.71")
				.param("deadline", LocalDate.now().plusDays(30).toString())
				.param("pattern", "RANTAI_PASOK"))
			.andExpect(redirectedUrlPattern("/perusahaan/kebutuhan/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long needId = Long.valueOf(needUrl.substring(needUrl.lastIndexOf('/') + 1));

		// 5. The need page ranks the UMKM and explains why.
		mvc.perform(get(needUrl).session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(businessName)))
			.andExpect(content().string(containsString("Sama kelompok KBLI 10761")))
			.andExpect(content().string(containsString("Kapasitas 75 % dari kebutuhan per bulan")))
			// two factors with bars per candidate, the other six behind "Rincian" (issue
			// 16)
			.andExpect(content().string(containsString("<summary>Rincian faktor lainnya</summary>")));

		// 6. The company proposes; the UMKM accepts.
		Long umkmId = jdbc.sql("select id from umkm where business_name = ?")
			.param(businessName)
			.query(Long.class)
			.single();
		String partnershipUrl = mvc
			.perform(post("/perusahaan/kebutuhan/{n}/usul/{u}", needId, umkmId).session(company)
				.with(csrf())
				.param("pattern", "RANTAI_PASOK")
				.param("object", "Pasokan kopi robusta sangrai 1,5 ton per bulan")
				.param("estimatedValue", "Rp 1.620.000.000")
				.param("startDate", LocalDate.now().toString())
				.param("endDate", LocalDate.now().plusDays(365).toString())
				.param("noControlDeclared", "true"))
			.andExpect(redirectedUrlPattern("/kemitraan/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get("/umkm/kemitraan").session(umkm))
			.andExpect(content().string(containsString("Pasokan kopi robusta sangrai")));
		mvc.perform(post(partnershipUrl + "/tanggapan").session(umkm)
			.with(csrf())
			.param("approve", "true")
			.param("reason", "")).andExpect(redirectedUrl(partnershipUrl));

		// A company cannot approve its own partnership.
		mvc.perform(post(partnershipUrl + "/keputusan").session(company)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("reason", "Setuju")).andExpect(status().isForbidden());

		// 7. The company uploads the signed agreement (PDF) and submits the partnership
		// to the Dinas.
		mvc.perform(multipart(partnershipUrl + "/perjanjian")
			.file(new MockMultipartFile("document", "perjanjian.pdf", "application/pdf", PDF))
			.session(company)
			.with(csrf())).andExpect(redirectedUrl(partnershipUrl + "/perjanjian"));
		mvc.perform(post(partnershipUrl + "/kirim").session(company).with(csrf()).param("noControlDeclared", "true"))
			.andExpect(redirectedUrl(partnershipUrl));

		// 8. The officer of North Sumatra sees it in the queue and approves with a
		// reason; both parties see it.
		MockHttpSession officer = WebSession.login(mvc, officerEmail, "DiskopSumut24");
		mvc.perform(get("/petugas").session(officer))
			.andExpect(content().string(containsString("Pasokan kopi robusta sangrai")));
		mvc.perform(post(partnershipUrl + "/keputusan").session(officer)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("reason", "Dokumen lengkap, pola rantai pasok sesuai")).andExpect(redirectedUrl("/petugas"));
		mvc.perform(get(partnershipUrl).session(company))
			.andExpect(content().string(containsString("Disetujui, menunggu persetujuan kedua")));
		MockHttpSession secondOfficer = WebSession.login(mvc, secondOfficerEmail, "DiskopSumut24");
		mvc.perform(post(partnershipUrl + "/keputusan").session(secondOfficer)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("reason", "")).andExpect(redirectedUrl("/petugas"));

		for (MockHttpSession party : new MockHttpSession[] { umkm, company }) {
			mvc.perform(get(partnershipUrl).session(party))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Disetujui Dinas")))
				.andExpect(content().string(containsString("Dokumen lengkap, pola rantai pasok sesuai")));
		}

		// 9. The company starts it; the UMKM marks it completed; each side rates the
		// other.
		mvc.perform(post(partnershipUrl + "/mulai").session(company).with(csrf()))
			.andExpect(redirectedUrl(partnershipUrl));
		mvc.perform(get(partnershipUrl + "/selesai").session(umkm)).andExpect(status().isOk());
		mvc.perform(post(partnershipUrl + "/selesai").session(umkm).with(csrf()).param("reason", ""))
			.andExpect(redirectedUrl(partnershipUrl));
		mvc.perform(post(partnershipUrl + "/nilai").session(company)
			.with(csrf())
			.param("score", "5")
			.param("comment", "Kopi selalu sesuai mutu")).andExpect(redirectedUrl(partnershipUrl));
		mvc.perform(post(partnershipUrl + "/nilai").session(umkm).with(csrf()).param("score", "4").param("comment", ""))
			.andExpect(redirectedUrl(partnershipUrl));
		mvc.perform(get(partnershipUrl).session(umkm))
			.andExpect(content().string(containsString("Kopi selalu sesuai mutu")))
			.andExpect(content().string(containsString("5/5")));

		Long partnershipId = Long.valueOf(partnershipUrl.substring(partnershipUrl.lastIndexOf('/') + 1));
		var history = jdbc.sql("""
				select to_status || ':' || actor_role from partnership_event
				where partnership_id = ? and kind = 'STATUS' order by id""")
			.param(partnershipId)
			.query(String.class)
			.list();
		assertThat(history).containsExactly("PROPOSED:COMPANY", "ACCEPTED:UMKM", "SUBMITTED:COMPANY",
				"FIRST_APPROVED:OFFICER", "APPROVED:OFFICER", "ACTIVE:COMPANY", "COMPLETED:UMKM");
		assertThat(jdbc.sql("select status from partnership where id = ?")
			.param(partnershipId)
			.query(String.class)
			.single()).isEqualTo("COMPLETED");
	}

}
