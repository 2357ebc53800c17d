package id.simitra.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.simitra.account.SimitraUser;
import id.simitra.platform.ExportFormat;
import id.simitra.reference.RegionService;
import id.simitra.reporting.internal.ExportKind;
import id.simitra.reporting.internal.ExportService;
import id.simitra.reporting.internal.ReportFilter;
import id.simitra.reporting.internal.ReportFilters;
import id.simitra.reporting.internal.ReportService;

/**
 * The officer's dashboard (/petugas/laporan) and list exports (/petugas/laporan/ekspor).
 */
@Controller
class ReportController {

	private static final Log log = LogFactory.getLog(ReportController.class);

	/**
	 * Each running export holds a database connection for as long as the download lasts
	 * (a slow line can take minutes), so only a few run at once and the portal keeps
	 * connections for everyone else.
	 */
	static final int MAX_CONCURRENT_EXPORTS = 3;

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final Semaphore runningExports = new Semaphore(MAX_CONCURRENT_EXPORTS);

	private final ReportFilters filters;

	private final ReportService reports;

	private final ExportService exports;

	private final RegionService regions;

	private final Clock clock;

	ReportController(ReportFilters filters, ReportService reports, ExportService exports, RegionService regions,
			Clock clock) {
		this.filters = filters;
		this.reports = reports;
		this.exports = exports;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/petugas/laporan")
	String dashboard(@AuthenticationPrincipal SimitraUser officer, @RequestParam(required = false) String provinsi,
			@RequestParam(required = false) String kabupaten, @RequestParam(required = false) String dari,
			@RequestParam(required = false) String sampai, Model model) {
		ReportFilter filter = filter(officer, provinsi, kabupaten, dari, sampai, model);
		model.addAttribute("d", reports.dashboard(filter));
		return "reporting/dashboard";
	}

	@GetMapping("/petugas/laporan/ekspor")
	String exportPage(@AuthenticationPrincipal SimitraUser officer, @RequestParam(required = false) String provinsi,
			@RequestParam(required = false) String kabupaten, @RequestParam(required = false) String dari,
			@RequestParam(required = false) String sampai, Model model) {
		ReportFilter filter = filter(officer, provinsi, kabupaten, dari, sampai, model);
		model.addAttribute("partnershipRows", exports.count(ExportKind.PARTNERSHIPS, filter));
		model.addAttribute("umkmRows", exports.count(ExportKind.UMKM, filter));
		return "reporting/exports";
	}

	/**
	 * Writes the file straight to the response as the rows are read; returns null once it
	 * has (the response is then complete), or a redirect when too many exports are
	 * already running.
	 */
	@GetMapping("/petugas/laporan/ekspor/{kind:kemitraan|umkm}.{format:csv|xlsx}")
	@Nullable String export(@AuthenticationPrincipal SimitraUser officer, @PathVariable String kind, @PathVariable String format,
			@RequestParam(required = false) String provinsi, @RequestParam(required = false) String kabupaten,
			@RequestParam(required = false) String dari, @RequestParam(required = false) String sampai, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		ReportFilter filter = filters.resolve(officer, provinsi, kabupaten, dari, sampai).filter();
		ExportKind exportKind = ExportKind.bySlug(kind).orElseThrow();
		ExportFormat exportFormat = ExportFormat.byExtension(format).orElseThrow();
		if (!runningExports.tryAcquire()) {
			redirect.addFlashAttribute("error", "report.export.busy");
			return "redirect:" + UriComponentsBuilder.fromPath("/petugas/laporan/ekspor")
				.queryParam("provinsi", filter.provinceCode())
				.queryParam("kabupaten", filter.regencyCode() == null ? "" : filter.regencyCode())
				.queryParam("dari", filter.from())
				.queryParam("sampai", filter.to())
				.build()
				.toUriString();
		}
		try {
			response.setContentType(exportFormat.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(fileName(exportKind, exportFormat, filter))
						.build()
						.toString());
			// Lists of businesses: not for shared caches or the browser's back button on
			// a shared computer.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			long rows = exports.write(exportKind, exportFormat, filter, locale, response.getOutputStream());
			log.info("Export " + kind + "." + format + " of " + filter.areaCode() + " " + filter.from() + ".."
					+ filter.to() + ": " + rows + " rows for account " + (officer == null ? "?" : officer.accountId()));
		}
		catch (IOException ex) {
			// Mostly the browser cancelling the download; the response is already
			// committed, nothing to show.
			log.info("Export " + kind + "." + format + " stopped: " + ex);
		}
		finally {
			runningExports.release();
		}
		return null;
	}

	/**
	 * simitra-kemitraan-12.71-20260101-20261231-diunduh-20260315.csv: area, period, and
	 * the day it was made.
	 */
	private String fileName(ExportKind kind, ExportFormat format, ReportFilter filter) {
		return "simitra-" + kind.slug() + "-" + filter.areaCode() + "-" + FILE_DATE.format(filter.from()) + "-"
				+ FILE_DATE.format(filter.to()) + "-diunduh-"
				+ FILE_DATE.format(LocalDate.now(clock.withZone(ReportFilter.WIB))) + "." + format.extension();
	}

	private ReportFilter filter(SimitraUser officer, String provinsi, String kabupaten, String dari, String sampai,
			Model model) {
		ReportFilters.Resolved resolved = filters.resolve(officer, provinsi, kabupaten, dari, sampai);
		ReportFilter filter = resolved.filter();
		model.addAttribute("filter", filter);
		model.addAttribute("warnings", resolved.warnings());
		model.addAttribute("provinces", regions.provinces());
		// Only the shown province's regencies: all 514 of the country made a fifth of the
		// page (issue 12); another province's are one "Tampilkan" away.
		model.addAttribute("regencies",
				regions.province(filter.provinceCode()).map(RegionService.Province::regencies).orElse(List.of()));
		model.addAttribute("areaName",
				filter.regencyCode() != null ? regions.regencyName(filter.regencyCode())
						: regions.provinces()
							.stream()
							.filter(p -> p.code().equals(filter.provinceCode()))
							.map(RegionService.Province::name)
							.findFirst()
							.orElse(filter.provinceCode()));
		return filter;
	}

}
