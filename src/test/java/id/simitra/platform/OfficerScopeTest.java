package id.simitra.platform;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.offer.RecommendationService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers' lists show only their own province, and an officer without a province sees
 * nothing province-bound (the actions on single records are in {@link AccessMatrixTest}
 * for every officer route).
 */
@SimitraTest
class OfficerScopeTest {

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
	RecommendationService recommendations;

	@Autowired
	JdbcClient jdbc;

	String name;

	Long umkmId;

	Long certificateId;

	MockHttpSession northSumatra;

	MockHttpSession southKalimantan;

	MockHttpSession unassigned;

	@BeforeEach
	void anUmkmOfNorthSumatraWithACertificateWaiting() throws Exception {
		name = "Kopi Lingkup " + UUID.randomUUID().toString().substring(0, 8);
		umkmId = fixtures.umkm(name, "12.11", "10761").id();
		certificateId = certificates
			.create(umkmId,
					new CertificateData("NIB", "9120001234567", LocalDate.now().minusYears(1), null, "OSS",
							NewDocument.recognise("scan.pdf", AccessWorld.PDF).orElseThrow()))
			.id();
		northSumatra = login("12");
		southKalimantan = login("63");
		unassigned = login(null);
	}

	@Test
	void theCertificateQueueShowsTheOfficersProvinceOnly() throws Exception {
		// Oldest first: the new certificate may be on a later page for North Sumatra, so
		// compare the counts.
		assertThat(certificates.reviewQueue(user(northSumatra), 0).totalItems())
			.isEqualTo(count("select count(*) from umkm_certificate c join umkm u on u.id = c.umkm_id "
					+ "where c.status = 'SUBMITTED' and u.regency_code like '12.%'"));
		assertThat(certificates.reviewQueue(user(southKalimantan), 0).items())
			.noneMatch(c -> c.id().equals(certificateId));
		assertThat(certificates.reviewQueue(user(unassigned), 0).items()).isEmpty();
		assertThat(certificates.waitingForReview(user(unassigned))).isZero();
		mvc.perform(get("/petugas/sertifikat").session(southKalimantan))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void officersOutsideTheProvinceNeitherOpenNorDecideNorVerify() throws Exception {
		for (MockHttpSession officer : new MockHttpSession[] { southKalimantan, unassigned }) {
			mvc.perform(get("/petugas/sertifikat/{id}", certificateId).session(officer))
				.andExpect(status().isNotFound());
			mvc.perform(post("/petugas/sertifikat/{id}/keputusan", certificateId).session(officer)
				.with(csrf())
				.param("approve", "true")).andExpect(status().isNotFound());
			mvc.perform(post("/petugas/umkm/{id}/verifikasi", umkmId).session(officer).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(certificates.getForOfficer(user(northSumatra), certificateId).status().name())
			.isEqualTo("SUBMITTED");
		assertThat(umkms.isVerified(umkmId)).isFalse();
	}

	@Test
	void theIdentityListShowsTheOfficersProvinceOnly() {
		assertThat(umkms.listForOfficer(user(northSumatra), false, 0).totalItems())
			.isEqualTo(count("select count(*) from umkm where regency_code like '12.%'"));
		assertThat(umkms.listForOfficer(user(southKalimantan), false, 0).totalItems())
			.isEqualTo(count("select count(*) from umkm where regency_code like '63.%'"));
		assertThat(umkms.listForOfficer(user(southKalimantan), false, 0).items()).noneMatch(r -> r.id().equals(umkmId));
		assertThat(umkms.listForOfficer(user(unassigned), false, 0).items()).isEmpty();
	}

	@Test
	void recommendationsPickFromTheOfficersProvinceOnly() throws Exception {
		assertThat(recommendations.searchUmkm(user(northSumatra), name, null)).anyMatch(p -> p.id().equals(umkmId));
		assertThat(recommendations.searchUmkm(user(southKalimantan), name, null)).isEmpty();
		assertThat(recommendations.searchUmkm(user(unassigned), name, null)).isEmpty();
	}

	@Test
	void reportsCoverTheOfficersProvinceOnly() throws Exception {
		mvc.perform(get("/petugas/laporan").param("kabupaten", "12.11").session(southKalimantan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Laporan hanya untuk provinsi tempat Anda bertugas")))
			.andExpect(content().string(containsString("Kalimantan Selatan")));
		mvc.perform(get("/petugas/laporan/ekspor/umkm.csv").param("kabupaten", "12.11").session(southKalimantan))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/petugas/laporan/ekspor/umkm.csv").param("kabupaten", "12.11").session(unassigned))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/petugas/laporan").session(unassigned))
			.andExpect(content().string(containsString("belum ditetapkan provinsinya")));
		mvc.perform(get("/petugas/laporan/ekspor/umkm.csv").param("kabupaten", "12.11").session(northSumatra))
			.andExpect(content().string(containsString(name)));
	}

	private final java.util.Map<MockHttpSession, SimitraUser> users = new java.util.HashMap<>();

	private MockHttpSession login(String province) throws Exception {
		String email = fixtures.officerEmail(province);
		MockHttpSession session = WebSession.login(mvc, email, WebSession.PASSWORD);
		users.put(session, (SimitraUser) accounts.loadUserByUsername(email));
		return session;
	}

	private SimitraUser user(MockHttpSession session) {
		return users.get(session);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
