package id.simitra.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is looking at the page, for templates (TemplateObjects):
 * {@code ${#viewer.hasRole('UMKM')}}, {@code ${#viewer.anonymous}},
 * {@code ${#viewer.authenticated}}. The same answers as the Spring Security dialect's
 * {@code sec:authorize="hasRole('UMKM')"}, {@code isAnonymous()} and
 * {@code isAuthenticated()} (no role hierarchy is configured; without an authentication
 * all three are false, as there), read directly from the security context: the dialect
 * parsed each expression anew and looked up the expression handler among the
 * application's beans on every use, seven times on every page through the layout's menu
 * (about a tenth of an error page's CPU, issue 12).
 */
@Component("viewer")
public class Viewer {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	public boolean hasRole(String role) {
		Authentication authentication = authentication();
		if (authentication == null) {
			return false;
		}
		String authority = "ROLE_" + role;
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	public boolean isAnonymous() {
		Authentication authentication = authentication();
		return authentication != null && TRUST.isAnonymous(authentication);
	}

	/**
	 * The link that shows this page in another language: the page's own query with
	 * {@code lang} set, so that switching keeps a search ({@code ?q=kopi&kelas=MIKRO} →
	 * {@code ?q=kopi&kelas=MIKRO&lang=en}; issue 16). Only the URL's query, never the
	 * parameters of a form that was posted (a password must not end up in a link).
	 */
	public String languageLink(String language) {
		String query = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getQueryString() : null;
		// The query as the browser sent it, encoded; only the lang parameters are
		// replaced.
		StringBuilder link = new StringBuilder("?");
		if (query != null) {
			for (String parameter : StringUtils.delimitedListToStringArray(query, "&")) {
				if (!parameter.isEmpty() && !parameter.equals("lang") && !parameter.startsWith("lang=")) {
					link.append(parameter).append('&');
				}
			}
		}
		return link.append("lang=").append(language).toString();
	}

	public boolean isAuthenticated() {
		Authentication authentication = authentication();
		return authentication != null && TRUST.isAuthenticated(authentication);
	}

	private static @Nullable Authentication authentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
