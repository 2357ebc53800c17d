package id.simitra.event.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

import id.simitra.platform.PageIndex;
import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.event.internal.report.EventReportService;
import id.simitra.platform.ExportFormat;

/**
 * The event report for its organisers (officers of the event's province): the page with
 * charts, and the meetings as CSV or XLSX.
 */
@Controller
class EventReportController {

	private static final Log log = LogFactory.getLog(EventReportController.class);

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final EventAccess access;

	private final EventReportService reports;

	private final Clock clock;

	EventReportController(EventAccess access, EventReportService reports, Clock clock) {
		this.access = access;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/petugas/acara/{id}/laporan")
	String report(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PageIndex int halaman,
			Model model) {
		EventFacts event = this.access.organised(id, user);
		model.addAttribute("r", this.reports.report(event, halaman));
		return "event/report";
	}

	/**
	 * simitra-acara-7-20260312-diunduh-20260401.csv: the event, its day, and the day the
	 * file was made (the figures behind it keep changing).
	 */
	@GetMapping("/petugas/acara/{id}/laporan.{format:csv|xlsx}")
	@Nullable String export(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable String format,
			Locale locale, HttpServletResponse response) throws IOException {
		EventFacts event = this.access.organised(id, user);
		ExportFormat exportFormat = ExportFormat.byExtension(format).orElseThrow();
		response.setContentType(exportFormat.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("simitra-acara-" + id + "-" + FILE_DATE.format(event.eventDate()) + "-diunduh-"
							+ FILE_DATE.format(LocalDate.now(this.clock.withZone(event.zone()))) + "."
							+ exportFormat.extension())
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			long rows = this.reports.export(event, exportFormat, locale, response.getOutputStream());
			log.info("Event " + id + " report " + format + ": " + rows + " meetings for account " + user.accountId());
		}
		catch (IOException ex) {
			// the browser cancelled the download; the response is already committed
			log.info("Event " + id + " report " + format + " stopped: " + ex);
		}
		return null;
	}

}
