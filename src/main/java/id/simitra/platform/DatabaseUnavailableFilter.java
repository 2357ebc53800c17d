package id.simitra.platform;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The friendly 503 page for database failures that happen outside Spring MVC, where
 * {@link ErrorAdvice} cannot see them: loading or saving the session in PostgreSQL
 * (Spring Session JDBC runs before Spring Security), or a page whose lazy data fails
 * while it renders. Without this the container would answer 500 through /error, whose
 * page needs the session again and fails the same way.
 * <p>
 * Sits just inside {@link RequestIdFilter} and the metrics filter (so the 503 is counted)
 * and ahead of the session filter. The page is rendered directly from the template
 * (error/503.html is a standalone page that needs neither the session nor the database);
 * the response is reset first so that nothing of the failed page, such as a download's
 * Content-Disposition, remains.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

	private static final Log log = LogFactory.getLog(DatabaseUnavailableFilter.class);

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<LocaleResolver> locales;

	private final StorageFull storageFull;

	// Providers: filters are created while the server starts, before the view layer needs
	// to exist.
	DatabaseUnavailableFilter(ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales,
			StorageFull storageFull) {
		this.templates = templates;
		this.locales = locales;
		this.storageFull = storageFull;
	}

	@Override
	public int getOrder() {
		// After RequestIdFilter and Spring's observation filter (HIGHEST_PRECEDENCE + 1),
		// before the session
		// repository filter (HIGHEST_PRECEDENCE + 50).
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			String diskFull = StorageFull.sqlState(ex);
			if (diskFull != null && !response.isCommitted()) {
				storageFull.record(request, "SQLSTATE " + diskFull);
				sendStorageFullPage(request, response);
				return;
			}
			if (!DatabaseUnavailable.isCause(ex)) {
				throw ex;
			}
			if (response.isCommitted()) {
				// The answer is already out (typically the 503 page, then the session
				// could not be saved or loaded
				// again at the end of the request): nothing can be sent any more, and a
				// stack trace per request
				// during an outage helps nobody.
				log.warn("Database unavailable after the answer was sent for " + request.getMethod() + " "
						+ request.getRequestURI() + ": " + DatabaseUnavailable.describe(ex));
				return;
			}
			log.warn("Database unavailable, answering 503 for " + request.getMethod() + " " + request.getRequestURI()
					+ ": " + DatabaseUnavailable.describe(ex));
			sendUnavailablePage(request, response);
		}
	}

	void sendUnavailablePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> variables = new HashMap<>();
		variables.put("retryUrl", DatabaseUnavailable.retryUrl(request));
		sendPage(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), DatabaseUnavailable.VIEW, variables);
	}

	/**
	 * The "storage full" page (507), also for UploadLimitFilter when Tomcat cannot write
	 * an upload.
	 */
	void sendStorageFullPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		sendPage(request, response, StorageFull.STATUS, StorageFull.VIEW, new HashMap<>());
	}

	/**
	 * Our "bad request" page (400, or 413 for a form too large), for UploadLimitFilter;
	 * detail is a message key.
	 */
	void sendBadRequestPage(HttpServletRequest request, HttpServletResponse response, int status,
			@Nullable String detail) throws IOException {
		Map<String, Object> variables = new HashMap<>();
		variables.put("detail", detail);
		sendPage(request, response, status, "error/4xx", variables);
	}

	private void sendPage(HttpServletRequest request, HttpServletResponse response, int status, String view,
			Map<String, Object> variables) throws IOException {
		response.reset();
		String requestId = RequestIdFilter.of(request);
		if (requestId != null) {
			response.setHeader(RequestIdFilter.HEADER, requestId);
		}
		response.setStatus(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType("text/html;charset=UTF-8");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale(request), variables);
		templates.getObject().process(view, context, response.getWriter());
		response.flushBuffer();
	}

	/**
	 * The person's language as the MVC pages choose it: "?lang=" first, then the language
	 * cookie.
	 */
	private Locale locale(HttpServletRequest request) {
		String lang;
		try {
			lang = request.getParameter("lang");
		}
		catch (RuntimeException ex) {
			// A body Tomcat could not parse (an upload it could not write): the cookie
			// decides.
			lang = null;
		}
		if ("en".equals(lang) || "id".equals(lang)) {
			return Locale.forLanguageTag(lang);
		}
		LocaleResolver resolver = locales.getIfAvailable();
		return resolver != null ? resolver.resolveLocale(request) : WebConfig.INDONESIAN;
	}

}
