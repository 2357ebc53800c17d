package id.simitra.event.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.event.internal.EventFacts;
import id.simitra.platform.BarChart;
import id.simitra.platform.CsvRowSink;
import id.simitra.platform.ExportFormat;
import id.simitra.platform.PageView;
import id.simitra.platform.RowSink;
import id.simitra.platform.XlsxRowSink;
import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;
import id.simitra.reference.SizeClass;

/**
 * The event report: participants, meetings, outcomes, and what came of them. Four
 * statements for the page (participants, meetings, follow-up, the page of meetings), each
 * grouping in PostgreSQL. Offers and partnerships are read through the views offer and
 * partnership publish (offer_summary, offer_invitation_from_meeting, partnership_summary:
 * their event_meeting_id), never copied: a partnership approved months later shows in the
 * next report. Participants are UMKM and companies whose registration is APPROVED.
 */
@Service
public class EventReportService {

	static final int PAGE_SIZE = 50;

	/** Approved by the Dinas, whatever happened after (as the officers' dashboard). */
	static final String APPROVED = "('APPROVED', 'ACTIVE', 'COMPLETED')";

	static final List<String> STATUSES = List.of("HELD", "NO_SHOW", "PLANNED", "CANCELLED");

	static final List<String> COMPANY_OUTCOMES = List.of("NOT_FIT", "INTERESTED", "INVITE_OFFER", "PROPOSE", "NONE");

	static final List<String> UMKM_OUTCOMES = List.of("NOT_FIT", "INTERESTED", "NONE");

	private static final String MEETING_ROWS = """
			select m.id, s.starts_at, m.table_number, c.name as company_name, n.title as need_title, u.business_name,
			       u.size_class, u.regency_code, m.status, m.company_outcome, m.company_note, m.umkm_outcome, m.umkm_note,
			       exists (select 1 from offer_invitation_from_meeting i where i.event_meeting_id = m.id) as invited,
			       exists (select 1 from offer_summary o where o.event_meeting_id = m.id) as offered,
			       (select p.status from partnership_summary p
			        where p.event_meeting_id = m.id and p.status <> 'DRAFT' order by p.id desc limit 1) as partnership_status,
			       (select p.estimated_value from partnership_summary p
			        where p.event_meeting_id = m.id and p.status <> 'DRAFT' order by p.id desc limit 1) as partnership_value
			from event_meeting m
			join event_slot s on s.id = m.slot_id
			join company_summary c on c.id = m.company_id
			join need_summary n on n.id = m.need_id
			join umkm_listing u on u.id = m.umkm_id
			where m.event_id = :event
			order by s.starts_at, m.table_number, m.id
			""";

	private static final List<String> COLUMNS = List.of("meeting", "time", "table", "company", "need", "umkm",
			"sizeClass", "regencyCode", "regencyName", "status", "companyOutcome", "companyNote", "umkmOutcome",
			"umkmNote", "invited", "offered", "partnershipStatus", "partnershipValue");

	private static final List<Integer> WIDTHS = List.of(8, 8, 6, 30, 30, 30, 14, 10, 24, 14, 22, 40, 16, 40, 8, 8, 16,
			16);

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final KbliService kbli;

	private final MessageSource messages;

	EventReportService(JdbcClient jdbc, RegionService regions, KbliService kbli, MessageSource messages) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.kbli = kbli;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public EventReport report(EventFacts event, int page) {
		Map<String, Object> params = Map.of("event", event.id());
		Map<String, Map<String, Long>> participants = groups("""
				with p as materialized (
				    select r.umkm_id, u.size_class, u.regency_code
				    from event_registration r join umkm_listing u on u.id = r.umkm_id
				    where r.event_id = :event and r.status = 'APPROVED'
				)
				select 'total', '', count(*) from p
				union all
				select 'companies', '', count(*) from event_registration r
				where r.event_id = :event and r.status = 'APPROVED' and r.company_id is not null
				union all
				select 'size', coalesce(size_class, ''), count(*) from p group by size_class
				union all
				select 'regency', regency_code, count(*) from p group by regency_code
				union all
				select 'section', k.section, count(distinct p.umkm_id)
				from p
				join umkm_activity a on a.umkm_id = p.umkm_id
				join kbli k on k.version = a.kbli_version and k.code = a.kbli_code
				group by k.section
				""", params);
		List<BarChart.Bar> sizes = new ArrayList<>();
		for (SizeClass c : SizeClass.values()) {
			sizes.add(BarChart.Bar.keyed(c.messageKey(), count(participants, "size", c.name())));
		}
		List<BarChart.Bar> regencies = largestFirst(participants.getOrDefault("regency", Map.of())).stream()
			.map(e -> BarChart.Bar.labelled(this.regions.regencyName(e.getKey()), e.getValue()))
			.toList();
		List<BarChart.Bar> sections = largestFirst(participants.getOrDefault("section", Map.of())).stream()
			.map(e -> BarChart.Bar.labelled(e.getKey() + " — " + this.kbli.title(e.getKey()), e.getValue()))
			.toList();

		Map<String, Map<String, Long>> meetings = groups("""
				select 'status', status, count(*) from event_meeting where event_id = :event group by status
				union all
				select 'company', coalesce(company_outcome, 'NONE'), count(*) from event_meeting
				where event_id = :event and status = 'HELD' group by company_outcome
				union all
				select 'umkm', coalesce(umkm_outcome, 'NONE'), count(*) from event_meeting
				where event_id = :event and status = 'HELD' group by umkm_outcome
				""", params);

		EventReport.FollowUp followUp = this.jdbc.sql("""
				select (select count(*) from offer_invitation_from_meeting i
				        join event_meeting m on m.id = i.event_meeting_id where m.event_id = :event),
				       (select count(*) from offer_summary o
				        join event_meeting m on m.id = o.event_meeting_id where m.event_id = :event),
				       count(*) filter (where p.status <> 'DRAFT'),
				       count(*) filter (where p.status in %1$s),
				       coalesce(sum(p.estimated_value) filter (where p.status <> 'DRAFT'), 0),
				       coalesce(sum(p.estimated_value) filter (where p.status in %1$s), 0)
				from partnership_summary p
				join event_meeting m on m.id = p.event_meeting_id
				where m.event_id = :event
				""".formatted(APPROVED))
			.params(params)
			.query((rs, i) -> new EventReport.FollowUp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.single();

		long total = meetings.getOrDefault("status", Map.of()).values().stream().mapToLong(Long::longValue).sum();
		int number = Math.max(0, page);
		List<MeetingRow> rows = this.jdbc.sql(MEETING_ROWS + " limit :limit offset :offset")
			.param("event", event.id())
			.param("limit", PAGE_SIZE)
			.param("offset", (long) number * PAGE_SIZE)
			.query((rs, i) -> row(rs))
			.list();
		PageView<MeetingRow> pageView = new PageView<>(rows, number, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE),
				total);

		return new EventReport(event, count(participants, "total", ""), count(participants, "companies", ""),
				BarChart.of(sizes), BarChart.of(regencies), BarChart.of(sections),
				chart(meetings, "status", STATUSES, "outcome.status."),
				chart(meetings, "company", COMPANY_OUTCOMES, "outcome."),
				chart(meetings, "umkm", UMKM_OUTCOMES, "outcome."), followUp, pageView);
	}

