package id.simitra.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a report or export covers: a province, or one regency of it, and a period of whole
 * calendar days. Days are North Sumatra days (WIB): a need posted on 31 December at 23:00
 * WIB belongs to that year even though it is already 1 January in nobody's clock but
 * UTC's.
 *
 * @param regencyCodes the regencies the area consists of (one, or all of the province):
 * queries filter with {@code regency_code = any(...)}, which the regency indexes serve,
 * instead of a prefix match
 */
public record ReportFilter(@Nullable String provinceCode, @Nullable String regencyCode, LocalDate from, LocalDate to,
		List<String> regencyCodes) {

	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public ReportFilter {
		regencyCodes = List.copyOf(regencyCodes);
	}

	/** The first instant of the period. */
	public OffsetDateTime start() {
		return from.atStartOfDay(WIB).toOffsetDateTime();
	}

	/** The first instant after the period (exclusive end). */
	public OffsetDateTime end() {
		return to.plusDays(1).atStartOfDay(WIB).toOffsetDateTime();
	}

	/** The code that names the area in file names and headings: "12" or "12.71". */
	public @Nullable String areaCode() {
		return regencyCode != null ? regencyCode : provinceCode;
	}

	String[] regencyArray() {
		return regencyCodes.toArray(String[]::new);
	}

}
