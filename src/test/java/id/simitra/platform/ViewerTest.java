package id.simitra.platform;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's menu asks {@code @viewer} what it asked the Spring Security dialect
 * ({@code sec:authorize}): the same answers as Spring Security's own expressions hasRole,
 * isAnonymous and isAuthenticated for every kind of visitor, and false for all without an
 * authentication, as the dialect answers then.
 */
class ViewerTest {

	private static final List<String> ROLES = List.of("UMKM", "COMPANY", "OFFICER", "ADMIN");

	private final Viewer viewer = new Viewer();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void answersAsSpringSecurityExpressionsDo() {
		List<Authentication> visitors = List.of(
				new AnonymousAuthenticationToken("key", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
				UsernamePasswordAuthenticationToken.authenticated("umkm", "",
						AuthorityUtils.createAuthorityList("ROLE_UMKM")),
				UsernamePasswordAuthenticationToken.authenticated("admin", "",
						AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_OFFICER")),
				// a login in progress: not authenticated yet
				UsernamePasswordAuthenticationToken.unauthenticated("company", ""));
		for (Authentication visitor : visitors) {
			SecurityContextHolder.getContext().setAuthentication(visitor);
			SecurityExpressionRoot security = new SecurityExpressionRoot(visitor) {
			};
			for (String role : ROLES) {
				assertThat(viewer.hasRole(role)).as(visitor.getName() + " hasRole " + role)
					.isEqualTo(security.hasRole(role));
			}
			assertThat(viewer.isAnonymous()).as(visitor.getName() + " anonymous").isEqualTo(security.isAnonymous());
			assertThat(viewer.isAuthenticated()).as(visitor.getName() + " authenticated")
				.isEqualTo(security.isAuthenticated());
		}
		// the cases differ: the comparison above is not between constants
		SecurityContextHolder.getContext().setAuthentication(visitors.get(1));
		assertThat(viewer.hasRole("UMKM")).isTrue();
		assertThat(viewer.isAuthenticated()).isTrue();
		SecurityContextHolder.getContext().setAuthentication(visitors.get(0));
		assertThat(viewer.isAnonymous()).isTrue();
	}

	@Test
	void withoutAnAuthenticationEverythingIsFalse() {
		SecurityContextHolder.clearContext();
		assertThat(ROLES).noneMatch(viewer::hasRole);
		assertThat(viewer.isAnonymous()).isFalse();
		assertThat(viewer.isAuthenticated()).isFalse();
	}

}
