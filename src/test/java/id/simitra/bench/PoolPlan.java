package id.simitra.bench;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.matching.MatchingService;

/**
 * Prints EXPLAIN ANALYZE of the matching candidate pool query for one need
 * (bench/ranking.sh).
 */
public final class PoolPlan {

	private PoolPlan() {
	}

	public static void main(String[] args) {
		try (var context = BenchSupport.context()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("explain (analyze) " + MatchingService.poolSql())
				.param("need", Long.valueOf(args[0]))
				.param("per", 100)
				.param("prefix", 4)
				.param("today", LocalDate.now())
				.query(String.class)
				.list()
				.forEach(System.out::println);
		}
	}

}
