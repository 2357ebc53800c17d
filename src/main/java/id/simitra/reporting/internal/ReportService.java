package id.simitra.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.platform.BarChart;
import id.simitra.reference.KbliService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.RegionService;
import id.simitra.reference.SizeClass;

import static id.simitra.reporting.internal.ReportSql.APPROVED_IN_FORCE;
import static id.simitra.reporting.internal.ReportSql.AREA_PARTNERSHIP;
import static id.simitra.reporting.internal.ReportSql.APPROVED_STATUSES;

/**
 * The officer dashboard: counts computed in PostgreSQL, never by loading rows, in four
 * statements (UMKM, approved partnerships, proposals, needs) so that each expensive
 * selection is made once. Two kinds of figures, each defined once in {@link ReportSql}:
 * <ul>
 * <li>stock figures (UMKM, approved partnerships, value): what exists in the area by the
 * end of the period, partnerships counted when they are in force during the period;</li>
 * <li>flow figures (the funnel and the decision time): what was posted or proposed during
 * the period, followed to where it is today.</li>
 * </ul>
 */
@Service
public class ReportService {

	/**
	 * Partnerships of the area's UMKM proposed during the period (see
	 * {@link ReportSql#PROPOSED_AT}).
	 */
	private static final String PROPOSED_IN_PERIOD = """
			%s and p.status <> 'DRAFT' and p.created_at < :end
			  and p.proposed_at >= :start and p.proposed_at < :end""".formatted(AREA_PARTNERSHIP);

	private static final String COHORT = """
			select p.id, p.status, case when p.proposed_event then p.proposed_at end as proposed_event_at, p.decided_at
			from partnership_summary p
			where %s
			""".formatted(PROPOSED_IN_PERIOD);

	/**
	 * "Ranked": the UMKM was shown in the top this-many of a need's ranking (the page a
	 * company reads first; matching's fairness figure counts the same top 10). Matching's
	 * partial index (V150, {@code best_rank <= 10}) serves exactly this bound: changing
	 * it needs a new index.
	 */
	static final int RANKED_TOP = 10;

	/**
	 * The UMKM of the area at each stage during the period (issue 16), one row per stage,
	 * UMKM and regency, selected once in one statement and then counted for the area, per
	 * regency and per KBLI section. Stage numbers are {@link Dashboard.Stage} ordinals.
	 * Regency: the UMKM's (the listing's; for partnerships the partnership's copy, like
	 * the rest of the report).
	 */
	private static final String STAGES = """
			with reached as materialized (
			    select distinct x.stage, x.umkm_id, x.regency_code from (
			        select 0 as stage, m.umkm_id, u.regency_code
			        from match_shown m join umkm_listing u on u.id = m.umkm_id
			        where m.day >= :from and m.day < :until and m.best_rank <= %d and u.regency_code = any(:regencies)
			        union all
			        select 1, h.umkm_id, u.regency_code
			        from event_meeting_held h join umkm_listing u on u.id = h.umkm_id
			        where h.event_date >= :from and h.event_date < :until and u.regency_code = any(:regencies)
			        union all
			        select 2, i.umkm_id, u.regency_code
			        from offer_invitation i join umkm_listing u on u.id = i.umkm_id
			        where i.created_at >= :start and i.created_at < :end and u.regency_code = any(:regencies)
			        union all
			        select 3, o.umkm_id, u.regency_code
			        from offer_summary o join umkm_listing u on u.id = o.umkm_id
			        where o.created_at >= :start and o.created_at < :end and u.regency_code = any(:regencies)
			        union all
			        select s.stage, p.umkm_id, p.umkm_regency_code
			        from partnership_summary p
			        cross join lateral (values (4), (case when p.status in %s then 5 end),
			                                   (case when p.status = 'COMPLETED' then 6 end)) s (stage)
			        where %s and s.stage is not null
			    ) x
			)
			select 'total', null, stage, count(distinct umkm_id) from reached group by stage
			union all
			select 'regency', regency_code, stage, count(*) from reached group by regency_code, stage
			union all
			select 'section', k.section, r.stage, count(distinct r.umkm_id)
			from reached r
			join umkm_activity uk on uk.umkm_id = r.umkm_id
			join kbli k on k.version = uk.kbli_version and k.code = uk.kbli_code
			group by k.section, r.stage
			""".formatted(RANKED_TOP, APPROVED_STATUSES, PROPOSED_IN_PERIOD);

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final KbliService kbli;

