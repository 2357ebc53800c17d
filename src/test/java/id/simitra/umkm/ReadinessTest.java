package id.simitra.umkm;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.internal.ReadinessItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "siap naik kelas" score rises as each missing item is fixed. */
@SimitraTest
class ReadinessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReadinessService readiness;

	@Autowired
	CertificateService certificates;

	@Autowired
	UmkmService umkms;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFoodBusinessClimbsAsItFixesEachItem() {
		Long umkm = fixtures.umkm("Keripik Naik Kelas", "12.71", "10794").id();
		SimitraUser officer = CertificateTestData.user(accounts, fixtures.officerEmail("12"));
		LocalDate today = certificates.today();
		assertThat(readiness.of(umkm).score()).isZero();
		assertThat(readiness.of(umkm).missing()).extracting(Readiness.Check::item)
			.containsExactly(ReadinessItem.values());

		Long npwp = certificates
			.create(umkm, CertificateTestData.data("NPWP", "012345678123000", today.minusYears(1), null))
			.id();
		// submitted only: not counted until an officer verifies it
		assertThat(readiness.of(umkm).score()).isZero();

		Long product = fixtures.product(umkm, "Keripik Singkong", "10794", Unit.KG, "200");
		assertThat(readiness.of(umkm).score()).isEqualTo(15);

		// An expired P-IRT does not count; a valid one does once it is verified.
		Long expiredPirt = certificates
			.create(umkm, CertificateTestData.data("PIRT", "206127101002019", today.minusYears(5), today.minusDays(1)))
			.id();
		verify(expiredPirt);
		assertThat(readiness.of(umkm).score()).isEqualTo(15);
		Long pirt = certificates
			.create(umkm, CertificateTestData.data("PIRT", "206127101002030", today.minusDays(3), today.plusYears(5)))
			.id();
		assertThat(readiness.of(umkm).score()).isEqualTo(15);
		verify(pirt);
		// P-IRT 15 and "at least one verified certificate" 10
		assertThat(readiness.of(umkm).score()).isEqualTo(40);

		certificates.decide(officer, npwp, true, null, null);
		assertThat(readiness.of(umkm).score()).isEqualTo(50);

		umkms.verifyIdentity(officer, umkm);
		assertThat(readiness.of(umkm).score()).isEqualTo(65);

		jdbc.sql("insert into product_photo (product_id, position, content_type, width, height, image, thumbnail) "
				+ "values (:product, 1, 'image/png', 1, 1, :bytes, :bytes)")
			.param("product", product)
			.param("bytes", CertificateTestData.PNG)
			.update();
		assertThat(readiness.of(umkm).score()).isEqualTo(70);

		Long halal = certificates
			.create(umkm,
					CertificateTestData.data("HALAL", "ID12710000123450823", today.minusDays(3), today.plusYears(4)))
			.id();
		Long nib = certificates
			.create(umkm, CertificateTestData.data("NIB", "9120001234567", today.minusYears(2), null))
			.id();
		assertThat(readiness.of(umkm).score()).isEqualTo(70);
		verify(halal);
		verify(nib);
		Readiness complete = readiness.of(umkm);
		assertThat(complete.score()).isEqualTo(100);
		assertThat(complete.complete()).isTrue();
	}

	/**
	 * As an officer leaves it (officer scoping of the decision itself is tested
	 * elsewhere).
	 */
	private void verify(Long certificateId) {
		jdbc.sql("update umkm_certificate set status = 'VERIFIED', reviewed_at = now() where id = ?")
			.param(certificateId)
			.update();
	}

	@Test
	void foodPermitsAreNotAskedOfOtherBusinessesAndTheScoreStillRunsToAHundred() {
		Long umkm = fixtures.umkm("Konveksi Naik Kelas", "12.76", "14111").id();
		assertThat(readiness.of(umkm).items()).extracting(Readiness.Check::item)
			.doesNotContain(ReadinessItem.FOOD_PERMIT, ReadinessItem.HALAL);
		Long npwp = certificates
			.create(umkm, CertificateTestData.data("NPWP", "012345678123000", LocalDate.of(2020, 1, 1), null))
			.id();
		assertThat(readiness.of(umkm).score()).isZero();
		verify(npwp);
		// NPWP 10 and "at least one verified certificate" 10: 20 of the 75 points that
		// apply
		assertThat(readiness.of(umkm).score()).isEqualTo(27);
	}

	@Test
	void theDashboardShowsTheScoreAndWhatIsMissing() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Dasbor Uji", "12.11", "10761");
		mvc.perform(get("/umkm").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Siap naik kelas")))
			.andExpect(content().string(containsString("0/100")))
			.andExpect(content().string(containsString("oss.go.id")))
			.andExpect(content().string(containsString("ptsp.halal.go.id")));
	}

}
