package id.simitra.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import id.simitra.reference.RegionService;
import id.simitra.reporting.internal.Dashboard;
import id.simitra.platform.ExportFormat;
import id.simitra.reporting.internal.ExportKind;
import id.simitra.reporting.internal.ExportService;
import id.simitra.reporting.internal.ReportFilter;
import id.simitra.reporting.internal.ReportService;

/**
 * Times the officer dashboard (province and one city, this year) and the exports through
 * the real services, the files written to a byte counter. Run with bench/reports.sh,
 * which also caps the heap so that a province-wide export proves it runs in bounded
 * memory. Argument "migrate" only applies the migrations.
 */
public final class ReportsBenchmark {

	private ReportsBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		try (var context = BenchSupport.context()) {
			if (args.length > 0 && args[0].equals("migrate")) {
				System.out.println("migrated");
				return;
			}
			int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
			Locale locale = Locale.forLanguageTag("id");
			LocaleContextHolder.setLocale(locale);
			RegionService regions = context.getBean(RegionService.class);
			ReportService reports = context.getBean(ReportService.class);
			ExportService exports = context.getBean(ExportService.class);
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
			RegionService.Province sumut = regions.provinces()
				.stream()
				.filter(p -> p.code().equals("12"))
				.findFirst()
				.orElseThrow();
			ReportFilter province = new ReportFilter("12", null, today.withDayOfYear(1), today,
					sumut.regencies().stream().map(RegionService.Regency::code).toList());
			ReportFilter medan = new ReportFilter("12", "12.71", today.withDayOfYear(1), today, List.of("12.71"));
			System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));

			for (ReportFilter f : List.of(province, medan)) {
				reports.dashboard(f);
				List<Double> timings = new ArrayList<>();
				Dashboard d = null;
				for (int i = 0; i < rounds; i++) {
					long start = System.nanoTime();
					d = reports.dashboard(f);
					timings.add(BenchSupport.millis(System.nanoTime() - start));
				}
				System.out.printf("dashboard %-6s %s  registered=%d approved=%d share=%s%% median=%s days%n",
						f.areaCode(), BenchSupport.summary(timings), d.registered(), d.approvedPartnerships(),
						d.sharePercent(), d.medianDays());
			}
			export(exports, ExportKind.PARTNERSHIPS, ExportFormat.CSV, province, locale);
			export(exports, ExportKind.UMKM, ExportFormat.CSV, province, locale);
			export(exports, ExportKind.UMKM, ExportFormat.XLSX, medan, locale);
		}
	}

	private static void export(ExportService exports, ExportKind kind, ExportFormat format, ReportFilter filter,
			Locale locale) throws IOException {
		long countStart = System.nanoTime();
		long expected = exports.count(kind, filter);
		double countMillis = BenchSupport.millis(System.nanoTime() - countStart);
		ByteCounter out = new ByteCounter();
		long start = System.nanoTime();
		long rows = exports.write(kind, format, filter, locale, out);
		double millis = BenchSupport.millis(System.nanoTime() - start);
		System.out.printf(
				"export %-12s %-4s %-6s count %,d in %.0f ms; wrote %,d rows, %,d bytes in %.0f ms (%,.0f rows/s); first byte after %.0f ms; peak heap %d MB%n",
				kind, format, filter.areaCode(), expected, countMillis, rows, out.bytes, millis, rows / (millis / 1000),
				BenchSupport.millis(out.firstByteAt - start), peakHeapMb());
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	/** Discards what it is given, counting it and noting when the first byte came. */
	private static final class ByteCounter extends OutputStream {

		long bytes;

		long firstByteAt;

		@Override
		public void write(int b) {
			count(1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count(len);
		}

		private void count(int n) {
			if (bytes == 0 && n > 0) {
				firstByteAt = System.nanoTime();
			}
			bytes += n;
		}

	}

}
