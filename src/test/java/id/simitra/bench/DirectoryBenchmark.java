package id.simitra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.directory.internal.DirectoryQuery;
import id.simitra.directory.internal.DirectoryQuery.Sort;
import id.simitra.directory.internal.DirectoryResult;
import id.simitra.directory.internal.DirectoryService;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;

/**
 * Times a fixed set of directory searches through the real service (server side: SQL plus
 * mapping, no HTTP) and prints p50/p95/max per query and overall. Run with
 * bench/directory.sh. Argument "migrate" only applies the migrations and exits.
 */
public final class DirectoryBenchmark {

	private DirectoryBenchmark() {
	}

	public static void main(String[] args) {
		try (var context = BenchSupport.context()) {
			if (args.length > 0 && args[0].equals("migrate")) {
				System.out.println("migrated");
				return;
			}
			int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
			LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("id"));
			DirectoryService directory = context.getBean(DirectoryService.class);
			Map<String, DirectoryQuery> queries = new LinkedHashMap<>();
			queries.put("kopi", q("kopi", null, null, null, null, List.of(), false, null, null, null, null));
			queries.put("keripik singkong",
					q("keripik singkong", null, null, null, null, List.of(), false, null, null, null, null));
			queries.put("kripik (typo)", q("kripik", null, null, null, null, List.of(), false, null, null, null, null));
			queries.put("ulos in Toba", q("ulos", null, "12.12", null, null, List.of(), false, null, null, null, null));
			queries.put("Kota Medan newest",
					q("", null, "12.71", null, null, List.of(), false, null, null, Sort.NEWEST, null));
			queries.put("KBLI 10 + kecil",
					q("", null, null, "10", SizeClass.KECIL, List.of(), false, null, null, null, null));
			queries.put("ikan asin + halal",
					q("ikan asin", null, null, null, null, List.of("HALAL"), false, null, null, null, null));
			queries.put("verified in Sumut", q("", "12", null, null, null, List.of(), true, null, null, null, null));
			queries.put("sewa mobil nearest Medan",
					q("sewa mobil", null, null, null, null, List.of(), false, null, null, Sort.DISTANCE, "12.71"));
			queries.put("nasi kotak >= 1000 porsi", q("nasi kotak", null, null, null, null, List.of(), false,
					new BigDecimal("1000"), Unit.PORSI, null, null));
			queries.put("browse all", q("", null, null, null, null, List.of(), false, null, null, null, null));
			queries.put("kopi arabika sangrai 10761 verified",
					q("kopi arabika sangrai", null, null, "10761", null, List.of(), true, null, null, null, null));
			queries.put("page 10 of kopi",
					new DirectoryQuery("kopi", null, null, null, null, List.of(), false, null, null, null, null, 9));

			for (var entry : queries.entrySet()) {
				for (int i = 0; i < 3; i++) {
					directory.search(entry.getValue());
				}
			}
			List<Double> all = new ArrayList<>();
			// CPU time per search, which load on the machine does not inflate: the JVM's
			// (this thread) and PostgreSQL's (the pool's backends, when on this machine)
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			List<Long> backends = BenchSupport.backends(context.getBean(JdbcClient.class));
			System.out.printf("%-40s %s%n", "query", "timings (server side, " + rounds + " rounds)");
			for (var entry : queries.entrySet()) {
				List<Double> timings = new ArrayList<>();
				DirectoryResult last = null;
				long jvmCpu = threads.getCurrentThreadCpuTime();
				long dbCpu = BenchSupport.cpuNanos(backends);
				for (int i = 0; i < rounds; i++) {
					long start = System.nanoTime();
					last = directory.search(entry.getValue());
					timings.add(BenchSupport.millis(System.nanoTime() - start));
				}
				jvmCpu = threads.getCurrentThreadCpuTime() - jvmCpu;
				long dbCpuAfter = BenchSupport.cpuNanos(backends);
				String cpu = String.format(Locale.ROOT, " cpu/search: jvm %.1f ms",
						BenchSupport.millis(jvmCpu) / rounds)
						+ (dbCpu < 0 || dbCpuAfter < 0 ? "" : String.format(Locale.ROOT, ", db %.1f ms",
								BenchSupport.millis(dbCpuAfter - dbCpu) / rounds));
				all.addAll(timings);
				System.out.printf("%-40s %s  results=%s%s %s%n", entry.getKey(), BenchSupport.summary(timings),
						last.page().totalItems(), last.totalCapped() ? "+" : "", cpu);
			}
			System.out.printf("%-40s %s%n", "ALL", BenchSupport.summary(all));
		}
	}

	private static DirectoryQuery q(String text, String province, String regency, String kbli, SizeClass size,
			List<String> certificates, boolean verified, BigDecimal capacity, Unit unit, Sort sort, String near) {
		return new DirectoryQuery(text, province, regency, kbli, size, certificates, verified, capacity, unit, sort,
				near, 0);
	}

}
