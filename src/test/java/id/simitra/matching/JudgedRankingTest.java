package id.simitra.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking quality against graded judgments (0 = no use, 1 = marginal, 2 = good, 3 = ideal
 * supplier) on a small North Sumatra fixture: twelve needs, thirty UMKM, with the traps a
 * keyword- or distance-only ranker falls into (a coffee shop for coffee beans, an expired
 * required certificate, a large firm far away against a capable neighbour, synonyms
 * keripik/kripik, singkong/ubi kayu, ulos/tenun, catering/jasa boga, kardus/karton).
 * Prints nDCG@10 and precision@5 per need and on average.
 */
@SimitraTest
class JudgedRankingTest {

	@Autowired
	MatchingService matching;

	@Autowired
	Fixtures fixtures;

	private final Map<String, Long> umkm = new HashMap<>();

	private Long company;

	@BeforeEach
	void setUp() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		company = fixtures.company("PT Penilai Mutu", "12.71");
		LocalDate future = LocalDate.now().plusYears(2);
		LocalDate past = LocalDate.now().minusMonths(2);
		add("Kopi Sangrai Medan", "12.71", "10761", "Biji Kopi Arabika Sangrai", Unit.KG, "2500");
		add("Kopi Arabika Simalungun", "12.08", "10761", "Kopi Arabika Sangrai Sipiso", Unit.KG, "3000");
		add("Kopi Gayo Sidikalang", "12.11", "10761", "Kopi Robusta Bubuk Sidikalang", Unit.KG, "800");
		add("Kopi Mantap Cafe", "12.71", "56101", "Kopi Susu Gula Aren", Unit.PORSI, "6000");
		add("Tani Kopi Lintong", "12.16", "01270", "Kopi Gelondong Merah", Unit.KG, "5000");
		add("Pabrik Kopi Besar Natal", "12.13", "10761", "Biji Kopi Arabika Sangrai", Unit.KG, "20000");
		add("Kripik Ubi Kayu Binjai", "12.75", "10794", "Kripik Ubi Kayu Balado", Unit.KG, "800");
		add("Keripik Singkong Mak Ijah", "12.71", "10794", "Keripik Singkong Pedas", Unit.KG, "600");
		add("Keripik Pisang Deli", "12.07", "10794", "Keripik Pisang Manis", Unit.KG, "700");
		add("Kerupuk Ikan Belawan", "12.71", "10794", "Kerupuk Ikan Tenggiri", Unit.KG, "900");
		add("Tenun Ragi Hotang Tarutung", "12.02", "13122", "Kain Tenun Ragi Hotang", Unit.PCS, "150");
		add("Ulos Samosir", "12.17", "13122", "Ulos Sadum", Unit.PCS, "300");
		add("Konveksi Medan", "12.71", "14111", "Kaos Sablon", Unit.PCS, "5000");
		add("Songket Batubara", "12.19", "13122", "Songket Benang Emas", Unit.PCS, "100");
		add("Ikan Asin Sibolga", "12.73", "10211", "Ikan Asin Jambal", Unit.KG, "2000");
		add("Teri Kering Tanjungbalai", "12.74", "10211", "Ikan Kering Teri Nasi", Unit.KG, "1500");
		add("Ikan Beku Belawan", "12.71", "10213", "Ikan Tongkol Beku", Unit.TON, "5");
		add("Restoran Seafood Sibolga", "12.73", "56101", "Ikan Bakar", Unit.PORSI, "3000");
		add("Jasa Boga Deli", "12.07", "56210", "Nasi Kotak Makan Siang", Unit.PORSI, "4000");
		add("Catering Medan Sehat", "12.71", "56210", "Catering Harian Karyawan", Unit.PORSI, "5000");
		add("Rumah Makan Padang Sederhana", "12.71", "56101", "Nasi Padang Bungkus", Unit.PORSI, "2000");
		add("Roti Bakery Medan", "12.71", "10710", "Roti Manis", Unit.PCS, "8000");
		add("Rental Mobil Medan", "12.71", "77100", "Sewa Mobil Avanza", Unit.HARI, "300");
		add("Transport Binjai", "12.75", "77100", "Rental Mobil dengan Sopir", Unit.HARI, "200");
		add("Ekspedisi Truk Medan", "12.71", "49431", "Angkutan Truk Barang", Unit.HARI, "250");
		add("Pengepul Besi Tua Deli", "12.07", "38301", "Besi Tua Campur", Unit.TON, "20");
		add("Scrap Logam Medan", "12.71", "38301", "Scrap Logam Bersih", Unit.TON, "15");
		add("Bank Sampah Hijau", "12.71", "38302", "Karton Bekas Press", Unit.TON, "10");
		add("Bengkel Las Sinar", "12.71", "25111", "Pagar Besi", Unit.METER, "300");
		add("Tani Sayur Karo", "12.06", "01131", "Kol Kubis Berastagi", Unit.TON, "20");
		fixtures.certificate(umkm.get("Kripik Ubi Kayu Binjai"), "PIRT", future);
		fixtures.certificate(umkm.get("Keripik Singkong Mak Ijah"), "PIRT", past);
		fixtures.certificate(umkm.get("Keripik Pisang Deli"), "PIRT", future);
		fixtures.certificate(umkm.get("Kerupuk Ikan Belawan"), "PIRT", future);
		fixtures.certificate(umkm.get("Kerupuk Ikan Belawan"), "HALAL", future);
		fixtures.certificate(umkm.get("Jasa Boga Deli"), "HALAL", future);
		fixtures.verify(umkm.get("Kopi Sangrai Medan"));
		fixtures.verify(umkm.get("Ulos Samosir"));
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private void add(String name, String regency, String kbli, String product, Unit unit, String capacity) {
		Long id = fixtures.umkm(name, regency, kbli).id();
		fixtures.product(id, product, kbli, unit, capacity);
		umkm.put(name, id);
	}

