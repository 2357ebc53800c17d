package id.simitra.platform;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, so that the log lines of one request can be found (and
 * matched with the proxy's access log and with what a person reports from the response
 * headers). The id comes from the proxy's {@code X-Request-Id} when it is a plain token
 * (deploy/nginx.conf sends nginx's {@code $request_id}), otherwise a new UUID: a header
 * is never copied into the logs or back out unless it is harmless. The id goes into the
 * SLF4J MDC as {@code requestId} (logging.pattern.correlation prints it) and into the
 * response.
 * <p>
 * First in the chain so that everything after it, including Spring Security and the
 * session store, logs with the id. Error and async dispatches are filtered too, with the
 * id of their original request.
 */
@Component
class RequestIdFilter extends OncePerRequestFilter implements Ordered {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	/**
	 * Letters, digits, '.', '_' and '-' only: nothing that could forge a log line or
	 * split a header.
	 */
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : idFor(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		if (!response.isCommitted()) {
			response.setHeader(HEADER, id);
		}
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			// Put back what was there (an include or forward runs inside the outer
			// request's id).
			if (outer != null) {
				MDC.put(MDC_KEY, outer);
			}
			else {
				MDC.remove(MDC_KEY);
			}
		}
	}

	static String idFor(String header) {
		return header != null && SAFE.matcher(header).matches() ? header : UUID.randomUUID().toString();
	}

	/**
	 * The id of the request being handled, for code that writes its own response outside
	 * the MVC flow.
	 */
	static @Nullable String of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
	}

}
