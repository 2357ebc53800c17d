package id.simitra.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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
 * A file over the multipart limits (spring.servlet.multipart.*) sends the person back to the form they posted,
 * with a message, instead of an error page. This cannot be a {@code @ControllerAdvice}: Spring Security's CSRF
 * filter reads the token from the request parameters, which makes Tomcat parse the whole multipart body, and
 * since Tomcat 11 a body over the limit makes that read throw (HTTP 413) before any controller or advice
 * runs. So this filter parses multipart posts first, just ahead of Spring Security, and recognises a size
 * failure the way Spring does. Every upload form here is shown by a GET on the URL it posts to, except
 * product photos, which are uploaded from the product's edit page ({@code .../foto} → {@code .../ubah}).
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
		if ("POST".equals(request.getMethod()) && request.getContentType() != null
				&& request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			try {
				new StandardMultipartHttpServletRequest(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				sendBack(request, response, ex);
				return;
			}
			catch (MultipartException ex) {
				// Tomcat could not write the upload to its folder (full, gone, read-only): without this the CSRF
				// token in the unread body counts as missing and the person gets a bare 403.
				if (storageFull.uploadFolderFull(request)) {
					pages.sendStorageFullPage(request, response);
					return;
				}
				// Otherwise (a malformed body, a client that went away) leave it to the normal handling further down.
			}
		}
		chain.doFilter(request, response);
	}

	private void sendBack(HttpServletRequest request, HttpServletResponse response, MaxUploadSizeExceededException ex)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		log.info("Upload over the size limit on " + path + ": " + ex.getMostSpecificCause().getMessage());
		String form = path.endsWith("/foto") ? path.substring(0, path.length() - "/foto".length()) + "/ubah" : path;
		String target = SAFE_PATH.matcher(form).matches() ? form : "/dasbor";
		FlashMap flash = new FlashMap();
		flash.put("error", "upload.tooLarge");
		flash.setTargetRequestPath(request.getContextPath() + target);
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + target);
	}

}
