package id.simitra.umkm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.directory.internal.DirectoryEntry;
import id.simitra.directory.internal.DirectoryQuery;
import id.simitra.directory.internal.DirectoryResult;
import id.simitra.directory.internal.DirectoryService;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.internal.ReadinessItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 §4: a certificate the owner only submitted (no officer looked at it) is a
 * claim, not a fact. It never satisfies a required certificate, counts at reduced weight
 * as a preferred one, does not tick the readiness checklist or pass the directory's
 * certificate filter, and every page that shows it says "menunggu verifikasi". The UMKM
 * sees what a need requires that it lacks before it offers.
 */
@SimitraTest
class CertificateTrustTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MatchingService matching;

	@Autowired
	ReadinessService readiness;

	@Autowired
	DirectoryService directory;

	Long company;

	LocalDate today;

	@BeforeEach
	void setUp() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		company = fixtures.company("PT Uji Kepercayaan", "12.71");
		today = LocalDate.now(clock);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aSubmittedRequiredCertificateDoesNotSatisfyTheNeed() {
		Long verified = snackMaker("Keripik Halal Terverifikasi");
		Long submitted = snackMaker("Keripik Halal Diajukan");
		certificate(verified, "HALAL", "VERIFIED", today.plusYears(2));
		certificate(submitted, "HALAL", "SUBMITTED", today.plusYears(2));
		Long need = fixtures.need(company, "Keripik singkong halal", "10794", "300", Unit.KG, "12.71",
				Map.of("HALAL", true));

		List<Long> ranked = matching.rank(need, 200).stream().map(Candidate::umkmId).toList();
		assertThat(ranked).contains(verified).doesNotContain(submitted);
		Candidate why = matching.explain(need, submitted).candidate();
		assertThat(why.excludedBy()).containsExactly("HALAL");
		assertThat(why.factors().get(3).explanation()).contains("HALAL").contains("menunggu verifikasi");
		assertThat(matching.scoreFor(need, List.of(verified)).get(verified).excluded()).isFalse();
	}

	@Test
	void aSubmittedPreferredCertificateScoresLessThanAVerifiedOneAndMoreThanNone() {
		Long verified = snackMaker("Keripik Pilihan Terverifikasi");
		Long submitted = snackMaker("Keripik Pilihan Diajukan");
		Long none = snackMaker("Keripik Pilihan Tanpa");
		certificate(verified, "HALAL", "VERIFIED", today.plusYears(2));
		certificate(submitted, "HALAL", "SUBMITTED", today.plusYears(2));
		Long need = fixtures.need(company, "Keripik singkong pilihan", "10794", "300", Unit.KG, "12.71",
				Map.of("HALAL", false));

		Map<Long, Candidate> scores = matching.scoreFor(need, List.of(verified, submitted, none));
		Candidate.Factor v = scores.get(verified).factors().get(3);
		Candidate.Factor s = scores.get(submitted).factors().get(3);
		Candidate.Factor n = scores.get(none).factors().get(3);
		assertThat(v.fraction()).isEqualTo(1.0);
		assertThat(s.fraction()).isEqualTo(0.5);
		assertThat(n.fraction()).isZero();
		assertThat(scores.get(submitted).score()).isLessThan(scores.get(verified).score())
			.isGreaterThan(scores.get(none).score());
		assertThat(s.explanation()).contains("menunggu verifikasi");
		assertThat(v.explanation()).doesNotContain("menunggu verifikasi");
	}

	/**
	 * Issue 10 §4, second round: a required certificate that is missing, expired or only
	 * submitted used to earn full certificate points (the factor looked at preferred ones
	 * only). Now the certificate factor is 0 unless every required certificate counts;
	 * the same score reaches the why-not, the UMKM's fitting needs and the offer
	 * comparison (they all call Scoring).
	 */
	@Test
	void anUnmetRequiredCertificateEarnsNoCertificatePoints() {
		Long pending = snackMaker("Keripik Wajib Diajukan");
		Long expired = snackMaker("Keripik Wajib Kedaluwarsa");
		Long none = snackMaker("Keripik Wajib Tanpa");
		Long verified = snackMaker("Keripik Wajib Terverifikasi");
		certificate(pending, "HALAL", "SUBMITTED", today.plusYears(2));
		certificate(expired, "HALAL", "VERIFIED", today.minusDays(1));
		certificate(verified, "HALAL", "VERIFIED", today.plusYears(2));
		for (Long u : List.of(pending, expired, none, verified)) {
			// the preferred one is held and verified by all: it must not buy back points
			// for an unmet required one
			certificate(u, "PIRT", "VERIFIED", today.plusYears(2));
		}
		Long need = fixtures.need(company, "Keripik singkong wajib halal", "10794", "300", Unit.KG, "12.71",
				Map.of("HALAL", true, "PIRT", false));

		Map<Long, Candidate> scores = matching.scoreFor(need, List.of(pending, expired, none, verified));
		Candidate.Factor full = scores.get(verified).factors().get(3);
		assertThat(full.fraction()).isEqualTo(1.0);
		assertThat(full.points()).isEqualTo(full.maxPoints());
		for (Long u : List.of(pending, expired, none)) {
			Candidate c = scores.get(u);
			Candidate.Factor f = c.factors().get(3);
			assertThat(f.fraction()).as("certificate share of %s", c.businessName()).isZero();
			assertThat(f.points()).as("certificate points of %s", c.businessName()).isZero();
			assertThat(c.score()).isEqualTo(scores.get(verified).score() - full.maxPoints(),
					org.assertj.core.data.Offset.offset(0.11));
			// every place that shows a score reads the same one
			assertThat(matching.explain(need, u).candidate().score()).isEqualTo(c.score());
			assertThat(matching.needsFor(u, 200)).filteredOn(fit -> fit.needId().equals(need))
				.singleElement()
				.satisfies(fit -> assertThat(fit.candidate().score()).isEqualTo(c.score()));
		}
		assertThat(scores.get(pending).factors().get(3).explanation()).contains("HALAL wajib: menunggu verifikasi");
		assertThat(scores.get(none).factors().get(3).explanation()).contains("HALAL wajib tetapi tidak ada");
		assertThat(scores.get(expired).factors().get(3).explanation()).contains("HALAL sudah kedaluwarsa");
	}

	@Test
	void onlyVerifiedCertificatesTickTheReadinessChecklist() {
		Long umkm = snackMaker("Keripik Siap Diajukan");
		certificate(umkm, "NPWP", "SUBMITTED", null);
		certificate(umkm, "PIRT", "SUBMITTED", today.plusYears(3));
		certificate(umkm, "HALAL", "SUBMITTED", today.plusYears(3));
		Readiness r = readiness.of(umkm);
		assertThat(r.missing()).extracting(Readiness.Check::item)
			.contains(ReadinessItem.NPWP, ReadinessItem.FOOD_PERMIT, ReadinessItem.HALAL,
					ReadinessItem.VERIFIED_CERTIFICATE);

		jdbc.sql("update umkm_certificate set status = 'VERIFIED' where umkm_id = ? and type_code in ('NPWP', 'PIRT')")
			.param(umkm)
			.update();
		assertThat(readiness.of(umkm).missing()).extracting(Readiness.Check::item)
			.doesNotContain(ReadinessItem.NPWP, ReadinessItem.FOOD_PERMIT, ReadinessItem.VERIFIED_CERTIFICATE)
			.contains(ReadinessItem.HALAL);
	}

	@Test
	void theReadinessChecklistSaysASubmittedCertificateIsWaitingForVerification() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Dasbor Diajukan", "12.11", "10761")
			.id();
		certificate(umkm, "NPWP", "SUBMITTED", null);
		Readiness r = readiness.of(umkm);
		assertThat(r.items()).filteredOn(c -> c.item() == ReadinessItem.NPWP)
			.singleElement()
			.matches(c -> !c.done() && c.pending());
		mvc.perform(get("/umkm").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sudah diunggah, menunggu verifikasi petugas Dinas")));
	}

	@Test
	void theDirectoryCertificateFilterAndItsCountsTakeOnlyVerifiedOnes() {
		String tag = "tr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Long verified = fixtures.umkm("Kopi Terverifikasi " + tag, "12.71", "10761").id();
		Long submitted = fixtures.umkm("Kopi Diajukan " + tag, "12.71", "10761").id();
		certificate(verified, "HALAL", "VERIFIED", today.plusYears(1));
		certificate(submitted, "HALAL", "SUBMITTED", today.plusYears(1));

		DirectoryResult filtered = directory.search(query(tag, List.of("HALAL")));
		assertThat(filtered.page().items()).extracting(DirectoryEntry::umkmId).containsExactly(verified);
		DirectoryResult all = directory.search(query(tag, List.of()));
		assertThat(all.facets().certificates()).filteredOn(c -> c.value().equals("HALAL"))
			.extracting(DirectoryResult.Count::count)
			.containsExactly(1L);
	}

	@Test
	void theStorefrontSaysASubmittedCertificateIsWaitingForVerification() throws Exception {
		Long umkm = snackMaker("Keripik Etalase Diajukan");
		certificate(umkm, "SNI", "SUBMITTED", today.plusYears(3));
		certificate(umkm, "HALAL", "VERIFIED", today.plusYears(3));

		mvc.perform(get("/direktori/umkm/{id}", umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sertifikat SNI (SPPT-SNI) · menunggu verifikasi"),
					not(containsString("✓ Sertifikat SNI")), containsString("✓ Sertifikat halal"))));
		mvc.perform(get("/direktori/umkm/{id}", umkm).param("lang", "en"))
			.andExpect(content().string(containsString("SNI product certificate · waiting for verification")));
	}

	@Test
	void theNeedPageListsTheRequiredCertificatesTheUmkmLacksAndTheOfferFormWarns() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long umkm = fixtures
			.umkmOwnedBy(CertificateTestData.accountId(owner), "Keripik Kurang Syarat", "12.71", "10794")
			.id();
		fixtures.product(umkm, "Keripik Singkong", "10794", Unit.KG, "500");
		certificate(umkm, "HALAL", "SUBMITTED", today.plusYears(2));
		certificate(umkm, "PIRT", "VERIFIED", today.minusDays(1));
		certificate(umkm, "NPWP", "VERIFIED", null);
		Long need = fixtures.need(company, "Keripik singkong bersyarat", "10794", "300", Unit.KG, "12.71",
				Map.of("HALAL", true, "PIRT", true, "BPOM", true, "NPWP", true));

		mvc.perform(get("/umkm/kebutuhan/{id}", need).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sertifikat wajib yang belum terpenuhi"),
					containsString("Sertifikat halal: menunggu verifikasi petugas"),
					containsString("Sertifikat P-IRT: kedaluwarsa"),
					containsString("Izin edar BPOM (MD/ML): belum ada"), not(containsString("NPWP: ")))));
		mvc.perform(get("/umkm/kebutuhan/{id}/penawaran", need).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sertifikat wajib yang belum terpenuhi"),
					containsString("Sertifikat halal: menunggu verifikasi petugas"),
					containsString("Penawaran tetap dapat dikirim"))));

		// all required ones verified and valid: no warning
		jdbc.sql("update umkm_certificate set status = 'VERIFIED', expires_on = ? where umkm_id = ?")
			.params(today.plusYears(1), umkm)
			.update();
		certificate(umkm, "BPOM", "VERIFIED", today.plusYears(1));
		mvc.perform(get("/umkm/kebutuhan/{id}", need).session(owner))
			.andExpect(content().string(not(containsString("Sertifikat wajib yang belum terpenuhi"))));
	}

	private Long snackMaker(String name) {
		Long id = fixtures.umkm(name, "12.71", "10794").id();
		fixtures.product(id, "Keripik Singkong Balado", "10794", Unit.KG, "500");
		return id;
	}

	private void certificate(Long umkmId, String type, String status, LocalDate expiresOn) {
		jdbc.sql(
				"""
						insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status, reviewed_at)
						values (?, ?, ?, ?, ?, 'Penerbit uji', ?, case when ? = 'VERIFIED' then now() end)
						""")
			.params(umkmId, type, "UJI-" + type + "-" + umkmId, today.minusYears(3), expiresOn, status, status)
			.update();
	}

	private static DirectoryQuery query(String q, List<String> certificates) {
		return new DirectoryQuery(q, null, null, null, null, certificates, false, null, null, null, null, 0);
	}

}
