package id.simitra.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maps domain failures to their pages. Only specific exceptions: Spring's own 4xx
 * handling (bad parameters, 404, 405) must stay untouched, and AccessDeniedException must
 * reach Spring Security.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Log log = LogFactory.getLog(ErrorAdvice.class);

	private final StorageFull storageFull;

	ErrorAdvice(StorageFull storageFull) {
		this.storageFull = storageFull;
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, ConflictException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(RuntimeException ex) {
		log.info("Conflict: " + ex.getMessage());
		return "error/409";
	}

	/**
	 * A business's storage quota reached where no form handles it (the product,
	 * certificate and photo forms do, keeping what was typed): back to the page the
	 * upload came from, which is shown by a GET on the same URL, with the message. Only a
	 * file was sent there (offer attachments), and a browser never re-fills a file field
	 * anyway.
	 */
	@ExceptionHandler(QuotaExceededException.class)
	String quotaExceeded(QuotaExceededException ex, HttpServletRequest request, RedirectAttributes redirect) {
		log.info("Quota reached on " + request.getRequestURI() + ": " + ex.getMessage());
		redirect.addFlashAttribute("error", ex.messageKey() + ".short");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "redirect:" + (path.matches("(/[A-Za-z0-9_-]+)+") ? path : "/dasbor");
	}

	/**
	 * PostgreSQL unreachable (CannotGetJdbcConnectionException is a
	 * DataAccessResourceFailureException; JPA says CannotCreateTransactionException when
	 * Hikari gives up after spring.datasource.hikari.connection-timeout): a 503 with
	 * Retry-After and the "briefly unavailable" page instead of a 500, logged in one
	 * line. Failures outside MVC get the same page from DatabaseUnavailableFilter.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransientDataAccessResourceException.class })
	ModelAndView databaseUnavailable(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) {
		String diskFull = StorageFull.sqlState(ex);
		if (diskFull != null) {
			storageFull.record(request, "SQLSTATE " + diskFull);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
			return new ModelAndView(StorageFull.VIEW, HttpStatusCode.valueOf(StorageFull.STATUS));
		}
		log.warn("Database unavailable, answering 503 for " + request.getMethod() + " " + request.getRequestURI() + ": "
				+ DatabaseUnavailable.describe(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// A download that failed before its first byte must not save the error page as
		// the file.
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
		ModelAndView page = new ModelAndView(DatabaseUnavailable.VIEW, HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("retryUrl", DatabaseUnavailable.retryUrl(request));
		return page;
	}

}
