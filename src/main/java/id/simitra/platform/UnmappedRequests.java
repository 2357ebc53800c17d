package id.simitra.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that no controller method answers: an unknown URL. SecurityConfig lets them
 * through so that they reach the plain 404 page, for everyone and under every prefix,
 * instead of a 403 or a detour through the login page (denying them confirmed nothing,
 * but told a logged-in person "forbidden" for a typo). Every mapped route keeps its own
 * rule: a route that exists for another HTTP method counts as mapped. Every handler
 * mapping is asked (controller methods, and any view controller, router function or
 * bean-name handler added later), except the static-resource one, which claims every path
 * and whose files are permitted anyway; so a route added any other way is never mistaken
 * for an unknown URL and let through. The actuator has its own handler mapping and always
 * keeps its rules.
 */
@Component
public class UnmappedRequests implements RequestMatcher {

	private final ApplicationContext context;

	/**
	 * Static files: it answers every path (then 404s inside), so it cannot say whether a
	 * route exists.
	 */
	private static final String STATIC_RESOURCES = "resourceHandlerMapping";

	private volatile @Nullable List<HandlerMapping> mappings;

	// The context, not the mapping: the security filters are built before Spring MVC's
	// beans.
	UnmappedRequests(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/actuator") || path.startsWith("/actuator/")) {
			return false;
		}
		// The lookup leaves its findings (path, pattern, variables) in request
		// attributes; keep them out of the
		// real request, which Spring MVC will look up again.
		HttpServletRequest probe = new PrivateAttributes(request);
		try {
			ServletRequestPathUtils.parseAndCache(probe);
			for (HandlerMapping mapping : mappings()) {
				if (mapping.getHandler(probe) != null) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			// e.g. HttpRequestMethodNotSupportedException: the route exists, its rule
			// applies.
			return false;
		}
	}

	private List<HandlerMapping> mappings() {
		if (mappings == null) {
			mappings = context.getBeansOfType(HandlerMapping.class)
				.entrySet()
				.stream()
				.filter(e -> !e.getKey().equals(STATIC_RESOURCES))
				.map(Map.Entry::getValue)
				.toList();
		}
		return mappings;
	}

	/**
	 * The request with attributes written to a map of its own (reads fall back to the
	 * request's).
	 */
	private static final class PrivateAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		PrivateAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.put(name, null);
		}

	}

}
