package id.simitra.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An absolute lifetime for logged-in sessions on top of the idle timeout: a session is
 * ended this long after login even while it is in use, so a stolen session cookie or a
 * forgotten shared computer is not good for ever (simitra.session.absolute-lifetime, 12
 * hours by default; docs/accounts.md). The login time is stamped on the first request the
 * login session makes (the redirect right after the login form), and kept in the session.
 * Added to every security chain by SecurityConfig.sessionLifetimeOnEveryChain, after the
 * security context is loaded.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {

	/** Session attribute: the {@link Instant} of login. */
	public static final String LOGIN_AT = "simitra.loginAt";

	private final Duration lifetime;

	private final Clock clock;

	private final String expiredUrl;

	public SessionLifetimeFilter(Duration lifetime, Clock clock, String expiredUrl) {
		this.lifetime = lifetime;
		this.clock = clock;
		this.expiredUrl = expiredUrl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && auth != null && auth.isAuthenticated()
				&& !(auth instanceof AnonymousAuthenticationToken)) {
			Instant now = clock.instant();
			if (!(session.getAttribute(LOGIN_AT) instanceof Instant loginAt)) {
				session.setAttribute(LOGIN_AT, now);
			}
			else if (!now.isBefore(loginAt.plus(lifetime))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + expiredUrl);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
