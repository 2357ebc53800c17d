package id.simitra.umkm;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.platform.ConflictException;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officers' identity verification (issue 16 §2): the evidence on one page, a note
 * with every decision, the queue searched by name, regency and waiting since, and the
 * identity and certificate decisions in the UMKM's review trail.
 */
@SimitraTest
class IdentityVerificationPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	CertificateService certificates;

	@Autowired
	UmkmService umkms;

	@Autowired
	JdbcClient jdbc;

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private SimitraUser officer(String province) {
		return (SimitraUser) accounts.loadUserByUsername(fixtures.officerEmail(province));
	}

	private MockHttpSession session(SimitraUser user) throws Exception {
		return WebSession.login(mvc, user.getUsername(), WebSession.PASSWORD);
	}

	@Test
	void thePageShowsTheEvidenceToTheProvincesOfficersOnly() throws Exception {
		String name = "Kopi Bukti " + tag();
		Long umkm = fixtures.umkm(name, "12.11", "10761").id();
		String number = "2061211" + String.format("%08d", umkm % 100_000_000);
		Long certificate = certificates
			.create(umkm, CertificateTestData.data("PIRT", number, LocalDate.of(2025, 2, 1), LocalDate.of(2030, 2, 1)))
			.id();
		MockHttpSession officer = session(officer("12"));
		mvc.perform(get("/petugas/umkm/{id}", umkm).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Pemilik " + name)))
			.andExpect(content().string(containsString("Jl. Uji 1")))
			.andExpect(content().string(containsString("081260001111")))
			.andExpect(content().string(containsString("Belum ada NIB")))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("/dokumen/" + certificates.get(certificate).documentId())))
			.andExpect(content().string(containsString("Menunggu sejak")))
			.andExpect(content().string(containsString("name=\"note\"")));

		mvc.perform(get("/petugas/umkm/{id}", umkm).session(session(officer("11")))).andExpect(status().isNotFound());
		mvc.perform(get("/petugas/umkm/{id}", umkm)
			.session(WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNoteIsRequiredToHoldAnIdentityBackAndEveryDecisionIsInTheTrail() throws Exception {
		String name = "Keripik Catatan " + tag();
		Long umkm = fixtures.umkm(name, "12.71", "10794").id();
		SimitraUser officer = officer("12");
		MockHttpSession session = session(officer);

		mvc.perform(post("/petugas/umkm/{id}/verifikasi", umkm).session(session)
			.with(csrf())
			.param("decision", "NOTE")
			.param("note", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan apa yang kurang atau tidak cocok.")));
		assertThat(trailCount(umkm)).isZero();

		mvc.perform(post("/petugas/umkm/{id}/verifikasi", umkm).session(session)
			.with(csrf())
			.param("decision", "NOTE")
			.param("note", "NIB belum diunggah")
			.param("belum", "true")
			.param("q", "Keripik")
			.param("kabupaten", "12.71")
			.param("halaman", "2"))
			.andExpect(redirectedUrl("/petugas/umkm?belum=true&q=Keripik&kabupaten=12.71&halaman=2"));
		assertThat(verified(umkm)).isFalse();

		mvc.perform(post("/petugas/umkm/{id}/verifikasi", umkm).session(session)
			.with(csrf())
			.param("decision", "VERIFY")
			.param("note", "Dicocokkan dengan KTP dan NIB di kantor"))
			.andExpect(redirectedUrl("/petugas/umkm?belum=false&halaman=1"));
		assertThat(verified(umkm)).isTrue();
		// Verified meanwhile (another officer, another tab): the second decision is
		// stale.
		mvc.perform(
				post("/petugas/umkm/{id}/verifikasi", umkm).session(session).with(csrf()).param("decision", "VERIFY"))
			.andExpect(status().isConflict());
		assertThatThrownBy(() -> umkms.decideIdentity(officer, umkm, false, "terlambat"))
			.isInstanceOf(ConflictException.class);

		mvc.perform(get("/petugas/umkm/{id}", umkm).session(session))
			.andExpect(content().string(containsString("Identitas belum diverifikasi (catatan)")))
			.andExpect(content().string(containsString("NIB belum diunggah")))
			.andExpect(content().string(containsString("Identitas diverifikasi")))
			.andExpect(content().string(containsString("Dicocokkan dengan KTP dan NIB di kantor")))
			.andExpect(content().string(not(containsString("name=\"note\""))));
		mvc.perform(get("/petugas/umkm/{id}", umkm).session(session).cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("Identity not verified yet (note)")));
		assertThat(trailCount(umkm)).isEqualTo(2);
	}

	@Test
	void certificateDecisionsWithTheirNotesAreInTheTrail() throws Exception {
		Long umkm = fixtures.umkm("Bika Sertifikat " + tag(), "12.71", "10794").id();
		Long verified = certificates
			.create(umkm,
					CertificateTestData.data("PIRT", "20612110100" + String.format("%04d", umkm % 10_000),
							LocalDate.of(2025, 2, 1), LocalDate.of(2030, 2, 1)))
			.id();
		Long rejected = certificates
			.create(umkm,
					CertificateTestData.data("NPWP", "01234567" + String.format("%07d", umkm % 10_000_000),
							LocalDate.of(2019, 1, 1), null))
			.id();
		SimitraUser officer = officer("12");
		certificates.decide(officer, verified, true, "Cocok dengan dokumen asli", null);
		certificates.decide(officer, rejected, false, "Nomor tidak terbaca", null);
		mvc.perform(get("/petugas/umkm/{id}", umkm).session(session(officer)))
			.andExpect(content().string(containsString("Sertifikat PIRT")))
			.andExpect(content().string(containsString("Cocok dengan dokumen asli")))
			.andExpect(content().string(containsString("Nomor tidak terbaca")))
			.andExpect(content().string(containsString("ditolak")));
		assertThat(jdbc.sql("select kind from umkm_review_event where umkm_id = ? order by id")
			.param(umkm)
			.query(String.class)
			.list()).containsExactly("CERTIFICATE_VERIFIED", "CERTIFICATE_REJECTED");
		// Only ever inserted.
		assertThatThrownBy(
				() -> jdbc.sql("update umkm_review_event set note = 'x' where umkm_id = ?").param(umkm).update())
			.isInstanceOf(Exception.class);
	}

	@Test
	void theQueueIsSearchedByNameRegencyAndWaitingSince() throws Exception {
		String word = "Cari" + tag();
		Long medan = fixtures.umkm("Kopi " + word + " Medan", "12.71", "10761").id();
		Long dairi = fixtures.umkm("Kopi " + word + " Dairi", "12.11", "10761").id();
		SimitraUser officer = officer("12");
		MockHttpSession session = session(officer);

		mvc.perform(get("/petugas/umkm").param("belum", "true").param("q", word.toLowerCase()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi " + word + " Medan")))
			.andExpect(content().string(containsString("Kopi " + word + " Dairi")))
			.andExpect(content().string(containsString("2 UMKM")))
			.andExpect(content().string(containsString("/petugas/umkm/" + medan)));
		mvc.perform(get("/petugas/umkm").param("q", word).param("kabupaten", "12.11").session(session))
			.andExpect(content().string(containsString("Kopi " + word + " Dairi")))
			.andExpect(content().string(not(containsString("Kopi " + word + " Medan"))));
		// By the owner's name too.
		assertThat(
				umkms.listForOfficer(officer, true, new IdentityQuery("pemilik kopi " + word, null, null), 0).items())
			.extracting(r -> r.id())
			.containsExactlyInAnyOrder(medan, dairi);
		// Waiting since: registered on or before a day.
		assertThat(
				umkms.listForOfficer(officer, true, new IdentityQuery(word, null, LocalDate.of(2000, 1, 1)), 0).items())
			.isEmpty();
		assertThat(
				umkms.listForOfficer(officer, true, new IdentityQuery(word, null, LocalDate.of(2100, 1, 1)), 0).items())
			.hasSize(2);
		// A regency of another province, and a day that is not one: said, and left out.
		mvc.perform(get("/petugas/umkm").param("q", word)
			.param("kabupaten", "11.01")
			.param("sejak", "kemarin")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Kopi " + word + " Dairi")));
		// Another province's officer finds nothing, whatever the search.
		assertThat(umkms.listForOfficer(officer("11"), false, new IdentityQuery(word, "12.71", null), 0).items())
			.isEmpty();
		// A search with % or _ matches them literally ("_" would match the space after
		// the word).
		assertThat(umkms.listForOfficer(officer, false, new IdentityQuery(word + "_", null, null), 0).items())
			.isEmpty();
	}

	private long trailCount(Long umkm) {
		return jdbc.sql("select count(*) from umkm_review_event where umkm_id = ?")
			.param(umkm)
			.query(Long.class)
			.single();
	}

	private boolean verified(Long umkm) {
		return jdbc.sql("select verified_at is not null from umkm where id = ?")
			.param(umkm)
			.query(Boolean.class)
			.single();
	}

}
