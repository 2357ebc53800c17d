package id.simitra.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.kbli.KbliService;
import id.simitra.region.RegionService;
import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.SizeClass;

import static id.simitra.reporting.ReportSql.APPROVED_IN_FORCE;
import static id.simitra.reporting.ReportSql.APPROVED_STATUSES;
import static id.simitra.reporting.ReportSql.DECISION_STATUSES;
import static id.simitra.reporting.ReportSql.REGISTERED_UMKM;

/**
 * The officer dashboard: counts computed in PostgreSQL with a handful of grouped queries, never by loading
 * rows. Two kinds of figures, each defined once in {@link ReportSql}:
 * <ul>
 * <li>stock figures (UMKM, approved partnerships, value): what exists in the area by the end of the period,
 * partnerships counted when they are in force during the period;</li>
 * <li>flow figures (the funnel and the decision time): what was posted or proposed during the period,
 * followed to where it is today.</li>
 * </ul>
 */
@Service
public class ReportService {

	/** Partnerships of the area's UMKM proposed during the period (see {@link ReportSql#PROPOSED_AT}). */
	private static final String COHORT = """
			select p.id, p.status, fp.at as proposed_event_at
			from partnership p
			join umkm u on u.id = p.umkm_id
			left join lateral (select min(e.occurred_at) as at from partnership_event e
			                   where e.partnership_id = p.id and e.to_status = 'PROPOSED') fp on true
			where u.regency_code = any(:regencies) and p.status <> 'DRAFT' and p.created_at < :end
			  and coalesce(fp.at, p.created_at) >= :start and coalesce(fp.at, p.created_at) < :end
			""";

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final KbliService kbli;

	ReportService(JdbcClient jdbc, RegionService regions, KbliService kbli) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.kbli = kbli;
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(ReportFilter filter) {
		Map<String, Object> params = ReportSql.params(filter);

		Map<String, long[]> umkm = new HashMap<>();
		jdbc.sql("""
				select u.size_class, count(*) as registered,
				       count(*) filter (where u.created_at >= :start) as new_in_period,
				       count(*) filter (where u.verified_at < :end) as verified
				from umkm u
				where %s
				group by u.size_class
				""".formatted(REGISTERED_UMKM))
			.params(params)
			.query(rs -> {
				umkm.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		long registered = umkm.values().stream().mapToLong(v -> v[0]).sum();
		long newInPeriod = umkm.values().stream().mapToLong(v -> v[1]).sum();
		long verified = umkm.values().stream().mapToLong(v -> v[2]).sum();
		List<BarChart.Bar> sizes = new ArrayList<>();
		for (SizeClass c : SizeClass.values()) {
			sizes.add(BarChart.Bar.keyed(c.messageKey(), umkm.getOrDefault(c.name(), new long[3])[0]));
		}

		String approved = "from partnership p join umkm u on u.id = p.umkm_id where " + APPROVED_IN_FORCE;
		long[] summary = jdbc.sql("select count(*), count(distinct p.umkm_id), coalesce(sum(p.estimated_value), 0) " + approved)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		BigDecimal share = registered == 0 ? null
				: BigDecimal.valueOf(summary[1] * 100).divide(BigDecimal.valueOf(registered), 1, RoundingMode.HALF_UP);

		Map<String, Long> patternCounts = counts("select p.pattern, count(*) " + approved + " group by p.pattern", params);
		List<BarChart.Bar> patterns = new ArrayList<>();
		for (PartnershipPattern p : PartnershipPattern.values()) {
			patterns.add(BarChart.Bar.keyed(p.messageKey(), patternCounts.getOrDefault(p.name(), 0L)));
		}

		// A partnership counts once in each section its UMKM is registered in, so sections can add up to more
		// than the number of partnerships.
		Map<String, Long> sectionCounts = counts("""
				select k.section, count(distinct p.id)
				from partnership p
				join umkm u on u.id = p.umkm_id
				join umkm_kbli uk on uk.umkm_id = u.id
				join kbli k on k.version = uk.kbli_version and k.code = uk.kbli_code
				where %s
				group by k.section
				""".formatted(APPROVED_IN_FORCE), params);
		List<BarChart.Bar> sections = sectionCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> BarChart.Bar.labelled(e.getKey() + " — " + kbli.title(e.getKey()), e.getValue()))
			.toList();

		Map<String, Long> regencyCounts = counts("select u.regency_code, count(*) " + approved + " group by u.regency_code",
				params);
		List<BarChart.Bar> regencyBars = regencyCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> BarChart.Bar.labelled(regions.regencyName(e.getKey()), e.getValue()))
			.toList();
		List<String> without = filter.regencyCodes()
			.stream()
			.filter(code -> !regencyCounts.containsKey(code))
			.map(regions::regencyName)
			.sorted(Comparator.naturalOrder())
			.toList();

		Dashboard.Funnel funnel = funnel(params);
		Object[] decision = decisionTime(params);
		List<BarChart.Bar> stages = List.of(BarChart.Bar.keyed("report.funnel.needs", funnel.needs()),
				BarChart.Bar.keyed("report.funnel.offers", funnel.offers()),
				BarChart.Bar.keyed("report.funnel.proposals", funnel.proposals()),
				BarChart.Bar.keyed("report.funnel.approved", funnel.approved()),
				BarChart.Bar.keyed("report.funnel.completed", funnel.completed()));

		return new Dashboard(filter, registered, newInPeriod, verified, summary[1], share, summary[0], summary[2],
				BarChart.of(sizes), BarChart.of(patterns), BarChart.of(sections), BarChart.of(regencyBars), without,
				funnel, BarChart.of(stages), (BigDecimal) decision[0], (Long) decision[1]);
	}

