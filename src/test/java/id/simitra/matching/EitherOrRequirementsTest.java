package id.simitra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.matching.internal.FitNeed;
import id.simitra.need.CertificateRequirements;
import id.simitra.need.NeedService;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: a need's required certificates in groups of alternatives. Packaged chips for
 * a retail chain need halal and (P-IRT or BPOM): the pool, the factors, the "why not",
 * the UMKM's how-to-improve and its offer-form warning all read the groups.
 */
@SimitraTest
class EitherOrRequirementsTest {

	static final CertificateRequirements HALAL_AND_FOOD_PERMIT = new CertificateRequirements(
			List.of(List.of("HALAL"), List.of("PIRT", "BPOM")), List.of());

	@Autowired
	MatchingService matching;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	Long company;

	LocalDate today;

	@BeforeEach
	void setUp() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		company = fixtures.company("PT Ritel Uji", "12.71");
		today = LocalDate.now(clock);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void eitherAlternativeMeetsItsGroupAndEveryGroupIsNeeded() {
		Long withPirt = chips("Keripik Halal PIRT");
		Long withBpom = chips("Keripik Halal BPOM");
		Long halalOnly = chips("Keripik Halal Saja");
		Long permitOnly = chips("Keripik PIRT Saja");
		for (Long u : List.of(withPirt, withBpom, halalOnly)) {
			fixtures.certificate(u, "HALAL", null);
		}
		fixtures.certificate(withPirt, "PIRT", today.plusYears(2));
		fixtures.certificate(withBpom, "BPOM", today.plusYears(2));
		fixtures.certificate(halalOnly, "PIRT", today.minusDays(1));
		fixtures.certificate(permitOnly, "PIRT", today.plusYears(2));
		Long need = fixtures.need(company, "Keripik singkong kemasan", "10794", "300", Unit.BUNGKUS, "12.71",
				HALAL_AND_FOOD_PERMIT);

		// the pool (one SQL predicate) and the factors agree
		List<Long> ranked = matching.rank(need, 200).stream().map(Candidate::umkmId).toList();
		assertThat(ranked).contains(withPirt, withBpom).doesNotContain(halalOnly, permitOnly);
		Map<Long, Candidate> scores = matching.scoreFor(need, List.of(withPirt, withBpom, halalOnly, permitOnly));
		assertThat(scores.get(withPirt).excluded()).isFalse();
		assertThat(scores.get(withBpom).excluded()).isFalse();
		assertThat(scores.get(withBpom).factors().get(3).fraction()).isEqualTo(1.0);

		// halal held, neither food permit counts: one unmet group, both alternatives
		// named
		Candidate c = scores.get(halalOnly);
		assertThat(c.requiredGaps())
			.containsExactly(new RequirementGap(List.of(new CertificateGap("BPOM", CertificateGap.Kind.MISSING),
					new CertificateGap("PIRT", CertificateGap.Kind.EXPIRED))));
		assertThat(c.excludedBy()).containsExactly("BPOM / PIRT");
		assertThat(c.factors().get(3).explanation())
			.startsWith("Sertifikat wajib belum terpenuhi, jadi belum ada poin sertifikat")
			.contains("wajib salah satu: BPOM tidak ada atau PIRT sudah kedaluwarsa");
		assertThat(matching.explain(need, halalOnly).candidate().excludedBy()).containsExactly("BPOM / PIRT");

		// a food permit alone: the halal group is unmet, said as before
		assertThat(scores.get(permitOnly).excludedBy()).containsExactly("HALAL");
		assertThat(scores.get(permitOnly).factors().get(3).explanation()).contains("HALAL wajib tetapi tidak ada");

		// a submitted BPOM does not meet the group either: pending
		jdbc.sql("""
				insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status)
				values (?, 'BPOM', 'MD224512001234', ?, ?, 'Badan POM', 'SUBMITTED')
				""").params(halalOnly, today.minusYears(1), today.plusYears(2)).update();
		assertThat(matching.requiredGaps(need, halalOnly))
			.containsExactly(new RequirementGap(List.of(new CertificateGap("BPOM", CertificateGap.Kind.PENDING),
					new CertificateGap("PIRT", CertificateGap.Kind.EXPIRED))));
	}

