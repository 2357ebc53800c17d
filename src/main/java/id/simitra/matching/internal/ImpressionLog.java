package id.simitra.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.matching.Candidate;

/**
 * Counts which UMKM companies see in their needs' rankings (fair exposure, issue 15). The
 * ranking page runs in a read-only transaction, possibly on a replica, and must stay
 * cheap (issue 12), so a view only adds to a map in memory; every
 * {@code simitra.matching.impressions-flush} the map is written to
 * {@code match_impression} in one statement, on the primary, and again when the portal
 * stops. Each instance flushes its own counts and the rows add up, so several instances
 * agree. What a crash loses is at most one interval of a statistic, never a decision.
 */
@Component
public class ImpressionLog {

	private record Key(long needId, long umkmId, LocalDate day) {
	}

	private record Seen(int bestRank, int views, boolean withoutPartnership) {

		Seen plus(Seen other) {
			return new Seen(Math.min(bestRank, other.bestRank), views + other.views, other.withoutPartnership);
		}

	}

	private Map<Key, Seen> pending = new HashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	ImpressionLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The ranking of a need as a company saw it, ranks from 1. */
	public void shown(long needId, List<Candidate> ranking) {
		LocalDate day = LocalDate.now(this.clock);
		// Under the lock flush swaps the map with: a view is counted once, never lost
		// between the swap and the write. Twenty map updates: nothing to wait for.
		synchronized (this) {
			for (Candidate c : ranking) {
				// the exposure factor is 1 exactly when the UMKM never had a partnership
				boolean without = c.factors().stream().anyMatch(f -> "exposure".equals(f.key()) && f.fraction() > 0);
				this.pending.merge(new Key(needId, c.umkmId(), day), new Seen(c.rank(), 1, without), Seen::plus);
			}
		}
	}

	/** Writes what was counted since the last time; answers the number of rows. */
	@Scheduled(initialDelayString = "${simitra.matching.impressions-flush}",
			fixedDelayString = "${simitra.matching.impressions-flush}")
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int flush() {
		Map<Key, Seen> taken;
		synchronized (this) {
			taken = this.pending;
			this.pending = new HashMap<>();
		}
		if (taken.isEmpty()) {
			return 0;
		}
		List<Long> needs = new ArrayList<>();
		List<Long> umkm = new ArrayList<>();
		List<String> days = new ArrayList<>();
		List<Integer> ranks = new ArrayList<>();
		List<Integer> views = new ArrayList<>();
		List<Boolean> without = new ArrayList<>();
		taken.forEach((k, s) -> {
			needs.add(k.needId());
			umkm.add(k.umkmId());
			days.add(k.day().toString());
			ranks.add(s.bestRank());
			views.add(s.views());
			without.add(s.withoutPartnership());
		});
		// A need or UMKM deleted since it was shown has nothing left to count.
		return this.jdbc.sql("""
				insert into match_impression (need_id, umkm_id, day, best_rank, views, without_partnership)
				select i.need_id, i.umkm_id, i.day, i.best_rank, i.views, i.without_partnership
				from unnest(?::bigint[], ?::bigint[], ?::text[]::date[], ?::int[], ?::int[], ?::boolean[])
				     as i (need_id, umkm_id, day, best_rank, views, without_partnership)
				where exists (select 1 from need_summary n where n.id = i.need_id)
				  and exists (select 1 from umkm_listing u where u.id = i.umkm_id)
				on conflict (need_id, umkm_id, day) do update
				   set best_rank = least(match_impression.best_rank, excluded.best_rank),
				       views = match_impression.views + excluded.views,
				       without_partnership = excluded.without_partnership
				""")
			.params(needs.toArray(Long[]::new), umkm.toArray(Long[]::new), days.toArray(String[]::new),
					ranks.toArray(Integer[]::new), views.toArray(Integer[]::new), without.toArray(Boolean[]::new))
			.update();
	}

	/**
	 * How evenly the top 10 went round among the UMKM of the regencies matching
	 * {@code regencyPattern} ("12.%" for a province, "%" for all) in the last
	 * {@code days} days up to today.
	 */
	@Transactional(readOnly = true)
	public ExposureFairness fairness(String regencyPattern, int days) {
		LocalDate to = LocalDate.now(this.clock);
		LocalDate from = to.minusDays(days - 1L);
		return this.jdbc.sql("""
				with per_umkm as (
				    select i.umkm_id,
				           count(*) filter (where i.best_rank <= 10) as exposures,
				           count(*) filter (where i.best_rank <= 10 and i.without_partnership) as exposures_without
				    from match_impression i join umkm_listing u on u.id = i.umkm_id
				    where i.day between :from and :to and u.regency_code like :pattern
				    group by i.umkm_id
				), ordered as (
				    select exposures, row_number() over (order by exposures) as rn from per_umkm
				)
				select (select count(*) from per_umkm) as eligible,
				       (select count(*) from per_umkm where exposures > 0) as exposed,
				       (select coalesce(sum(exposures), 0) from per_umkm) as impressions,
				       (select coalesce(sum(exposures_without), 0) from per_umkm) as without_partnership,
				       (select coalesce(sum(rn * exposures), 0) from ordered) as weighted
				""")
			.param("from", from)
			.param("to", to)
			.param("pattern", regencyPattern)
			.query((rs, i) -> new ExposureFairness(from, to, rs.getLong("eligible"), rs.getLong("exposed"),
					rs.getLong("impressions"), rs.getLong("without_partnership"),
					ExposureFairness.gini(rs.getLong("eligible"), rs.getLong("impressions"), rs.getLong("weighted"))))
			.single();
	}

	@PreDestroy
	void flushOnStop() {
		flush();
	}

}
