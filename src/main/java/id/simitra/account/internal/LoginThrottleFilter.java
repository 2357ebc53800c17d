package id.simitra.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs ahead of the login form's authentication: a login that must still wait
 * (LoginThrottle) is sent back to the login page, which says how many seconds are left,
 * before its password is looked at. Added to the security chain by SecurityConfig (not a
 * bean, so it is not also registered as a servlet filter).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final String loginPath;

	private final RequestMatcher loginPost;

	public LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
		this.throttle = throttle;
		this.loginPath = loginPath;
		this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !loginPost.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var wait = throttle.waitFor(request.getParameter("email"), request.getRemoteAddr());
		if (wait.isPresent()) {
			// Whole seconds, rounded up, so "0 detik" is never shown while a wait
			// remains.
			long seconds = (wait.get().toMillis() + 999) / 1000;
			LoginFailureRedirect.keepTypedEmail(request, response, loginPath);
			response.sendRedirect(request.getContextPath() + loginPath + "?tunggu=" + seconds);
			return;
		}
		chain.doFilter(request, response);
	}

}
