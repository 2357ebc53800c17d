package id.simitra.umkm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.internal.ReviewTrail;
import id.simitra.umkm.internal.CertificateRepository;
import id.simitra.umkm.internal.CertificateTypeRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A certificate counts up to and including its expiry date, and is "kedaluwarsa" from the
 * day after.
 */
@SimitraTest
class CertificateExpiryTest {

	private static final Clock EXPIRY_DAY = Clock.fixed(Instant.parse("2026-03-31T02:00:00Z"),
			ZoneId.of("Asia/Jakarta"));

	private static final Clock DAY_AFTER = Clock.offset(EXPIRY_DAY, Duration.ofDays(1));

	@Autowired
	ReviewTrail trail;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateRepository certificateRepository;

	@Autowired
	CertificateTypeRepository types;

	@Autowired
	DocumentService documents;

	@Autowired
	OfficerScope officers;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCertificateIsValidOnItsExpiryDateAndNotTheDayAfter() {
		Long umkm = fixtures.umkm("Keripik Uji Kedaluwarsa", "12.71", "10794").id();
		LocalDate expiry = LocalDate.of(2026, 3, 31);
		Long id = certificates
			.create(umkm, CertificateTestData.data("PIRT", "206127101002026", expiry.minusYears(5), expiry))
			.id();
		certificates.create(umkm, CertificateTestData.data("NIB", "9120001234567", expiry.minusYears(3), null));

		CertificateService onExpiryDay = serviceAt(EXPIRY_DAY);
		CertificateService dayAfter = serviceAt(DAY_AFTER);
		assertThat(onExpiryDay.validTypesOf(umkm)).containsExactly("NIB", "PIRT");
		assertThat(onExpiryDay.getOwned(id, umkm).expired()).isFalse();
		assertThat(dayAfter.validTypesOf(umkm)).containsExactly("NIB");
		assertThat(dayAfter.getOwned(id, umkm).expired()).isTrue();
		assertThat(certificates.validTypesOf(umkm, LocalDate.now(DAY_AFTER))).containsExactly("NIB");
	}

	@Test
	void theSharedSqlSnippetAgreesWithTheService() {
		Long umkm = fixtures.umkm("Kopi Uji Cuplikan SQL", "12.71", "10761").id();
		LocalDate expiry = LocalDate.of(2026, 3, 31);
		Long id = certificates
			.create(umkm, CertificateTestData.data("HALAL", "ID12110000123450823", expiry.minusYears(4), expiry))
			.id();
		String sql = "select " + CertificateService.holdsCountingSql("u.id", "types") + " from umkm u where u.id = :id";
		// submitted only: a claim, it does not count yet
		assertThat(jdbc.sql(sql)
			.param("types", Set.of("HALAL"))
			.param("today", expiry)
			.param("id", umkm)
			.query(Boolean.class)
			.single()).isFalse();
		jdbc.sql("update umkm_certificate set status = 'VERIFIED' where id = ?").param(id).update();
		assertThat(jdbc.sql(sql)
			.param("types", Set.of("HALAL"))
			.param("today", expiry)
			.param("id", umkm)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql(sql)
			.param("types", Set.of("HALAL"))
			.param("today", expiry.plusDays(1))
			.param("id", umkm)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void rejectedCertificatesDoNotCount() {
		Long umkm = fixtures.umkm("Kopi Uji Ditolak", "12.71", "10761").id();
		Long id = certificates
			.create(umkm, CertificateTestData.data("NPWP", "012345678123000", LocalDate.of(2020, 1, 1), null))
			.id();
		assertThat(certificates.validTypesOf(umkm)).containsExactly("NPWP");
		certificates.decide(CertificateTestData.user(accounts, fixtures.officerEmail("12")), id, false,
				"Nomor tidak terbaca", null);
		assertThat(certificates.validTypesOf(umkm)).isEmpty();
	}

	@Test
	void theOwnersListShowsExpiredFromTheDayAfterTheExpiryDate() throws Exception {
		LocalDate today = certificates.today();
		MockHttpSession expiredOwner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long expiredUmkm = fixtures
			.umkmOwnedBy(CertificateTestData.accountId(expiredOwner), "Usaha Lewat", "12.71", "10794")
			.id();
		certificates.create(expiredUmkm,
				CertificateTestData.data("PIRT", "206127101002021", today.minusYears(5), today.minusDays(1)));
		MockHttpSession validOwner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long validUmkm = fixtures
			.umkmOwnedBy(CertificateTestData.accountId(validOwner), "Usaha Masih", "12.71", "10794")
			.id();
		certificates.create(validUmkm, CertificateTestData.data("PIRT", "206127101002022", today.minusYears(5), today));

		mvc.perform(get("/umkm/sertifikat").session(expiredOwner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kedaluwarsa")));
		mvc.perform(get("/umkm/sertifikat").session(validOwner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("206127101002022")))
			.andExpect(content().string(not(containsString("Kedaluwarsa"))));
	}

	/**
	 * The same service with another "today": the clock is the only thing that differs.
	 */
	private CertificateService serviceAt(Clock clock) {
		return new CertificateService(certificateRepository, types, documents, jdbc, clock, officers, events, trail);
	}

}
