package id.simitra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;

/**
 * Times the top-20 ranking for a fixed set of needs (one open need per KBLI subclass in
 * the generated data, lowest id first) through the real service, and prints p50/p95/max.
 * Run with bench/ranking.sh.
 */
public final class RankingBenchmark {

	private RankingBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		try (var context = BenchSupport.context()) {
			LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
			MatchingService matching = context.getBean(MatchingService.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<Long> needs = jdbc.sql("""
					select id from (select distinct on (kbli_code) id, kbli_code from need
					                where status = 'OPEN' order by kbli_code, id) x order by id
					""").query(Long.class).list();
			for (Long need : needs) {
				matching.rank(need);
			}
			List<Double> all = new ArrayList<>();
			System.out.printf("%-8s %-50s %s%n", "need", "title", "top-20 timings");
			for (Long need : needs) {
				String title = jdbc
					.sql("select title || ' (' || kbli_code || ', ' || regency_code || ')' from need where id = ?")
					.param(need)
					.query(String.class)
					.single();
				List<Double> timings = new ArrayList<>();
				List<Candidate> last = List.of();
				for (int i = 0; i < rounds; i++) {
					long start = System.nanoTime();
					last = matching.rank(need);
					timings.add(BenchSupport.millis(System.nanoTime() - start));
				}
				all.addAll(timings);
				System.out.printf("%-8d %-50s %s  candidates=%d top=%.1f%n", need,
						title.length() > 50 ? title.substring(0, 50) : title, BenchSupport.summary(timings),
						last.size(), last.isEmpty() ? 0 : last.get(0).score());
			}
			System.out.printf("%-59s %s%n", "ALL", BenchSupport.summary(all));
		}
	}

}