	@Test
	void theUmkmIsToldThatAnyOneOfTheAlternativesWouldDoAndTheOfferFormWarnsSo() throws Exception {
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		// a request resets the reader's language: set again for the service calls
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		Long umkm = fixtures.umkmOwnedBy(accountId(owner), "Keripik Tanpa Izin Pangan", "12.71", "10794").id();
		fixtures.product(umkm, "Keripik Singkong Balado", "10794", Unit.BUNGKUS, "5000");
		fixtures.certificate(umkm, "HALAL", null);
		Long need = fixtures.need(company, "Keripik singkong balado", "10794", "3000", Unit.PCS, "12.71",
				HALAL_AND_FOOD_PERMIT);

		List<FitNeed> fitting = matching.needsFor(umkm, 50);
		FitNeed blocked = fitting.stream().filter(f -> f.needId().equals(need)).findFirst().orElseThrow();
		assertThat(blocked.candidate().excludedBy()).containsExactly("BPOM / PIRT");
		// bungkus and pcs are both counted items: the capacity compares
		assertThat(blocked.candidate().factors().get(2).fraction()).isEqualTo(1.0);
		// (over this need only: the shared test database holds other tests' needs too)
		assertThat(matching.improvements(List.of(blocked), false)).extracting(Improvement::text)
			.contains("Dengan salah satu sertifikat BPOM / PIRT yang berlaku dan terverifikasi petugas, "
					+ "Anda memenuhi syarat untuk 1 kebutuhan lagi.");

		String form = mvc.perform(get("/umkm/kebutuhan/{id}/penawaran", need).session(owner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("<[^>]+>", "");
		assertThat(form).contains("Sertifikat wajib yang belum terpenuhi",
				"Izin edar BPOM (MD/ML): belum ada atau Sertifikat P-IRT: belum ada", "Penawaran tetap dapat dikirim");
	}

	@Test
	void theNeedFormTakesGroupsAndShowsThemAgain() throws Exception {
		Long account = fixtures.account(Role.COMPANY);
		companies.saveProfile(account, new CompanyProfile("PT Ritel Formulir", null, "Ritel", "12.71", null), null);
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmailOf(account), WebSession.PASSWORD);
		String url = mvc
			.perform(post("/perusahaan/kebutuhan/baru").session(session)
				.with(csrf())
				.param("title", "Keripik pisang kemasan")
				.param("description", "Untuk rak swalayan")
				.param("kbli", "10794")
				.param("quantity", "2000")
				.param("unit", "BUNGKUS")
				.param("regencyCode", "12.71")
				.param("deadline", today.plusDays(30).toString())
				.param("pattern", "PERDAGANGAN_UMUM")
				// group 3 chosen without a group 2: numbers only order the groups
				.param("certificates", "HALAL:W1", "PIRT:W3", "BPOM:W3", "SNI:P", "", "NIB:X9", "ISO9001:W99"))
			.andExpect(redirectedUrlPattern("/perusahaan/kebutuhan/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long needId = Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
		assertThat(needs.get(needId).certificates())
			.isEqualTo(new CertificateRequirements(List.of(List.of("HALAL"), List.of("BPOM", "PIRT")), List.of("SNI")));
		assertThat(jdbc.sql("""
				select string_agg(type_code || ':' || coalesce(requirement_group::text, '-'), ',' order by type_code)
				from need_requirement where need_id = ?
				""").param(needId).query(String.class).single()).isEqualTo("BPOM:2,HALAL:1,PIRT:2,SNI:-");

		String edit = mvc.perform(get("/perusahaan/kebutuhan/{id}/ubah", needId).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(edit).contains("<option value=\"HALAL:W1\" selected=\"selected\"",
				"<option value=\"PIRT:W2\" selected=\"selected\"", "<option value=\"BPOM:W2\" selected=\"selected\"",
				"<option value=\"SNI:P\" selected=\"selected\"");
		mvc.perform(get("/perusahaan/kebutuhan/{id}", needId).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib: HALAL dan (BPOM atau PIRT).")));
	}

	private Long chips(String name) {
		Long id = fixtures.umkm(name, "12.71", "10794").id();
		fixtures.product(id, "Keripik Singkong Kemasan", "10794", Unit.BUNGKUS, "500");
		return id;
	}

	private Long accountId(MockHttpSession session) {
		return ((id.simitra.account.SimitraUser) ((org.springframework.security.core.context.SecurityContext) session
			.getAttribute("SPRING_SECURITY_CONTEXT")).getAuthentication().getPrincipal()).accountId();
	}

}
