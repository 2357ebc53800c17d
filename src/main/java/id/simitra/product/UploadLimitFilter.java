package id.simitra.product;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Sends the owner back to the product with "file too large" when a photo upload is over the multipart
 * limits (5 MB a file, 6 MB a request), instead of a bare 413.
 * <p>
 * This cannot be a {@code @ControllerAdvice}: Spring Security's CSRF filter reads the {@code _csrf} form
 * field before Spring MVC runs, which makes Tomcat parse the multipart body; over a limit, Tomcat 11 throws
 * from {@code getParameter}, inside the security filter chain, so no MVC exception handler ever sees it.
 * This filter runs just before Spring Security and triggers the parsing itself. It only redirects (to a
 * page that checks login and ownership) and leaves a flash message; a forged cross-site POST can do no more
 * than show that message.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern PHOTO_UPLOAD = Pattern.compile("/umkm/produk/([0-9]{1,18})/foto");

	private final FlashMapManager flashMaps;

	UploadLimitFilter(FlashMapManager flashMaps) {
		this.flashMaps = flashMaps;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || !PHOTO_UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			if (isSizeLimit(ex)) {
				Matcher m = PHOTO_UPLOAD.matcher(path(request));
				m.matches();
				String target = "/umkm/produk/" + m.group(1) + "/ubah";
				FlashMap flash = new FlashMap();
				flash.put("error", "photo.error.tooLarge");
				flash.setTargetRequestPath(request.getContextPath() + target);
				flashMaps.saveOutputFlashMap(flash, request, response);
				response.sendRedirect(request.getContextPath() + target);
				return;
			}
			// Any other broken upload goes on, to be refused the usual way.
		}
		chain.doFilter(request, response);
	}

	/** Tomcat reports the limits as FileSizeLimitExceeded/SizeLimitExceeded causes ("... exceeds its maximum ..."). */
	private static boolean isSizeLimit(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
			if (name.contains("SizeLimitExceeded") || (message.contains("size") && message.contains("exceed"))) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@Configuration
	static class Registration {

		@Bean
		FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(FlashMapManager flashMapManager) {
			FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
					new UploadLimitFilter(flashMapManager));
			// Servlet URL patterns have no wildcard in the middle; shouldNotFilter narrows it to .../{id}/foto.
			registration.addUrlPatterns("/umkm/produk/*");
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
			return registration;
		}

	}

}
