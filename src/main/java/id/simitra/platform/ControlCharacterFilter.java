package id.simitra.platform;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters from every request parameter (form fields and query strings
 * alike), for every form and look-up at once, before Spring Security's login form or any
 * controller reads them. PostgreSQL refuses a NUL in text (a 500 for any saved field, and
 * for look-ups such as the directory's "q"); the other C0 controls, DEL and the
 * non-characters U+FFFE/U+FFFF are invisible on screen, and are not allowed in XML, so
 * one in an UMKM's name would break the XLSX export. Tab, carriage return and line feed
 * are text (a textarea sends them) and stay. Stripping rather than refusing keeps what
 * the person meant to type; nobody types these characters on purpose. Uploaded files'
 * names are cleaned where they are stored (umkm/NewDocument.safeName); path variables are
 * typed (Tomcat and Spring Security's firewall refuse an encoded NUL in a path).
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter implements Ordered {

	/*
	 * Also the bidirectional embedding, override and isolate controls (U+202A–U+202E,
	 * U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029): a business
	 * name with U+202E showed its text reversed in a company's offer comparison and in
	 * the officers' CSV, a way to pass one name off as another. The marks U+200E/U+200F
	 * stay: they only steer neutral characters next to right-to-left text and cannot
	 * reorder a whole name.
	 */
	private static final Pattern CONTROL = Pattern
		.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]");

	@Override
	public int getOrder() {
		// Just inside DatabaseUnavailableFilter, well before the session, the upload
		// limit and Spring Security.
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new CleanParameters(request), response);
	}

	static @Nullable String clean(String value) {
		return value == null ? null : CONTROL.matcher(value).replaceAll("");
	}

	/**
	 * The request with its parameters read once, cleaned, from the container on first
	 * use.
	 */
	private static final class CleanParameters extends HttpServletRequestWrapper {

		private @Nullable Map<String, String[]> parameters;

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			// Read when first asked (not in the filter): a multipart body is then parsed
			// as late as before, by the
			// upload limit filter, which answers a file over the limit itself.
			if (parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = clean(values[i]);
					}
					cleaned.put(clean(name), copy);
				});
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

	}

}
