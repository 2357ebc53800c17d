package id.simitra.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A file over the multipart limits (spring.servlet.multipart.*) sends the person back to
 * the form they posted, with a message, instead of an error page. This cannot be a
 * {@code @ControllerAdvice}: Spring Security's CSRF filter reads the token from the
 * request parameters, which makes Tomcat parse the whole multipart body, and since Tomcat
 * 11 a body over the limit makes that read throw (HTTP 413) before any controller or
 * advice runs. So this filter parses multipart posts first, just ahead of Spring
 * Security, and recognises a size failure the way Spring does. Every upload form here is
 * shown by a GET on the URL it posts to, except product photos, which are uploaded from
 * the product's edit page ({@code .../foto} → {@code .../ubah}). Any other body Tomcat
 * cannot read (a broken multipart post, a form over
 * {@code server.tomcat.max-http-form-post-size}) gets our 400/413 page here for the same
 * reason: otherwise the CSRF token counts as missing (bare 403) or Tomcat answers its own
 * bare page, with stack traces in the log.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	private static final Log log = LogFactory.getLog(UploadLimitFilter.class);

	/** Only our own plain paths go back into a Location header. */
	private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+|/");

	private final FlashMapManager flashMaps;

	private final StorageFull storageFull;

	private final DatabaseUnavailableFilter pages;

	UploadLimitFilter(FlashMapManager flashMapManager, StorageFull storageFull, DatabaseUnavailableFilter pages) {
		this.flashMaps = flashMapManager;
		this.storageFull = storageFull;
		this.pages = pages;
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod())) {
			if (request.getContentType() != null
					&& request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				try {
					new StandardMultipartHttpServletRequest(request);
				}
				catch (MaxUploadSizeExceededException ex) {
					sendBack(request, response, "upload.tooLarge", ex);
					return;
				}
				catch (MultipartException ex) {
					// Tomcat could not write the upload to its folder (full, gone,
					// read-only): without this the CSRF
					// token in the unread body counts as missing and the person gets a
					// bare 403.
					if (storageFull.uploadFolderFull(request)) {
						pages.sendStorageFullPage(request, response);
						return;
					}
					// A control character in a file name (Tomcat refuses a NUL before we
					// see the name): a real
					// person's file, so back to the form with a message rather than an
					// error page.
					if (causedBy(ex, InvalidFileNameException.class)) {
						sendBack(request, response, "upload.badFileName", ex);
						return;
					}
					sendUnreadable(request, response, HttpServletResponse.SC_BAD_REQUEST, null, ex);
					return;
				}
			}
			else {
				// Any other post: its form parameters are read here, before Spring
				// Security reads the CSRF token,
				// so a body over Tomcat's maxPostSize (or otherwise unreadable) gets our
				// page, not Tomcat's bare one.
				try {
					request.getParameterMap();
				}
				catch (IllegalStateException ex) {
					boolean tooLarge = ex instanceof InvalidParameterException invalid
							&& invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
					sendUnreadable(request, response, tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
							: HttpServletResponse.SC_BAD_REQUEST, tooLarge ? "error.bodyTooLarge" : null, ex);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Our 400/413 page, sent from here: nothing after this filter could read the request
	 * (the error page dispatch would parse the body again and fail too). Bad input from
	 * outside, so one line and no stack trace.
	 */
	private void sendUnreadable(HttpServletRequest request, HttpServletResponse response, int status,
			@Nullable String detail, Exception ex) throws IOException {
		log.warn("Unreadable request body, answering " + status + " for POST " + request.getRequestURI() + ": "
				+ describe(ex));
		pages.sendBadRequestPage(request, response, status, detail);
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The innermost message, without control characters (a file name may hold a NUL) for
	 * a one-line log.
	 */
	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getClass().getSimpleName() + ": " + root.getMessage();
		return message.replaceAll("\\p{Cntrl}", "?");
	}

	private void sendBack(HttpServletRequest request, HttpServletResponse response, String messageKey, Exception ex)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		log.info("Upload refused (" + messageKey + ") on " + path + ": " + describe(ex));
		String form = path.endsWith("/foto") ? path.substring(0, path.length() - "/foto".length()) + "/ubah" : path;
		String target = SAFE_PATH.matcher(form).matches() ? form : "/dasbor";
		FlashMap flash = new FlashMap();
		flash.put("error", messageKey);
		flash.setTargetRequestPath(request.getContextPath() + target);
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + target);
	}

}
