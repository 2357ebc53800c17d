package id.simitra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.matching.internal.FitNeed;
import id.simitra.matching.internal.WhyNot;
import id.simitra.platform.Formats;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each factor's effect on a small fixture: a need for roasted coffee beans in Kota Medan,
 * 1 ton per month, and UMKM that each differ from the best one in one respect.
 */
@SimitraTest
class MatchingServiceTest {

	@Autowired
	MatchingService matching;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	// "Today" as the portal counts expiry (WIB): the JVM's zone would be a day behind
	// between 17:00 and 24:00 UTC.
	@Autowired
	Clock clock;

	static final Locale ID = Locale.forLanguageTag("id");

	Long company;

	@BeforeEach
	void setUp() {
		// Explanations are written in the reader's language; outside a request it is set
		// here.
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		company = fixtures.company("PT Uji Kopi", "12.71");
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private Long coffee(String name, String regency, String kbli, String product, Unit unit, String capacity) {
		Long id = fixtures.umkm(name, regency, kbli).id();
		fixtures.product(id, product, kbli, unit, capacity);
		return id;
	}

	@Test
	void sameSubclassNearbyWithEnoughCapacityOutranksTheRest() {
		Long best = coffee("Kopi Medan Jaya", "12.71", "10761", "Biji Kopi Arabika Sangrai", Unit.KG, "1200");
		Long far = coffee("Kopi Mandailing Jauh", "12.13", "10761", "Biji Kopi Arabika Sangrai", Unit.KG, "1200");
		Long sameClassOnly = coffee("Teh Herbal Medan", "12.71", "10762", "Teh Herbal Sangrai", Unit.KG, "1200");
		Long small = coffee("Kopi Kecil Medan", "12.71", "10761", "Biji Kopi Arabika Sangrai", Unit.KG, "100");
		Long unrelated = coffee("Bengkel Las Medan", "12.71", "25111", "Pagar Besi", Unit.METER, "300");
		Long need = fixtures.need(company, "Biji kopi arabika sangrai", "10761", "1", Unit.TON, "12.71", Map.of());

		List<Long> order = order(need, best, far, sameClassOnly, small, unrelated);
		assertThat(order.get(0)).isEqualTo(best);
		assertThat(order).containsSubsequence(best, far)
			.containsSubsequence(best, small)
			.containsSubsequence(best, sameClassOnly)
			.doesNotContain(unrelated);

		Candidate top = candidate(need, best);
		assertThat(top.factors()).extracting(Candidate.Factor::explanation)
			.startsWith("Sama kelompok KBLI 10761", "Di kabupaten/kota yang sama (Kota Medan)",
					"Mampu memasok seluruh kebutuhan (kapasitas 120 %)", "Kebutuhan ini tidak meminta sertifikat",
					"Produk \"Biji Kopi Arabika Sangrai\" cocok dengan 4 dari 4 kata kunci");
		assertThat(top.score()).isEqualTo(matching.weights().total() - matching.weights().weightVerified()
				- matching.weights().weightTrackRecord());
		assertThat(candidate(need, far).factors().get(1).explanation())
			.matches("± \\d+ km, (jauh|sangat jauh) \\(Kabupaten Mandailing Natal\\)");
		assertThat(candidate(need, small).factors().get(2).explanation())
			.isEqualTo("Kapasitas 10 % dari kebutuhan per bulan");
		assertThat(candidate(need, sameClassOnly).factors().get(0).explanation())
			.isEqualTo("Sama subgolongan KBLI 1076");
	}

	@Test
	void unitsOfAnotherKindAreNotCompared() {
		Long cafe = coffee("Warung Kopi Susu", "12.71", "10761", "Kopi Susu Gelas", Unit.PORSI, "3000");
		Long need = fixtures.need(company, "Kopi bubuk", "10761", "500", Unit.KG, "12.71", Map.of());
		Candidate c = matching.explain(need, cafe).candidate();
		assertThat(c.factors().get(2).fraction()).isZero();
		assertThat(c.factors().get(2).explanation()).contains("tidak sebanding");
	}

	@Test
	void requiredCertificateExcludesAndExpiresTheDayAfter() {
		Long valid = coffee("Keripik Halal Sampai Hari Ini", "12.71", "10794", "Keripik Singkong", Unit.KG, "500");
		Long expired = coffee("Keripik Halal Kemarin", "12.71", "10794", "Keripik Singkong", Unit.KG, "500");
		Long none = coffee("Keripik Tanpa Halal", "12.71", "10794", "Keripik Singkong", Unit.KG, "500");
		LocalDate today = LocalDate.now(clock);
		fixtures.certificate(valid, "HALAL", today);
		fixtures.certificate(expired, "HALAL", today.minusDays(1));
		Long need = fixtures.need(company, "Keripik singkong", "10794", "300", Unit.KG, "12.71", Map.of("HALAL", true));

		assertThat(order(need, valid, expired, none)).containsExactly(valid);
		// Valid today but not at the need's deadline: the full date, and a warning.
		LocalDate deadline = jdbc.sql("select deadline from need where id = ?")
			.param(need)
			.query(LocalDate.class)
			.single();
		assertThat(candidate(need, valid).factors().get(3).explanation()).contains("HALAL berlaku s.d. "
				+ Formats.date(today, ID) + ": habis sebelum tenggat kebutuhan (" + Formats.date(deadline, ID) + ")");
		WhyNot why = matching.explain(need, expired);
		assertThat(why.candidate().excludedBy()).containsExactly("HALAL");
		assertThat(why.candidate().factors().get(3).explanation()).contains("HALAL sudah kedaluwarsa");
		assertThat(matching.explain(need, none).candidate().factors().get(3).explanation())
			.contains("HALAL wajib tetapi tidak ada");
	}

	@Test
	void certificateDatesAreWrittenInFullAndWarnBeforeTheDeadline() {
		Long lasting = coffee("Keripik Halal Lama", "12.71", "10794", "Keripik Singkong", Unit.KG, "500");
		Long ending = coffee("Keripik Halal Segera Habis", "12.71", "10794", "Keripik Singkong", Unit.KG, "500");
		LocalDate today = LocalDate.now(clock);
		fixtures.certificate(lasting, "HALAL", today.plusYears(1));
		fixtures.certificate(ending, "HALAL", today.plusDays(3));
		Long need = fixtures.need(company, "Keripik singkong", "10794", "300", Unit.KG, "12.71", Map.of("HALAL", true));

		assertThat(candidate(need, lasting).factors().get(3).explanation())
			.isEqualTo("HALAL berlaku s.d. " + Formats.date(today.plusYears(1), ID))
			.doesNotContain("tenggat");
		assertThat(candidate(need, ending).factors().get(3).explanation())
			.startsWith("HALAL berlaku s.d. " + Formats.date(today.plusDays(3), ID) + ": habis sebelum tenggat");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(candidate(need, ending).factors().get(3).explanation()).startsWith("HALAL valid until "
				+ Formats.date(today.plusDays(3), Locale.ENGLISH) + ": expires before the need's deadline (");
	}

	@Test
	void whyNotBlamesNearerCandidatesOnlyWhenThePoolWasFull() {
		// Kota Ternate and toys (KBLI 32401), which no other test uses: a pool with room
		Long ternate = fixtures.company("PT Mainan Ternate", "82.71");
		Long toys = coffee("Mainan Kayu Ternate", "82.71", "32401", "Mainan Kayu Edukatif", Unit.PCS, "500");
		Long welder = coffee("Bengkel Las Ternate", "82.71", "25111", "Pagar Besi", Unit.METER, "300");
		Long need = fixtures.need(ternate, "Mainan kayu edukatif", "32401", "200", Unit.PCS, "82.71", Map.of());

		WhyNot why = matching.explain(need, welder);
		assertThat(why.inPool()).isFalse();
		assertThat(why.crowded()).as("a handful of candidates: nobody was left out for being farther").isFalse();
		assertThat(matching.explain(need, toys).inPool()).isTrue();
	}

	@Test
	void preferredCertificateAddsPointsOnly() {
		Long halal = coffee("Keripik Halal", "12.71", "10794", "Keripik Pisang", Unit.KG, "500");
		Long plain = coffee("Keripik Biasa", "12.71", "10794", "Keripik Pisang", Unit.KG, "500");
		fixtures.certificate(halal, "HALAL", LocalDate.now().plusYears(2));
		Long need = fixtures.need(company, "Keripik pisang", "10794", "300", Unit.KG, "12.71", Map.of("HALAL", false));
		assertThat(order(need, halal, plain)).containsExactly(halal, plain);
		assertThat(candidate(need, halal).score() - candidate(need, plain).score())
			.isEqualTo(matching.weights().weightCertificates());
	}

	@Test
	void fairExposureIsASmallCappedBoostForUmkmWithoutPartnerships() {
		Long newcomer = coffee("Pendatang Baru", "12.71", "10794", "Kerupuk Ikan", Unit.KG, "500");
		Long regular = coffee("Langganan Lama", "12.71", "10794", "Kerupuk Ikan", Unit.KG, "500");
		Long otherNeed = fixtures.need(company, "Kerupuk lama", "10794", "100", Unit.KG, "12.71", Map.of());
		jdbc.sql(
				"""
						insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
						                         end_date, no_control_declared, status, regency_code)
						values (?, ?, ?, 'RANTAI_PASOK', 'Kerupuk', 1000000, current_date, current_date + 30, true, 'COMPLETED', '12.71')
						""")
			.params(otherNeed, company, regular)
			.update();
		Long need = fixtures.need(company, "Kerupuk ikan", "10794", "300", Unit.KG, "12.71", Map.of());
		Candidate a = candidate(need, newcomer);
		Candidate b = candidate(need, regular);
		assertThat(a.factors().get(7).points()).isEqualTo(matching.weights().weightExposure());
		assertThat(b.factors().get(7).points()).isZero();
		// the boost never outweighs a completed partnership's track record by more than
		// its cap
		assertThat(a.score() - b.score()).isLessThanOrEqualTo(matching.weights().weightExposure());
		assertThat(a.factors().get(7).explanation()).startsWith("Belum pernah bermitra");
		assertThat(a.score()).isLessThanOrEqualTo(100.0);
	}

	@Test
	void synonymsAndSpellingVariantsMatch() {
		Long kripik = coffee("Usaha Ubi Kayu", "12.07", "10794", "Kripik Ubi Kayu Pedas", Unit.KG, "500");
		Long ulos = coffee("Tenun Tarutung", "12.02", "13122", "Kain Tenun Sadum", Unit.PCS, "100");
		Long chips = fixtures.need(company, "Keripik singkong", "10794", "300", Unit.KG, "12.71", Map.of());
		Long cloth = fixtures.need(company, "Ulos untuk suvenir", "13122", "50", Unit.PCS, "12.71", Map.of());
		assertThat(candidate(chips, kripik).factors().get(4).explanation()).contains("2 dari 2");
		assertThat(candidate(cloth, ulos).factors().get(4).explanation()).contains("1 dari 2");
	}

	@Test
	void umkmSeesTheNeedsThatFitAndWhatToImprove() {
		Long umkm = coffee("Keripik Serba Ada", "12.71", "10794", "Keripik Singkong", Unit.KG, "500");
		Long open = fixtures.need(company, "Keripik singkong balado", "10794", "300", Unit.KG, "12.71", Map.of());
		Long halalOnly = fixtures.need(company, "Keripik singkong halal", "10794", "300", Unit.KG, "12.71",
				Map.of("HALAL", true));
		List<FitNeed> needs = matching.needsFor(umkm, 50);
		assertThat(needs).extracting(FitNeed::needId).contains(open, halalOnly);
		FitNeed blocked = needs.stream().filter(n -> n.needId().equals(halalOnly)).findFirst().orElseThrow();
		assertThat(blocked.candidate().excludedBy()).containsExactly("HALAL");
		assertThat(matching.improvements(needs, false)).extracting(Improvement::text)
			.anyMatch(t -> t.startsWith(
					"Dengan sertifikat HALAL yang berlaku dan terverifikasi petugas, Anda memenuhi syarat untuk"));
	}

	private List<Long> order(Long need, Long... ours) {
		Set<Long> set = Set.of(ours);
		return matching.rank(need, 5000).stream().map(Candidate::umkmId).filter(set::contains).toList();
	}

	private Candidate candidate(Long need, Long umkm) {
		return matching.explain(need, umkm).candidate();
	}

}