	/**
	 * Needs posted in the area during the period (by where they are needed), then offers and proposals made
	 * by UMKM of the area during the period, and how many of those proposals are approved or completed now.
	 */
	private Dashboard.Funnel funnel(Map<String, Object> params) {
		long needs = jdbc.sql("""
				select count(*) from need n
				where n.regency_code = any(:regencies) and n.created_at >= :start and n.created_at < :end
				""").params(params).query(Long.class).single();
		// Offers belong to a feature built in parallel; until its table exists there is nothing to count.
		boolean offersAvailable = jdbc.sql("select to_regclass('offer') is not null").query(Boolean.class).single();
		long offers = !offersAvailable ? 0 : jdbc.sql("""
				select count(*) from offer o join umkm u on u.id = o.umkm_id
				where u.regency_code = any(:regencies) and o.created_at >= :start and o.created_at < :end
				""").params(params).query(Long.class).single();
		return jdbc.sql("""
				with cohort as (%s)
				select count(*),
				       count(*) filter (where status in %s),
				       count(*) filter (where status = 'COMPLETED')
				from cohort
				""".formatted(COHORT, APPROVED_STATUSES))
			.params(params)
			.query((rs, n) -> new Dashboard.Funnel(needs, offers, offersAvailable, rs.getLong(1), rs.getLong(2),
					rs.getLong(3)))
			.single();
	}

	/**
	 * Median days from the first PROPOSED event to the first decision after it, over the proposals of the
	 * period that have one. Proposals still waiting are left out (the page says over how many it is taken).
	 */
	private Object[] decisionTime(Map<String, Object> params) {
		return jdbc.sql("""
				with cohort as (%s),
				decided as (
				    select extract(epoch from d.at - c.proposed_event_at) / 86400.0 as days
				    from cohort c
				    cross join lateral (select min(e.occurred_at) as at from partnership_event e
				                        where e.partnership_id = c.id and e.to_status in %s
				                          and e.occurred_at >= c.proposed_event_at) d
				    where c.proposed_event_at is not null and d.at is not null
				)
				select percentile_cont(0.5) within group (order by days), count(*) from decided
				""".formatted(COHORT, DECISION_STATUSES))
			.params(params)
			.query((rs, n) -> {
				BigDecimal median = rs.getBigDecimal(1);
				return new Object[] { median == null ? null : median.setScale(1, RoundingMode.HALF_UP), rs.getLong(2) };
			})
			.single();
	}

	private Map<String, Long> counts(String sql, Map<String, Object> params) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

}
