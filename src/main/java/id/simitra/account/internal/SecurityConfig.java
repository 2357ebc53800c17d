package id.simitra.account.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import id.simitra.platform.UnmappedRequests;

/**
 * Role checks by route. Who may see or change an individual record is checked in the
 * services: a record whose existence is private (document, partnership, offer,
 * conversation, need, shortlist, certificate, anything out of an officer's province)
 * answers NotFoundException (404) to anyone who may not see it; AccessDeniedException
 * (403) is for a step that is not theirs on a record they may see, and for public records
 * (products). See docs/access.md.
 */
@Configuration
public class SecurityConfig {

	/**
	 * The role of the Prometheus scraper account (SIMITRA_METRICS_USERNAME / _PASSWORD).
	 */
	static final String METRICS_ROLE = "METRICS";

	/**
	 * The Prometheus scrape for a monitoring server, which has no browser session to log
	 * in with: HTTP Basic with the scraper account from configuration, or an
	 * administrator's session as before. The scraper account exists only in this chain,
	 * so it cannot log in to the portal, and only when both settings are given (no
	 * default password). Basic authentication keeps nothing in a session, so a scrape
	 * every 15 s does not fill the session table.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain metricsScrapeChain(HttpSecurity http, PasswordEncoder passwordEncoder,
			@Value("${simitra.metrics.username:}") String username,
			@Value("${simitra.metrics.password:}") String password) throws Exception {
		List<UserDetails> scrapers = new ArrayList<>();
		if (!username.isBlank() && !password.isBlank()) {
			scrapers.add(
					User.withUsername(username).password(passwordEncoder.encode(password)).roles(METRICS_ROLE).build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(scrapers));
		provider.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/actuator/prometheus")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("ADMIN", METRICS_ROLE))
			.httpBasic(basic -> basic.realmName("simitra-metrics"))
			// GET only; a scraper never holds a CSRF token.
			.csrf(csrf -> csrf.disable())
			.headers(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * Sessions end a fixed time after login even while in use
	 * (account/SessionLifetimeFilter), on EVERY chain that accepts a session: Spring
	 * Security applies each Customizer&lt;HttpSecurity&gt; bean to every HttpSecurity it
	 * builds, so a chain added later (as the Prometheus scrape's was) cannot be left
	 * without it.
	 */
	@Bean
	Customizer<HttpSecurity> sessionLifetimeOnEveryChain(Clock clock,
			@Value("${simitra.session.absolute-lifetime}") Duration sessionLifetime) {
		return http -> http.addFilterAfter(new SessionLifetimeFilter(sessionLifetime, clock, "/masuk?kedaluwarsa"),
				AnonymousAuthenticationFilter.class);
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle loginThrottle, UnmappedRequests unmapped,
			SecondFactorLogin secondFactorLogin) throws Exception {
		// Logins that must still wait are turned away before their password is checked
		// (account/LoginThrottle).
		http.addFilterBefore(new LoginThrottleFilter(loginThrottle, "/masuk"),
				UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/direktori", "/direktori/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/robots.txt", "/error", "/error/**")
			.permitAll()
			.requestMatchers("/masuk", "/daftar")
			.permitAll()
			// Company invitations (issue 13): the link's page and joining with a new
			// account are open to whoever has the link; accepting with an existing
			// account needs its login (/masuk on the way comes back to the invitation).
			.requestMatchers(reads("/undangan/*"))
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/undangan/*/akun-baru")
			.permitAll()
			.requestMatchers("/undangan/*/masuk")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/undangan/*")
			.hasRole("COMPANY")
			// Recovery (docs/accounts.md): forgotten password, the officer's code, the
			// second factor between password and login, the new e-mail's confirmation.
			.requestMatchers("/lupa-sandi", "/lupa-sandi/**", "/sandi-baru", "/masuk/dua-langkah",
					"/masuk/dua-langkah/**", "/akun/email/konfirmasi")
			.permitAll()
			.requestMatchers("/akun", "/akun/**")
			.authenticated()
			// An unknown URL reaches the plain 404 page for everyone, under any prefix
			// (UnmappedRequests). After the public paths, which are open whether mapped
			// or
			// not: finding out means asking every handler mapping, which Spring MVC then
			// does again (issue 12).
			.requestMatchers(unmapped)
			.permitAll()
			.requestMatchers("/umkm", "/umkm/**")
			.hasRole("UMKM")
			.requestMatchers("/perusahaan", "/perusahaan/**")
			.hasRole("COMPANY")
			.requestMatchers("/petugas", "/petugas/**")
			.hasRole("OFFICER")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(reads("/kemitraan/*"))
			.authenticated()
			.requestMatchers("/kemitraan/*/tanggapan")
			.hasRole("UMKM")
			.requestMatchers("/kemitraan/*/keputusan")
			.hasRole("OFFICER")
			.requestMatchers("/dasbor")
			.authenticated()
			// Meeting outcomes of a business-matching event (issue 14): the meeting's
			// company and UMKM; which meeting is whose is checked in event's
			// OutcomeService.
			.requestMatchers("/acara/*/hasil", "/acara/*/hasil/**")
			.hasAnyRole("UMKM", "COMPANY")
			// Business-matching events (issue 14): the upcoming events and an event's
			// page
			// are public (a draft answers 404, event's EventAccess); registering is for
			// companies and UMKM.
			.requestMatchers(reads("/acara", "/acara/*"))
			.permitAll()
			.requestMatchers("/acara/*/daftar", "/acara/*/daftar/tarik")
			.hasAnyRole("UMKM", "COMPANY")
			// A participant's agenda (page, PDF, .ics): its company's members and its
			// UMKM's
			// owner; whose agenda it is, is checked in event's AgendaService.
			.requestMatchers("/acara/*/agenda", "/acara/*/agenda.pdf", "/acara/*/agenda.ics")
			.hasAnyRole("UMKM", "COMPANY")
			// Meeting requests before the day: the participants; who takes part is
			// checked in event's MeetingRequestService (404 for anybody else).
			.requestMatchers("/acara/*/pertemuan", "/acara/*/pertemuan/minta", "/acara/*/pertemuan/putusan",
					"/acara/*/pertemuan/tarik")
			.hasAnyRole("UMKM", "COMPANY")
			// The check-in link printed on an agenda: opened by an organiser's phone, it
			// checks the participant in; for every other account the event's
			// CheckInService
			// answers 404 (anonymous visitors sign in first).
			.requestMatchers("/acara/*/hadir/*")
			.authenticated()
			.requestMatchers(reads("/dokumen/*"))
			.authenticated()
			// Product photos are public like the storefronts that show them.
			.requestMatchers(reads("/foto/*", "/foto/*/kecil"))
			.permitAll()
			// Conversations: the two parties and officers; who may read or write one is
			// checked in ConversationService.
			.requestMatchers("/percakapan", "/percakapan/**")
			.authenticated()
			// Partnership lifecycle: which party's step each route is; the service checks
			// it is this
			// partnership's company or UMKM, and the status.
			.requestMatchers("/kemitraan/*/ubah", "/kemitraan/*/usulkan", "/kemitraan/*/perjanjian",
					"/kemitraan/*/kirim", "/kemitraan/*/mulai")
			.hasRole("COMPANY")
			.requestMatchers("/kemitraan/*/selesai", "/kemitraan/*/akhiri", "/kemitraan/*/nilai",
					"/kemitraan/*/pengiriman", "/kemitraan/*/pembayaran", "/kemitraan/*/pembayaran/lunas")
			.hasAnyRole("UMKM", "COMPANY")
			.requestMatchers("/notifikasi", "/notifikasi/**")
			.authenticated()
			// Open data: approved partnerships without personal data
			// (reporting/OpenDataService).
			.requestMatchers(reads("/data/kemitraan.json"))
			.permitAll()
			// Operations: health and its probes are public (a proxy or orchestrator asks
			// them, and they show only
			// UP/DOWN per component); info, metrics and the Prometheus scrape need an
			// administrator.
			.requestMatchers(reads("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"))
			.permitAll()
			.requestMatchers("/actuator", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/masuk")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(secondFactorLogin)
				.failureHandler(new LoginFailureRedirect("/masuk"))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/?keluar").permitAll())
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.contentSecurityPolicy(csp -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}

	/**
	 * After login: back to the page that sent the person to the login form (the saved
	 * request), else the dashboard. Spring Security keeps the asked page as an absolute
	 * URL built from the request's Host header, which the client chooses; we redirect to
	 * its path and query only, like every other redirect
	 * (server.tomcat.use-relative-redirects). Called by SecondFactorLogin once the login
	 * is complete.
	 */
	static SavedRequestAwareAuthenticationSuccessHandler backToTheAskedPageRelatively() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/dasbor");
		DefaultRedirectStrategy relative = new DefaultRedirectStrategy() {
			@Override
			public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
					throws IOException {
				URI uri = URI.create(url);
				if (uri.isAbsolute()) {
					// The saved request's path already includes the context path.
					// One leading slash only: "//host/x" would be another site (the
					// firewall refuses such paths anyway).
					String path = uri.getRawPath() == null ? "/" : "/" + uri.getRawPath().replaceFirst("^/+", "");
					response.sendRedirect(response
						.encodeRedirectURL(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery()));
					return;
				}
				super.sendRedirect(request, response, url);
			}
		};
		handler.setRedirectStrategy(relative);
		return handler;
	}

	/**
	 * Argon2id for new passwords (Spring Security's recommended parameters: 16 MiB, 2
	 * iterations): it reads the whole password, where bcrypt stopped at 72 bytes. Each
	 * hash names its algorithm, so the "{bcrypt}" hashes stored before stay valid, and
	 * AccountService (a UserDetailsPasswordService) rewrites one as Argon2id at its next
	 * successful login.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		// Only the two algorithms the portal has ever used: a hash with any other prefix
		// ({noop}, {sha256}) never matches. (Left to itself the delegating encoder throws
		// for an unknown prefix, and the login answered 500 instead of "wrong password".)
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
			@Override
			public String encode(@Nullable CharSequence rawPassword) {
				throw new UnsupportedOperationException("never used to encode");
			}

			@Override
			public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
				return false;
			}
		});
		return encoder;
	}

	/**
	 * GET and HEAD of these paths: Spring MVC answers HEAD with the GET handler, so a
	 * rule for reading a page must cover both (a health checker or link checker sending
	 * HEAD was sent to the login page or refused).
	 */
	private static RequestMatcher reads(String... patterns) {
		List<RequestMatcher> matchers = new ArrayList<>();
		for (String pattern : patterns) {
			matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern));
			matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, pattern));
		}
		return new OrRequestMatcher(matchers);
	}

}
