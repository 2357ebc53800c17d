package id.simitra.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.account.internal.AccountSettings;
import id.simitra.account.internal.SecondFactor;

/**
 * The account page, for everyone signed in: password, e-mail, sessions, language, the
 * second factor (officers and administrators) and the account's security trail.
 */
@Controller
class AccountPageController {

	/**
	 * Session attribute: the secret shown during enrolment, until its first code is
	 * typed.
	 */
	static final String ENROLLING = "simitra.secondFactor.enrolling";

	private final AccountSettings settings;

	private final SecondFactor secondFactor;

	private final LocaleResolver localeResolver;

	AccountPageController(AccountSettings settings, SecondFactor secondFactor, LocaleResolver localeResolver) {
		this.settings = settings;
		this.secondFactor = secondFactor;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/akun")
	String page(@AuthenticationPrincipal SimitraUser user, HttpServletRequest request, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", NewPasswordForm.empty());
		}
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailChangeForm(null, null));
		}
		return show(user, request, model);
	}

	private String show(SimitraUser user, HttpServletRequest request, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("sessions", settings.sessions(user, sessionId(request)));
		model.addAttribute("language", settings.language(user.accountId()).orElse(null));
		model.addAttribute("trail", settings.trail(user));
		model.addAttribute("secondFactorOffered", SecondFactor.offeredTo(user.role()));
		boolean enabled = secondFactor.enabled(user.accountId());
		model.addAttribute("secondFactorEnabled", enabled);
		model.addAttribute("secondFactorRequired",
				user.role() == id.simitra.account.Role.ADMIN && secondFactor.requiredForAdministrators());
		model.addAttribute("recoveryCodesLeft", enabled ? secondFactor.recoveryCodesLeft(user.accountId()) : 0);
		return "account/settings";
	}

	@PostMapping("/akun/sandi")
	String changePassword(@AuthenticationPrincipal SimitraUser user,
			@Valid @ModelAttribute("passwordForm") NewPasswordForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (form.currentPassword() == null || form.currentPassword().isBlank()) {
			errors.rejectValue("currentPassword", "validation.required");
		}
		form.checkNewPassword(errors, user.getUsername());
		if (!errors.hasErrors() && !settings.changePassword(user, form.currentPassword(),
				String.valueOf(form.password()), sessionId(request), request.getRemoteAddr())) {
			errors.rejectValue("currentPassword", "account.password.wrongCurrent");
		}
		if (errors.hasErrors()) {
			model.addAttribute("emailForm", new EmailChangeForm(null, null));
			return show(user, request, model);
		}
		redirect.addFlashAttribute("success", "flash.passwordChanged");
		return "redirect:/akun";
	}

	@PostMapping("/akun/email")
	String changeEmail(@AuthenticationPrincipal SimitraUser user,
			@Valid @ModelAttribute("emailForm") EmailChangeForm form, BindingResult errors, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			switch (settings.requestEmailChange(user, String.valueOf(form.email()), form.currentPassword())) {
				case WRONG_PASSWORD -> errors.rejectValue("currentPassword", "account.password.wrongCurrent");
				case TAKEN -> errors.rejectValue("email", "validation.emailTaken");
				case SAME -> errors.rejectValue("email", "account.email.same");
				case TOO_MANY -> errors.rejectValue("email", "account.email.tooMany");
				case SENT -> {
					redirect.addFlashAttribute("emailSentTo", form.email());
					return "redirect:/akun";
				}
			}
		}
		model.addAttribute("passwordForm", NewPasswordForm.empty());
		return show(user, request, model);
	}

	/**
	 * The link from the mail to the new address: shows what will change; the POST does
	 * it.
	 */
	@GetMapping("/akun/email/konfirmasi")
	String confirmEmailPage(@RequestParam(required = false) @Nullable String token, Model model) {
		Optional<AccountSettings.EmailChangeView> change = settings.emailChange(token);
		if (change.isEmpty()) {
			return "account/email-invalid";
		}
		model.addAttribute("change", change.get());
		model.addAttribute("token", token);
		return "account/email-confirm";
	}

	@PostMapping("/akun/email/konfirmasi")
	String confirmEmail(@RequestParam(required = false) @Nullable String token, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!settings.confirmEmailChange(token, request.getRemoteAddr())) {
			return "account/email-invalid";
		}
		// Every session of the account has ended (they were indexed by the old address).
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		redirect.addFlashAttribute("success", "flash.emailChanged");
		return "redirect:/masuk";
	}

	@PostMapping("/akun/bahasa")
	String language(@AuthenticationPrincipal SimitraUser user, @RequestParam(required = false) @Nullable String bahasa,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (bahasa == null || (!bahasa.equals("id") && !bahasa.equals("en"))) {
			redirect.addFlashAttribute("error", "account.language.unknown");
			return "redirect:/akun";
		}
		settings.setLanguage(user, bahasa);
		localeResolver.setLocale(request, response, Locale.forLanguageTag(bahasa));
		redirect.addFlashAttribute("success", "flash.languageSaved");
		return "redirect:/akun";
	}

	@PostMapping("/akun/sesi/{reference}/akhiri")
	String endSession(@AuthenticationPrincipal SimitraUser user, @PathVariable String reference,
			HttpServletRequest request, RedirectAttributes redirect) {
		settings.endSession(user, reference, sessionId(request));
		redirect.addFlashAttribute("success", "flash.sessionEnded");
		return "redirect:/akun";
	}

	@PostMapping("/akun/sesi/akhiri-lain")
	String endOtherSessions(@AuthenticationPrincipal SimitraUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		settings.endOtherSessions(user, sessionId(request));
		redirect.addFlashAttribute("success", "flash.sessionsEnded");
		return "redirect:/akun";
	}

	/**
	 * Enrolment: a new secret, shown as a QR code and as text, until a code confirms it.
	 */
	@GetMapping("/akun/dua-langkah")
	String secondFactorSetup(@AuthenticationPrincipal SimitraUser user, HttpServletRequest request, Model model) {
		requireOffered(user);
		return enrolmentPage(user.getUsername(), request, model, "/akun/dua-langkah", null);
	}

	@PostMapping("/akun/dua-langkah")
	String secondFactorEnable(@AuthenticationPrincipal SimitraUser user,
			@RequestParam(required = false) @Nullable String code, HttpServletRequest request, Model model) {
		requireOffered(user);
		String secret = request.getSession().getAttribute(ENROLLING) instanceof String s ? s : null;
		Optional<List<String>> codes = secret == null ? Optional.empty()
				: secondFactor.enable(user.accountId(), secret, code, request.getRemoteAddr());
		if (codes.isEmpty()) {
			return enrolmentPage(user.getUsername(), request, model, "/akun/dua-langkah", "secondFactor.code.wrong");
		}
		request.getSession().removeAttribute(ENROLLING);
		model.addAttribute("codes", codes.get());
		model.addAttribute("continueUrl", "/akun");
		return "account/recovery-codes";
	}

	@PostMapping("/akun/dua-langkah/nonaktif")
	String secondFactorDisable(@AuthenticationPrincipal SimitraUser user,
			@RequestParam(required = false) @Nullable String currentPassword, HttpServletRequest request,
			RedirectAttributes redirect) {
		requireOffered(user);
		if (user.role() == id.simitra.account.Role.ADMIN && secondFactor.requiredForAdministrators()) {
			redirect.addFlashAttribute("error", "secondFactor.required");
			return "redirect:/akun";
		}
		if (!settings.passwordMatches(user, currentPassword)) {
			redirect.addFlashAttribute("error", "account.password.wrongCurrent");
			return "redirect:/akun";
		}
		secondFactor.disable(user.accountId(), user.accountId(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "flash.secondFactorOff");
		return "redirect:/akun";
	}

	@PostMapping("/akun/dua-langkah/kode-cadangan")
	String renewRecoveryCodes(@AuthenticationPrincipal SimitraUser user,
			@RequestParam(required = false) @Nullable String currentPassword, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		requireOffered(user);
		if (!secondFactor.enabled(user.accountId()) || !settings.passwordMatches(user, currentPassword)) {
			redirect.addFlashAttribute("error", "account.password.wrongCurrent");
			return "redirect:/akun";
		}
		model.addAttribute("codes", secondFactor.renewRecoveryCodes(user.accountId(), request.getRemoteAddr()));
		model.addAttribute("continueUrl", "/akun");
		return "account/recovery-codes";
	}

	/**
	 * The enrolment page (also used by the login of an administrator who must enrol): the
	 * secret in this session, made when missing.
	 */
	static String enrolmentPage(String email, HttpServletRequest request, Model model, String action,
			@Nullable String error) {
		HttpSession session = request.getSession();
		String secret = session.getAttribute(ENROLLING) instanceof String s ? s : null;
		if (secret == null) {
			secret = SecondFactor.newSecret();
			session.setAttribute(ENROLLING, secret);
		}
		String uri = SecondFactor.enrolmentUri(secret, email);
		model.addAttribute("secret", SecondFactor.grouped(secret));
		model.addAttribute("enrolmentUri", uri);
		model.addAttribute("qr", SecondFactor.qrCode(uri));
		model.addAttribute("action", action);
		model.addAttribute("codeError", error);
		return "account/second-factor-setup";
	}

	private static void requireOffered(SimitraUser user) {
		if (!SecondFactor.offeredTo(user.role())) {
			throw new org.springframework.security.access.AccessDeniedException("Second factor: officers and admins");
		}
	}

	private static @Nullable String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

}