	private record Judged(String title, Long needId, Map<String, Integer> grades) {
	}

	@Test
	void rankingAgreesWithGradedJudgments() {
		List<Judged> judged = new ArrayList<>();
		judged.add(judge("Biji kopi arabika sangrai", "10761", "2", Unit.TON, "12.71", Map.of(),
				grades("Kopi Sangrai Medan", 3, "Kopi Arabika Simalungun", 3, "Kopi Gayo Sidikalang", 2,
						"Pabrik Kopi Besar Natal", 2, "Tani Kopi Lintong", 1)));
		judged.add(judge("Keripik singkong", "10794", "500", Unit.KG, "12.71", Map.of("PIRT", true),
				grades("Kripik Ubi Kayu Binjai", 3, "Keripik Pisang Deli", 1, "Kerupuk Ikan Belawan", 1)));
		judged.add(judge("Kain ulos untuk suvenir", "13122", "200", Unit.PCS, "12.12", Map.of(),
				grades("Ulos Samosir", 3, "Tenun Ragi Hotang Tarutung", 3, "Songket Batubara", 2)));
		judged.add(judge("Ikan asin", "10211", "1", Unit.TON, "12.73", Map.of(),
				grades("Ikan Asin Sibolga", 3, "Teri Kering Tanjungbalai", 3, "Ikan Beku Belawan", 1)));
		judged.add(judge("Katering makan siang karyawan", "56210", "3000", Unit.PORSI, "12.07", Map.of("HALAL", false),
				grades("Jasa Boga Deli", 3, "Catering Medan Sehat", 2, "Rumah Makan Padang Sederhana", 1)));
		judged.add(judge("Sewa mobil operasional", "77100", "60", Unit.HARI, "12.71", Map.of(),
				grades("Rental Mobil Medan", 3, "Transport Binjai", 3, "Ekspedisi Truk Medan", 1)));
		judged.add(judge("Besi tua dan scrap logam", "38301", "10", Unit.TON, "12.07", Map.of(),
				grades("Pengepul Besi Tua Deli", 3, "Scrap Logam Medan", 3, "Bank Sampah Hijau", 1)));
		judged.add(judge("Kopi robusta bubuk", "10761", "500", Unit.KG, "12.11", Map.of(),
				grades("Kopi Gayo Sidikalang", 3, "Kopi Sangrai Medan", 2, "Kopi Arabika Simalungun", 2,
						"Pabrik Kopi Besar Natal", 1, "Tani Kopi Lintong", 1)));
		judged.add(judge("Kerupuk ikan", "10794", "300", Unit.KG, "12.71", Map.of("HALAL", false),
				grades("Kerupuk Ikan Belawan", 3, "Keripik Pisang Deli", 1, "Kripik Ubi Kayu Binjai", 1,
						"Keripik Singkong Mak Ijah", 1)));
		judged
			.add(judge("Nasi kotak rapat", "56210", "500", Unit.PORSI, "12.71", Map.of(), grades("Catering Medan Sehat",
					3, "Jasa Boga Deli", 3, "Rumah Makan Padang Sederhana", 2, "Roti Bakery Medan", 1)));
		judged.add(judge("Kardus bekas", "38302", "5", Unit.TON, "12.71", Map.of(),
				grades("Bank Sampah Hijau", 3, "Scrap Logam Medan", 1, "Pengepul Besi Tua Deli", 1)));
		judged.add(judge("Sayur kol untuk dapur hotel", "01131", "5", Unit.TON, "12.12", Map.of(),
				grades("Tani Sayur Karo", 3)));

		double ndcgSum = 0;
		double precisionSum = 0;
		StringBuilder report = new StringBuilder("\nnDCG@10 and P@5 on the judged fixture\n");
		for (Judged j : judged) {
			List<String> ranking = ranking(j.needId());
			double ndcg = ndcg(ranking, j.grades(), 10);
			double p5 = precision(ranking, j.grades(), 5);
			ndcgSum += ndcg;
			precisionSum += p5;
			report.append(String.format(Locale.ROOT, "%-34s nDCG@10=%.3f P@5=%.2f  %s%n", j.title(), ndcg, p5,
					ranking.subList(0, Math.min(5, ranking.size()))));
		}
		double meanNdcg = ndcgSum / judged.size();
		double meanP5 = precisionSum / judged.size();
		report.append(String.format(Locale.ROOT, "MEAN nDCG@10=%.3f P@5=%.3f (P@5 over min(5, relevant))%n", meanNdcg,
				meanP5));
		System.out.println(report);

		assertThat(meanNdcg).as(report.toString()).isGreaterThanOrEqualTo(0.9);
		assertThat(meanP5).as(report.toString()).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void trapsDoNotFoolTheRanking() {
		Judged coffee = judge("Biji kopi arabika sangrai", "10761", "2", Unit.TON, "12.71", Map.of(), Map.of());
		List<String> coffeeRanking = ranking(coffee.needId());
		// a coffee shop named "Kopi ..." is not a supplier of coffee beans
		assertThat(coffeeRanking.indexOf("Kopi Mantap Cafe")).satisfiesAnyOf(i -> assertThat(i).isEqualTo(-1),
				i -> assertThat(i).isGreaterThan(coffeeRanking.indexOf("Tani Kopi Lintong")));
		// a capable neighbour is ahead of a giant 350 km away
		assertThat(coffeeRanking.indexOf("Kopi Sangrai Medan"))
			.isLessThan(coffeeRanking.indexOf("Pabrik Kopi Besar Natal"));
		// an expired required permit excludes, however well the name matches
		Judged chips = judge("Keripik singkong", "10794", "500", Unit.KG, "12.71", Map.of("PIRT", true), Map.of());
		assertThat(ranking(chips.needId())).doesNotContain("Keripik Singkong Mak Ijah")
			.startsWith("Kripik Ubi Kayu Binjai");
	}

	private Judged judge(String title, String kbli, String quantity, Unit unit, String regency,
			Map<String, Boolean> certificates, Map<String, Integer> grades) {
		return new Judged(title, fixtures.need(company, title, kbli, quantity, unit, regency, certificates), grades);
	}

	private List<String> ranking(Long needId) {
		Map<Long, String> names = new HashMap<>();
		umkm.forEach((name, id) -> names.put(id, name));
		return matching.rank(needId, 5000).stream().map(c -> names.get(c.umkmId())).filter(n -> n != null).toList();
	}

	private static Map<String, Integer> grades(Object... pairs) {
		Map<String, Integer> grades = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			grades.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return grades;
	}

	static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			dcg += (Math.pow(2, grades.getOrDefault(ranking.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return idcg == 0 ? 1 : dcg / idcg;
	}

	/**
	 * Relevant (grade 2 or 3) among the first k, over min(k, number of relevant): 1.0 is
	 * the best possible.
	 */
	static double precision(List<String> ranking, Map<String, Integer> grades, int k) {
		long relevant = grades.values().stream().filter(g -> g >= 2).count();
		if (relevant == 0) {
			return 1;
		}
		long hits = ranking.stream().limit(k).filter(n -> grades.getOrDefault(n, 0) >= 2).count();
		return (double) hits / Math.min(k, relevant);
	}

}
