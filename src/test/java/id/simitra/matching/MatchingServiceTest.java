package id.simitra.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import id.simitra.shared.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking on a small fixture: a need for roasted coffee beans in Kota Medan, 1 ton per month, and six
 * UMKM that each differ from the best one in one factor.
 */
@SimitraTest
class MatchingServiceTest {

	@Autowired
	MatchingService matching;

	@Autowired
	Fixtures fixtures;

	Long best;

	Long far;

	Long sameClassOnly;

	Long smallCapacity;

	Long sameDivisionOnly;

	Long textOnly;

	Long unrelated;

	final NeedCriteria need = new NeedCriteria("Biji kopi arabika sangrai", "10761", new BigDecimal("1"), Unit.TON,
			"12.71");

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@BeforeEach
	void fixture() {
		// Explanations are written in the reader's language; outside a request that is set here.
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		best = fixtures.umkm("Kopi Medan Jaya", "12.71", "10761").id();
		fixtures.product(best, "Biji Kopi Arabika Sangrai", "10761", Unit.KG, "1200");
		far = fixtures.umkm("Kopi Mandailing Jauh", "12.13", "10761").id();
		fixtures.product(far, "Biji Kopi Arabika Sangrai Mandailing", "10761", Unit.KG, "1200");
		sameClassOnly = fixtures.umkm("Teh Herbal Medan", "12.71", "10762").id();
		fixtures.product(sameClassOnly, "Teh Herbal Sangrai", "10762", Unit.KG, "1200");
		smallCapacity = fixtures.umkm("Kopi Kecil Medan", "12.71", "10761").id();
		fixtures.product(smallCapacity, "Biji Kopi Arabika Sangrai", "10761", Unit.KG, "100");
		sameDivisionOnly = fixtures.umkm("Roti Medan", "12.71", "10710").id();
		fixtures.product(sameDivisionOnly, "Roti Manis", "10710", Unit.PCS, "5000");
		textOnly = fixtures.umkm("Warung Kopi Susu", "12.71", "56102").id();
		fixtures.product(textOnly, "Kopi Susu Gula Aren", "56102", Unit.PCS, "3000");
		unrelated = fixtures.umkm("Bengkel Las Medan", "12.71", "25111").id();
		fixtures.product(unrelated, "Pagar Besi", "25111", Unit.METER, "300");
	}

	@Test
	void sameSubclassNearbyWithEnoughCapacityOutranksTheRest() {
		List<Long> order = fixtureOrder();
		assertThat(order.get(0)).isEqualTo(best);
		assertThat(order.indexOf(best)).isLessThan(order.indexOf(far));
		assertThat(order.indexOf(best)).isLessThan(order.indexOf(smallCapacity));
		assertThat(order.indexOf(best)).isLessThan(order.indexOf(sameClassOnly));
		assertThat(order.indexOf(sameClassOnly)).isLessThan(order.indexOf(sameDivisionOnly));
	}

	@Test
	void unrelatedBusinessIsNotACandidate() {
		assertThat(fixtureOrder()).doesNotContain(unrelated).contains(textOnly);
	}

	@Test
	void explanationNamesEachFactor() {
		Candidate top = candidate(best);
		assertThat(top.factors()).extracting(Candidate.Factor::explanation)
			.containsExactly("Kelompok KBLI sama persis (10761)", "Di kabupaten/kota yang sama (Kota Medan)",
					"Kapasitas mencukupi seluruh kebutuhan (120 %)",
					"Produk \"Biji Kopi Arabika Sangrai\" cocok dengan 4 dari 4 kata kunci");
		assertThat(top.score()).isEqualTo(100.0);

		assertThat(candidate(far).factors().get(1).explanation()).matches("± \\d+ km dari lokasi kebutuhan; UMKM di Kabupaten Mandailing Natal");
		assertThat(candidate(smallCapacity).factors().get(2).explanation()).isEqualTo("Kapasitas 10 % dari kebutuhan per bulan");
		assertThat(candidate(sameClassOnly).factors().get(0).explanation()).isEqualTo("Subgolongan KBLI sama (1076)");
		assertThat(candidate(sameDivisionOnly).factors().get(2).explanation())
			.isEqualTo("Belum ada data kapasitas produk yang relevan");
	}

	@Test
	void stemmingMatchesInflectedWordsAndDropsStopWords() {
		assertThat(matching.stems("Keripiknya untuk minimarket")).isEqualTo(matching.stems("keripik minimarket"))
			.hasSize(2);
	}

	private List<Long> fixtureOrder() {
		Set<Long> ours = Set.of(best, far, sameClassOnly, smallCapacity, sameDivisionOnly, textOnly, unrelated);
		return matching.rank(need, 5000).stream().map(Candidate::umkmId).filter(ours::contains).toList();
	}

	private Candidate candidate(Long umkmId) {
		return matching.rank(need, 5000).stream().filter(c -> c.umkmId().equals(umkmId)).findFirst().orElseThrow();
	}

}
