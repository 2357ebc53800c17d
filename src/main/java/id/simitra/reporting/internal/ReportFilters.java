package id.simitra.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.simitra.account.OfficerScope;
import id.simitra.account.SimitraUser;
import id.simitra.reference.RegionService;
import id.simitra.reference.RegionService.Province;
import id.simitra.reference.RegionService.Regency;

/**
 * Reads the report filters from the query string
 * (?provinsi=12&kabupaten=12.71&dari=2026-01-01&sampai=...). Anything unreadable falls
 * back to its default with a warning instead of an error page: an officer who mistypes a
 * date still gets a report, and is told which period it is for. An officer reports on
 * their own province only ({@link OfficerScope}): another province or regency asked for
 * falls back to theirs with a warning, and an officer without a province gets empty
 * figures and exports (with a warning saying why).
 */
@Component
public class ReportFilters {

	/**
	 * North Sumatra: the office this portal was built for, shown (with no figures) to an
	 * officer without a province.
	 */
	static final String DEFAULT_PROVINCE = "12";

	private final RegionService regions;

	private final OfficerScope officers;

	private final Clock clock;

	ReportFilters(RegionService regions, OfficerScope officers, Clock clock) {
		this.regions = regions;
		this.officers = officers;
		this.clock = clock;
	}

	public Resolved resolve(SimitraUser officer, String provinsi, String kabupaten, String dari, String sampai) {
		List<String> warnings = new ArrayList<>();
		String regency = null;
		String province = null;
		if (present(kabupaten)) {
			Optional<Regency> r = regions.regency(kabupaten.strip());
			if (r.isPresent()) {
				// A regency names its province, whatever ?provinsi says.
				regency = r.get().code();
				province = r.get().provinceCode();
			}
			else {
				warnings.add("report.warning.regency");
			}
		}
		if (province == null && present(provinsi)) {
			province = province(provinsi.strip()).map(Province::code).orElse(null);
			if (province == null) {
				warnings.add("report.warning.province");
			}
		}
		Optional<String> own = officers.provinceOf(officer).flatMap(this::province).map(Province::code);
		if (own.isPresent() && province != null && !province.equals(own.get())) {
			warnings.add("report.warning.outsideProvince");
			province = null;
			regency = null;
		}
		if (province == null) {
			province = own.orElse(DEFAULT_PROVINCE);
		}

		LocalDate today = LocalDate.now(clock.withZone(ReportFilter.WIB));
		LocalDate from = date(dari, warnings);
		LocalDate to = date(sampai, warnings);
		if (from == null) {
			from = today.withDayOfYear(1);
		}
		if (to == null) {
			to = today;
		}
		if (from.isAfter(to)) {
			warnings.add("report.warning.period");
			from = today.withDayOfYear(1);
			to = today;
		}
		List<String> codes = regency != null ? List.of(regency)
				: province(province).map(p -> p.regencies().stream().map(Regency::code).toList()).orElse(List.of());
		if (own.isEmpty()) {
			warnings.add("report.warning.noProvince");
			codes = List.of();
		}
		return new Resolved(new ReportFilter(province, regency, from, to, codes), List.copyOf(warnings));
	}

	private Optional<Province> province(@Nullable String code) {
		return regions.provinces().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	private static @Nullable LocalDate date(String raw, List<String> warnings) {
		if (!present(raw)) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			if (!warnings.contains("report.warning.date")) {
				warnings.add("report.warning.date");
			}
			return null;
		}
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

	public record Resolved(ReportFilter filter, List<String> warnings) {
	}

}
