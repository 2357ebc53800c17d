package id.simitra.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.i18n.LocaleContextHolder;

import id.simitra.directory.internal.DirectoryQuery;
import id.simitra.directory.internal.DirectoryQuery.Sort;
import id.simitra.directory.internal.DirectoryResult;
import id.simitra.directory.internal.DirectoryService;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;

/**
 * Prints every directory answer (page, totals, facets, widened words) for a fixed, seeded
 * set of filter combinations, one line per query, so that two versions of the search can
 * be compared on the same database with diff: a change that must not change results (a
 * faster plan, another index) prints the same lines. Run like DirectoryBenchmark:
 * {@code ./mvnw -q exec:java -Dexec.mainClass=id.simitra.bench.DirectoryDigest
 * -Dexec.args=400} with SPRING_DATASOURCE_URL set (bench/directory.sh's environment).
 */
public final class DirectoryDigest {

	private static final String[] TEXTS = { "", "", "", "kopi", "keripik singkong", "kripik", "ulos", "ikan asin",
			"sewa mobil", "nasi kotak", "kopi arabika sangrai", "bolu", "tenun", "scrap", "mahoni", "kopi sidikalang",
			"katering halal", "sawit", "minyak", "zzqqxx" };

	private static final String[] REGENCIES = { "12.71", "12.12", "12.15", "12.07", "12.78" };

	private static final String[] KBLI = { "C", "A", "H", "10", "01", "107", "1076", "10761", "13122", "56210", "3",
			"101" };

	private static final List<List<String>> CERTIFICATES = List.of(List.of("HALAL"), List.of("PIRT"),
			List.of("HALAL", "PIRT"), List.of("SNI"), List.of("NPWP"));

	private DirectoryDigest() {
	}

	public static void main(String[] args) {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 400;
		try (var context = BenchSupport.context()) {
			LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("id"));
			DirectoryService directory = context.getBean(DirectoryService.class);
			for (DirectoryQuery query : queries(count)) {
				long start = System.nanoTime();
				DirectoryResult result = directory.search(query);
				double millis = BenchSupport.millis(System.nanoTime() - start);
				System.out.println(query + " => " + result);
				// timings apart, so that two runs' answers compare with diff
				System.err.printf(java.util.Locale.ROOT, "%8.1f ms  %s%n", millis, query);
			}
		}
	}

	static List<DirectoryQuery> queries(int count) {
		Random random = new Random(12);
		List<DirectoryQuery> queries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = TEXTS[random.nextInt(TEXTS.length)];
			String regency = random.nextInt(3) == 0 ? REGENCIES[random.nextInt(REGENCIES.length)] : null;
			String province = regency == null && random.nextInt(3) == 0 ? "12" : null;
			String kbli = random.nextInt(3) == 0 ? KBLI[random.nextInt(KBLI.length)] : null;
			SizeClass size = random.nextInt(4) == 0 ? SizeClass.values()[random.nextInt(SizeClass.values().length)]
					: null;
			List<String> certificates = random.nextInt(4) == 0 ? CERTIFICATES.get(random.nextInt(CERTIFICATES.size()))
					: List.of();
			boolean verified = random.nextInt(4) == 0;
			BigDecimal capacity = null;
			Unit unit = null;
			if (random.nextInt(6) == 0) {
				capacity = new BigDecimal(random.nextBoolean() ? "1000" : "50");
				unit = random.nextBoolean() ? Unit.PORSI : Unit.KG;
			}
			Sort sort = Sort.values()[random.nextInt(Sort.values().length)];
			String near = sort == Sort.DISTANCE ? REGENCIES[random.nextInt(REGENCIES.length)] : null;
			int page = random.nextInt(5) == 0 ? random.nextInt(4) : 0;
			queries.add(new DirectoryQuery(text, province, regency, kbli, size, certificates, verified, capacity, unit,
					sort, near, page));
		}
		return queries;
	}

}
