package id.simitra.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the login form after a failed login, with the e-mail the person typed (so only
 * the password is typed again) and the reason: {@code ?gagal=kosong} when the e-mail or
 * the password was left empty, {@code ?gagal} otherwise. A wrong password, an unknown
 * e-mail and a disabled account get the same message on purpose: Spring Security checks
 * "disabled" before the password, so telling them apart would tell a stranger which
 * addresses have an account.
 *
 * <p>
 * The e-mail travels as a flash attribute (in the session, read once by the next GET of
 * the login page), never in the URL, where it would land in access logs and the browser
 * history.
 */
public final class LoginFailureRedirect implements AuthenticationFailureHandler {

	/** Model attribute holding the e-mail typed in the failed attempt. */
	public static final String TYPED_EMAIL = "typedEmail";

	private static final int MAX_KEPT_LENGTH = 254;

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private final String loginPath;

	public LoginFailureRedirect(String loginPath) {
		this.loginPath = loginPath;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email");
		String password = request.getParameter("password");
		boolean empty = email == null || email.isBlank() || password == null || password.isEmpty();
		keepTypedEmail(request, response, loginPath);
		response.sendRedirect(request.getContextPath() + loginPath + (empty ? "?gagal=kosong" : "?gagal"));
	}

	/**
	 * Keeps the typed e-mail for the next view of the login page; also used when a login
	 * is throttled (LoginThrottleFilter).
	 */
	static void keepTypedEmail(HttpServletRequest request, HttpServletResponse response, String loginPath) {
		String email = request.getParameter("email");
		if (email == null || email.isBlank()) {
			return;
		}
		FlashMap flash = new FlashMap();
		String kept = email.strip();
		flash.put(TYPED_EMAIL, kept.length() > MAX_KEPT_LENGTH ? kept.substring(0, MAX_KEPT_LENGTH) : kept);
		flash.setTargetRequestPath(request.getContextPath() + loginPath);
		FLASH.saveOutputFlashMap(flash, request, response);
	}

}