	/**
	 * Writes every meeting of the event with both sides' outcomes and what followed, as
	 * it is read (the sinks of platform, shared with the officers' exports), and answers
	 * how many rows it wrote. Date-times in the venue's zone.
	 */
	@Transactional(readOnly = true)
	public long export(EventFacts event, ExportFormat format, Locale locale, OutputStream out) throws IOException {
		String sheet = this.messages.getMessage("eventReport.sheet", null, locale);
		try (RowSink sink = format == ExportFormat.CSV ? new CsvRowSink(out, event.zone())
				: new XlsxRowSink(out, sheet, event.zone())) {
			sink.start(
					COLUMNS.stream().map(c -> this.messages.getMessage("eventReport.col." + c, null, locale)).toList(),
					WIDTHS);
			long[] written = { 0 };
			try {
				this.jdbc.sql(MEETING_ROWS).param("event", event.id()).query((RowCallbackHandler) rs -> {
					try {
						sink.row(cells(row(rs), locale));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					written[0]++;
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			sink.finish();
			return written[0];
		}
	}

	private Object[] cells(MeetingRow r, Locale locale) {
		return new Object[] { r.id(), r.startsAt().toString(), (long) r.table(), r.companyName(), r.needTitle(),
				r.umkmName(), label("sizeClass.", r.sizeClass(), locale), r.regencyCode(), r.regencyName(),
				label("outcome.status.", r.status(), locale), label("outcome.", r.companyOutcome(), locale),
				r.companyNote(), label("outcome.", r.umkmOutcome(), locale), r.umkmNote(),
				label("eventReport.yesNo.", String.valueOf(r.invited()), locale),
				label("eventReport.yesNo.", String.valueOf(r.offered()), locale),
				label("status.", r.partnershipStatus(), locale), r.partnershipValue() };
	}

	private @Nullable String label(String prefix, @Nullable String code, Locale locale) {
		return code == null ? null : this.messages.getMessage(prefix + code, null, code, locale);
	}

	private MeetingRow row(ResultSet rs) throws SQLException {
		String regency = rs.getString("regency_code");
		return new MeetingRow(rs.getLong("id"), rs.getObject("starts_at", LocalTime.class), rs.getInt("table_number"),
				rs.getString("company_name"), rs.getString("need_title"), rs.getString("business_name"),
				rs.getString("size_class"), regency, this.regions.regencyName(regency), rs.getString("status"),
				rs.getString("company_outcome"), rs.getString("company_note"), rs.getString("umkm_outcome"),
				rs.getString("umkm_note"), rs.getBoolean("invited"), rs.getBoolean("offered"),
				rs.getString("partnership_status"), rs.getObject("partnership_value", Long.class));
	}

	/** Rows of (group, key, count) as group → key → count. */
	private Map<String, Map<String, Long>> groups(String sql, Map<String, Object> params) {
		Map<String, Map<String, Long>> out = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
				.put(rs.getString(2), rs.getLong(3)));
		return out;
	}

	private static long count(Map<String, Map<String, Long>> groups, String group, String key) {
		return groups.getOrDefault(group, Map.of()).getOrDefault(key, 0L);
	}

	private static BarChart chart(Map<String, Map<String, Long>> groups, String group, List<String> keys,
			String messagePrefix) {
		return BarChart
			.of(keys.stream().map(k -> BarChart.Bar.keyed(messagePrefix + k, count(groups, group, k))).toList());
	}

	private static List<Map.Entry<String, Long>> largestFirst(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

}