	/** "Today" for late payments (issue 16). */
	private final Clock clock;

	ReportService(JdbcClient jdbc, RegionService regions, KbliService kbli, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.regions = regions;
		this.kbli = kbli;
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(ReportFilter filter) {
		Map<String, Object> params = ReportSql.params(filter);

		Map<String, long[]> umkm = new HashMap<>();
		// umkm's per-day counts (umkm_count_by_day) hold exactly these figures:
		// registered
		// before the end of the period, of which registered during it, and verified (and
		// registered) before its end; adding up days instead of counting UMKM keeps a
		// province's dashboard from reading all its UMKM.
		jdbc.sql("""
				select c.size_class, sum(c.registered) as registered,
				       coalesce(sum(c.registered) filter (where c.day >= :from), 0) as new_in_period,
				       sum(c.verified) as verified
				from umkm_count_by_day c
				where c.regency_code = any(:regencies) and c.day < :until
				group by c.size_class
				""").params(params).query(rs -> {
			umkm.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
		});
		long registered = umkm.values().stream().mapToLong(v -> v[0]).sum();
		long newInPeriod = umkm.values().stream().mapToLong(v -> v[1]).sum();
		long verified = umkm.values().stream().mapToLong(v -> v[2]).sum();
		List<BarChart.Bar> sizes = new ArrayList<>();
		for (SizeClass c : SizeClass.values()) {
			sizes.add(BarChart.Bar.keyed(c.messageKey(), umkm.getOrDefault(c.name(), new long[3])[0]));
		}

		Approved approved = approved(params);
		BigDecimal share = registered == 0 ? null : BigDecimal.valueOf(approved.umkm() * 100)
			.divide(BigDecimal.valueOf(registered), 1, RoundingMode.HALF_UP);
		List<BarChart.Bar> patterns = new ArrayList<>();
		for (PartnershipPattern p : PartnershipPattern.values()) {
			patterns.add(BarChart.Bar.keyed(p.messageKey(), approved.byPattern().getOrDefault(p.name(), 0L)));
		}
		List<BarChart.Bar> sections = largestFirst(approved.bySection()).stream()
			.map(e -> BarChart.Bar.labelled(e.getKey() + " — " + kbli.title(e.getKey()), e.getValue()))
			.toList();
		List<BarChart.Bar> regencyBars = largestFirst(approved.byRegency()).stream()
			.map(e -> BarChart.Bar.labelled(regions.regencyName(e.getKey()), e.getValue()))
			.toList();
		List<String> without = filter.regencyCodes()
			.stream()
			.filter(code -> !approved.byRegency().containsKey(code))
			.map(regions::regencyName)
			.sorted(Comparator.naturalOrder())
			.toList();

		Flow flow = flow(params);
		List<BarChart.Bar> stages = List.of(BarChart.Bar.keyed("report.funnel.needs", flow.funnel().needs()),
				BarChart.Bar.keyed("report.funnel.offers", flow.funnel().offers()),
				BarChart.Bar.keyed("report.funnel.metAtEvent", flow.funnel().metAtEvent()),
				BarChart.Bar.keyed("report.funnel.proposals", flow.funnel().proposals()),
				BarChart.Bar.keyed("report.funnel.approved", flow.funnel().approved()),
				BarChart.Bar.keyed("report.funnel.completed", flow.funnel().completed()));

		return new Dashboard(filter, registered, newInPeriod, verified, approved.umkm(), share, approved.partnerships(),
				approved.value(), BarChart.of(sizes), BarChart.of(patterns), BarChart.of(sections),
				BarChart.of(regencyBars), without, flow.funnel(), BarChart.of(stages), flow.medianDays(),
				flow.decisions(), followUp(params), stages(filter, params));
	}

	/**
	 * The funnel by UMKM (issue 16): how many UMKM of the area reached each stage during
	 * the period, for the area, each of its regencies and each KBLI section.
	 */
	private Dashboard.Stages stages(ReportFilter filter, Map<String, Object> params) {
		int n = Dashboard.Stage.values().length;
		long[] total = new long[n];
		Map<String, long[]> regencies = new HashMap<>();
		Map<String, long[]> sections = new java.util.TreeMap<>();
		jdbc.sql(STAGES).params(params).query(rs -> {
			int stage = Dashboard.Stage.at(rs.getInt(3)).position();
			long count = rs.getLong(4);
			switch (rs.getString(1)) {
				case "total" -> total[stage] = count;
				case "regency" -> regencies.computeIfAbsent(rs.getString(2), k -> new long[n])[stage] = count;
				default -> sections.computeIfAbsent(rs.getString(2), k -> new long[n])[stage] = count;
			}
		});
		List<Dashboard.StageRow> byRegency = filter.regencyCodes()
			.stream()
			.map(code -> new Dashboard.StageRow(regions.regencyName(code),
					counts(regencies.getOrDefault(code, new long[n]))))
			.sorted(Comparator.comparing(Dashboard.StageRow::label))
			.toList();
		List<Dashboard.StageRow> bySection = sections.entrySet()
			.stream()
			.map(e -> new Dashboard.StageRow(e.getKey() + " — " + kbli.title(e.getKey()), counts(e.getValue())))
			.toList();
		return new Dashboard.Stages(new Dashboard.StageRow("", counts(total)), byRegency, bySection);
	}

	private static List<Long> counts(long[] counts) {
		return java.util.Arrays.stream(counts).boxed().toList();
	}

	/**
	 * How the approved partnerships in force are followed (issue 16): the value of their
	 * deliveries dated before the end of the period, their payments paid before it, and
	 * their payments late today (unpaid after the due date, the partnership module's
	 * rule), read from the partnership module's published views.
	 */
	private Dashboard.FollowUp followUp(Map<String, Object> params) {
		Map<String, Object> withToday = new HashMap<>(params);
		withToday.put("today", LocalDate.now(clock));
		return jdbc.sql("""
				with approved as materialized (
				    select p.id from partnership_summary p where %s
				)
				select (select coalesce(sum(d.value), 0) from partnership_delivery_summary d
				        join approved a on a.id = d.partnership_id where d.delivered_on < :until),
				       (select coalesce(sum(y.amount), 0) from partnership_payment_summary y
				        join approved a on a.id = y.partnership_id where y.paid_on < :until),
				       (select count(*) from partnership_payment_summary y
				        join approved a on a.id = y.partnership_id where y.paid_on is null and y.due_date < :today),
				       (select coalesce(sum(y.amount), 0) from partnership_payment_summary y
				        join approved a on a.id = y.partnership_id where y.paid_on is null and y.due_date < :today)
				""".formatted(APPROVED_IN_FORCE))
			.params(withToday)
			.query((rs, n) -> new Dashboard.FollowUp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * The approved partnerships in force, selected once and then counted several ways. A
	 * partnership counts once in each KBLI section its UMKM is registered in, so sections
	 * can add up to more than the total. The sections come from the partnership's own
	 * copy (partnership V113, distinct and kept when the UMKM's codes change), so all of
	 * this is read from one covering index instead of joining a province's approved
	 * partnerships to their UMKM's activities (issue 12).
	 */
	private Approved approved(Map<String, Object> params) {
		Map<String, Long> patterns = new HashMap<>();
		Map<String, Long> sections = new HashMap<>();
		Map<String, Long> regencies = new HashMap<>();
		long[] totals = new long[3];
		jdbc.sql("""
				with approved as materialized (
				    select p.umkm_id, p.pattern, p.estimated_value, p.umkm_regency_code as regency_code,
				           p.umkm_kbli_sections as sections
				    from partnership_summary p
				    where %s
				)
				select 'total', null, count(*), coalesce(sum(estimated_value), 0), count(distinct umkm_id) from approved
				union all
				select 'pattern', pattern, count(*), 0, 0 from approved group by pattern
				union all
				select 'regency', regency_code, count(*), 0, 0 from approved group by regency_code
				union all
				select 'section', s.section, count(*), 0, 0
				from approved a cross join unnest(a.sections) s(section)
				group by s.section
				""".formatted(APPROVED_IN_FORCE)).params(params).query(rs -> {
			switch (rs.getString(1)) {
				case "total" -> {
					totals[0] = rs.getLong(3);
					totals[1] = rs.getLong(4);
					totals[2] = rs.getLong(5);
				}
				case "pattern" -> patterns.put(rs.getString(2), rs.getLong(3));
				case "regency" -> regencies.put(rs.getString(2), rs.getLong(3));
				default -> sections.put(rs.getString(2), rs.getLong(3));
			}
		});
		return new Approved(totals[0], totals[1], totals[2], patterns, sections, regencies);
	}

	/**
	 * Needs posted in the area during the period (by where they are needed), offers and
	 * proposals made with UMKM of the area during the period, how many of those proposals
	 * are approved or completed now, and the median days from the first PROPOSED event to
	 * the first decision after it over the proposals that have one (proposals still
	 * waiting are left out; the page says over how many it is taken).
	 */
	private Flow flow(Map<String, Object> params) {
		// One statement for the three counts: the dashboard's statement count is an issue
		// 12 target. Met at an event (issue 14): UMKM of the area with a meeting HELD at
		// a
		// business-matching event on a day of the period, wherever the event was.
		long[] activity = jdbc
			.sql("""
					select (select count(*) from need_summary n
					        where n.regency_code = any(:regencies) and n.created_at >= :start and n.created_at < :end),
					       (select count(*) from offer_summary o join umkm_listing u on u.id = o.umkm_id
					        where u.regency_code = any(:regencies) and o.created_at >= :start and o.created_at < :end),
					       (select count(distinct h.umkm_id) from event_meeting_held h join umkm_listing u on u.id = h.umkm_id
					        where u.regency_code = any(:regencies) and h.event_date >= :from and h.event_date < :until)
					""")
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		long needs = activity[0];
		long offers = activity[1];
		long metAtEvent = activity[2];
		return jdbc.sql("""
				with cohort as materialized (%s),
				decided as (
				    select extract(epoch from c.decided_at - c.proposed_event_at) / 86400.0 as days
				    from cohort c
				    where c.proposed_event_at is not null and c.decided_at is not null
				)
				select count(*),
				       count(*) filter (where status in %s),
				       count(*) filter (where status = 'COMPLETED'),
				       (select percentile_cont(0.5) within group (order by days) from decided),
				       (select count(*) from decided)
				from cohort
				""".formatted(COHORT, APPROVED_STATUSES)).params(params).query((rs, n) -> {
			BigDecimal median = rs.getBigDecimal(4);
			return new Flow(
					new Dashboard.Funnel(needs, offers, metAtEvent, rs.getLong(1), rs.getLong(2), rs.getLong(3)),
					median == null ? null : median.setScale(1, RoundingMode.HALF_UP), rs.getLong(5));
		}).single();
	}

	private static List<Map.Entry<String, Long>> largestFirst(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

	private record Approved(long partnerships, long value, long umkm, Map<String, Long> byPattern,
			Map<String, Long> bySection, Map<String, Long> byRegency) {
	}

	private record Flow(Dashboard.Funnel funnel, @Nullable BigDecimal medianDays, long decisions) {
	}

}
