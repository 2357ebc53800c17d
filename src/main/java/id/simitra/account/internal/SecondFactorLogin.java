package id.simitra.account.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import id.simitra.account.SimitraUser;

/**
 * What happens after a right password. Without a second factor: the person is logged in
 * (back to the asked page, their chosen language applied). With one (or an administrator
 * who must enrol one, SIMITRA_REQUIRE_2FA_ADMIN): the login is taken back at once, so the
 * session holds no authentication at all, only a {@link Pending} note for
 * {@value #PENDING_LIFETIME_MINUTES} minutes; every page but the second-factor pages then
 * answers as to an anonymous visitor. The second-factor page completes the login with
 * {@link #complete}.
 * <p>
 * Why not Spring Security 7's multi-factor authorization (FactorGrantedAuthority with
 * required factors per rule): a half-logged-in person would be "authenticated" for every
 * {@code authenticated()} and {@code permitAll} page (the dashboard redirect, the layout
 * greeting, the notification count) unless every rule learned the factor, and the factor
 * is optional per person. Holding no authentication until both factors are done is
 * simpler to prove. The completed login still carries Spring Security's
 * FactorGrantedAuthority for the password and for TOTP, so rules may ask for it later.
 */
@Component
public class SecondFactorLogin implements AuthenticationSuccessHandler {

	/** Session attribute: the login waiting for its second factor. */
	public static final String PENDING = "simitra.secondFactor.pending";

	static final long PENDING_LIFETIME_MINUTES = 10;

	/** The custom factor name of a TOTP or recovery code (FACTOR_TOTP). */
	public static final String TOTP_FACTOR = "TOTP";

	/** A login between its password and its second factor. */
	public record Pending(Long accountId, SecondFactor.Step step, Instant since) implements Serializable {
	}

	private final SecondFactor secondFactor;

	private final AccountRepository accounts;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	private final AuthenticationSuccessHandler afterLogin = SecurityConfig.backToTheAskedPageRelatively();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SecondFactorLogin(SecondFactor secondFactor, AccountRepository accounts, LocaleResolver localeResolver,
			Clock clock) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SimitraUser user = (SimitraUser) authentication.getPrincipal();
		SecondFactor.Step step = user == null ? SecondFactor.Step.NONE
				: secondFactor.stepAfterPassword(user.accountId(), user.role());
		if (user == null || step == SecondFactor.Step.NONE) {
			loggedIn(request, response, user);
			afterLogin.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		// Not logged in yet: take back what Spring Security has just stored.
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		request.getSession().setAttribute(PENDING, new Pending(user.accountId(), step, clock.instant()));
		response.sendRedirect(request.getContextPath()
				+ (step == SecondFactor.Step.ENROL ? "/masuk/dua-langkah/daftar" : "/masuk/dua-langkah"));
	}

	/**
	 * The login waiting for its second factor in this session, if any and not too old.
	 */
	public Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (clock.instant().isAfter(pending.since().plus(Duration.ofMinutes(PENDING_LIFETIME_MINUTES)))) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	/**
	 * Drops the half-done login (too many wrong codes): the password must be typed again.
	 */
	public void abandon(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(PENDING);
		}
	}

	/**
	 * Completes the login after the second factor: a new session id (as after a
	 * password), the authentication with both factors stored, the chosen language.
	 * {@code redirect}: false when the caller renders a page itself (the recovery codes
	 * after enrolment).
	 */
	public void complete(HttpServletRequest request, HttpServletResponse response, SimitraUser user, boolean redirect)
			throws IOException, jakarta.servlet.ServletException {
		abandon(request);
		request.changeSessionId();
		Instant now = clock.instant();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities
			.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(now).build());
		authorities.add(FactorGrantedAuthority.withFactor(TOTP_FACTOR).issuedAt(now).build());
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		loggedIn(request, response, user);
		if (redirect) {
			afterLogin.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/**
	 * Notes the device for the account page's session list and applies the language the
	 * person chose.
	 */
	private void loggedIn(HttpServletRequest request, HttpServletResponse response, @Nullable SimitraUser user) {
		request.getSession().setAttribute(AccountSessions.DEVICE, DeviceName.of(request.getHeader("User-Agent")));
		if (user != null) {
			accounts.findById(user.accountId())
				.map(Account::getLanguage)
				.ifPresent(language -> localeResolver.setLocale(request, response, Locale.forLanguageTag(language)));
		}
	}

}
