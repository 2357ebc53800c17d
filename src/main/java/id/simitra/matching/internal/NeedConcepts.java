package id.simitra.matching.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.need.NeedChanged;

/**
 * Keeps matching's index of need concepts ({@code need_match}, V70: the search concepts
 * of each need's title, read by the candidate pool and {@code match_factors}) current.
 * <p>
 * Listens synchronously, inside the transaction that saves the need, not after commit:
 * the ranking of a need just posted must already use its concepts (as it did when a
 * trigger filled them), and the index commits or rolls back with the need. On start it
 * computes the concepts of needs that have none (stored before V70, or written by SQL,
 * like the benchmark's generated data).
 */
@Component
class NeedConcepts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NeedConcepts.class);

	private final JdbcClient jdbc;

	NeedConcepts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void needChanged(NeedChanged event) {
		jdbc.sql("select need_match_refresh(:need, :title)")
			.param("need", event.needId())
			.param("title", event.title())
			.query((rs, i) -> 1)
			.list();
	}

	@Override
	public void run(ApplicationArguments args) {
		int filled = jdbc.sql("""
				select count(need_match_refresh(n.id, n.title)) from need_summary n
				where not exists (select 1 from need_match m where m.need_id = n.id)
				""").query(Integer.class).single();
		if (filled > 0) {
			log.info("Computed the search concepts of {} needs", filled);
		}
	}

}
