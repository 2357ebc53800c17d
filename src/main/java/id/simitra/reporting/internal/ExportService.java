package id.simitra.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.platform.CsvRowSink;
import id.simitra.platform.ExportFormat;
import id.simitra.platform.RowSink;
import id.simitra.platform.XlsxRowSink;
import id.simitra.reference.RegionService;

import static id.simitra.reporting.internal.ReportSql.APPROVED_IN_FORCE;
import static id.simitra.reporting.internal.ReportSql.AREA_PARTNERSHIP;
import static id.simitra.reporting.internal.ReportSql.APPROVED_PARTNERSHIP;
import static id.simitra.reporting.internal.ReportSql.PROPOSED_AT;
import static id.simitra.reporting.internal.ReportSql.REGISTERED_UMKM;

/**
 * Partnership and UMKM lists for the officer's area and period, streamed: PostgreSQL
 * hands the rows over through a cursor {@value #FETCH_SIZE} at a time (pgjdbc does that
 * only inside a transaction with a fetch size set, hence the read-only transaction), and
 * each row is written to the response before the next is read. Nothing builds a list, so
 * a province of 1.2 M UMKM takes the heap of a thousand rows.
 *
 * <p>
 * The rows are the ones the dashboard counts ({@link ReportSql}): UMKM registered in the
 * area by the end of the period; partnerships of the area's UMKM proposed during the
 * period, plus approved ones in force during it. No contact details (owner name, phone,
 * address) leave the portal in a file.
 */
@Service
public class ExportService {

	static final int FETCH_SIZE = 1000;

	/**
	 * Marks the export statements in pg_stat_activity (and lets a test see the cursor is
	 * still open).
	 */
	public static final String PARTNERSHIP_MARKER = "/* simitra-export-partnerships */";

	static final String UMKM_MARKER = "/* simitra-export-umkm */";

	private static final String PARTNERSHIPS_FROM = """
			from partnership_summary p
			join umkm_listing u on u.id = p.umkm_id
			join company_summary c on c.id = p.company_id
			left join need_summary n on n.id = p.need_id
			cross join lateral (select %s as proposed_at) x
			where %s and p.status <> 'DRAFT'
			  and ((x.proposed_at >= :start and x.proposed_at < :end) or (%s))
			""".formatted(PROPOSED_AT, AREA_PARTNERSHIP, APPROVED_IN_FORCE);

	private static final String UMKM_FROM = "from umkm_listing u where " + REGISTERED_UMKM;

	private static final List<Column> PARTNERSHIP_COLUMNS = List.of(new Column("id", 8), new Column("status", 22),
			new Column("pattern", 22), new Column("object", 40), new Column("value", 16), new Column("startDate", 12),
			new Column("endDate", 12), new Column("proposedAt", 18), new Column("companyName", 30),
			new Column("companyNib", 16), new Column("umkmId", 8), new Column("umkmName", 30),
			new Column("umkmNib", 16), new Column("sizeClass", 16), new Column("regencyCode", 10),
			new Column("regencyName", 24), new Column("kbli", 8), new Column("updatedAt", 18));

	private static final List<Column> UMKM_COLUMNS = List.of(new Column("umkmId", 8), new Column("umkmName", 30),
			new Column("umkmNib", 16), new Column("sizeClass", 16), new Column("sizeClassBySales", 16),
			new Column("regencyCode", 10), new Column("regencyName", 24), new Column("kbliCodes", 20),
			new Column("verifiedAt", 18), new Column("registeredAt", 18), new Column("approvedInPeriod", 12));

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final MessageSource messages;

	ExportService(JdbcClient jdbc, RegionService regions, MessageSource messages) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.messages = messages;
	}

	/**
	 * How many rows {@link #write} will write; shown on the export page before the
	 * download.
	 */
	@Transactional(readOnly = true)
	public long count(ExportKind kind, ReportFilter filter) {
		String from = kind == ExportKind.PARTNERSHIPS ? PARTNERSHIPS_FROM : UMKM_FROM;
		return jdbc.sql("select count(*) " + from).params(ReportSql.params(filter)).query(Long.class).single();
	}

	/**
	 * Writes the list to {@code out} as it is read and returns the number of data rows. A
	 * failure half-way (the browser went away) surfaces as an IOException; the
	 * transaction is only read.
	 */
	@Transactional(readOnly = true)
	public long write(ExportKind kind, ExportFormat format, ReportFilter filter, Locale locale, OutputStream out)
			throws IOException {
		List<Column> columns = kind == ExportKind.PARTNERSHIPS ? PARTNERSHIP_COLUMNS : UMKM_COLUMNS;
		Labels labels = new Labels(locale);
		String sql = kind == ExportKind.PARTNERSHIPS ? partnershipSql() : umkmSql();
		RowReader reader = kind == ExportKind.PARTNERSHIPS ? rs -> partnershipRow(rs, labels)
				: rs -> umkmRow(rs, labels);
		String sheetName = messages.getMessage("report.export.sheet." + kind.slug(), null, locale);
		try (RowSink sink = format == ExportFormat.CSV ? new CsvRowSink(out, ReportFilter.WIB)
				: new XlsxRowSink(out, sheetName, ReportFilter.WIB)) {
			sink.start(columns.stream().map(c -> labels.get("report.col." + c.key())).toList(),
					columns.stream().map(Column::width).toList());
			long[] written = { 0 };
			try {
				jdbc.sql(sql)
					.withFetchSize(FETCH_SIZE)
					.params(ReportSql.params(filter))
					.query((RowCallbackHandler) rs -> {
						try {
							sink.row(reader.read(rs));
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

	private static String partnershipSql() {
		return "select " + PARTNERSHIP_MARKER
				+ """
						 p.id, p.status, p.pattern, p.object, p.estimated_value, p.start_date, p.end_date, x.proposed_at,
						       c.name, c.nib, u.id, u.business_name, u.nib, u.size_class, u.regency_code, n.kbli_code, p.updated_at
						"""
				+ PARTNERSHIPS_FROM + " order by p.id";
	}

	private static String umkmSql() {
		return "select " + UMKM_MARKER
				+ """
						 u.id, u.business_name, u.nib, u.size_class, u.size_class_by_sales, u.regency_code,
						       (select string_agg(k.kbli_code, '; ' order by k.kbli_code) from umkm_activity k where k.umkm_id = u.id),
						       u.verified_at, u.created_at,
						       (select count(*) from partnership_summary p where p.umkm_id = u.id and %s)
						"""
					.formatted(APPROVED_PARTNERSHIP)
				+ UMKM_FROM + " order by u.id";
	}

	/**
	 * Codes become the labels the pages show, from the same message keys: status.X
	 * (PartnershipStatus.messageKey), pattern.X (PartnershipPattern), sizeClass.X
	 * (SizeClass); ExportLabelsTest checks every value in both languages.
	 */
	private Object[] partnershipRow(ResultSet rs, Labels labels) throws SQLException {
		String regency = rs.getString(15);
		return new Object[] { rs.getLong(1), labels.get("status." + rs.getString(2), rs.getString(2)),
				labels.get("pattern." + rs.getString(3), rs.getString(3)), rs.getString(4), rs.getLong(5),
				rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
				rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getString(10), rs.getLong(11),
				rs.getString(12), rs.getString(13), labels.get("sizeClass." + rs.getString(14), rs.getString(14)),
				regency, regions.regencyName(regency), rs.getString(16), rs.getObject(17, OffsetDateTime.class) };
	}

	private Object[] umkmRow(ResultSet rs, Labels labels) throws SQLException {
		String regency = rs.getString(6);
		return new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3),
				labels.get("sizeClass." + rs.getString(4), rs.getString(4)),
				labels.get("sizeClass." + rs.getString(5), rs.getString(5)), regency, regions.regencyName(regency),
				rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
				rs.getLong(10) };
	}

	private record Column(String key, int width) {
	}

	@FunctionalInterface
	private interface RowReader {

		Object[] read(ResultSet rs) throws SQLException;

	}

	/**
	 * Message lookups of one export, remembered: the same few labels repeat on every row.
	 */
	private final class Labels {

		private final Locale locale;

		private final Map<String, String> cache = new HashMap<>();

		Labels(Locale locale) {
			this.locale = locale;
		}

		String get(String key) {
			return get(key, key);
		}

		/**
		 * Statuses added to the lifecycle later may have no text yet: the code is shown
		 * then.
		 */
		String get(String key, String fallback) {
			return cache.computeIfAbsent(key, k -> messages.getMessage(k, null, fallback, locale));
		}

	}

}
