package id.simitra.account.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.account.internal.EmailAddress;
import id.simitra.account.internal.EmailTakenException;
import id.simitra.account.internal.LoginThrottle;
import id.simitra.account.internal.LoginThrottleFilter;
import id.simitra.account.internal.PasswordRules;
import id.simitra.account.internal.SessionLifetimeFilter;

@Controller
class AccountController {

	private final AccountService accounts;

	private final LoginThrottle throttle;

	/** Said on the login page after SessionLifetimeFilter ended a session. */
	private final long sessionHours;

	AccountController(AccountService accounts, LoginThrottle throttle,
			@Value("${simitra.session.absolute-lifetime}") Duration sessionLifetime) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessionHours = Math.max(1, sessionLifetime.toHours());
	}

	/**
	 * {@code tunggu}: seconds a throttled login must still wait (LoginThrottleFilter),
	 * shown on the form.
	 */
	@GetMapping("/masuk")
	String login(@AuthenticationPrincipal SimitraUser user, @RequestParam(required = false) String tunggu,
			Model model) {
		if (user != null) {
			return "redirect:/dasbor";
		}
		if (tunggu != null && tunggu.matches("\\d{1,5}")) {
			model.addAttribute("waitSeconds", Integer.parseInt(tunggu));
		}
		model.addAttribute("sessionHours", sessionHours);
		return "account/login";
	}

	@GetMapping("/daftar")
	String registrationForm(@RequestParam(required = false) Role peran, Model model) {
		model.addAttribute("form", RegistrationForm.empty(peran == Role.COMPANY ? Role.COMPANY : Role.UMKM));
		return "account/register";
	}

	@PostMapping("/daftar")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		// "Already registered" tells whether someone has an account: an address that
		// asked too often waits.
		var wait = throttle.registrationWait(request.getRemoteAddr());
		if (wait.isPresent()) {
			model.addAttribute("registrationWait", Math.max(1, (wait.get().toSeconds() + 59) / 60));
			return "account/register";
		}
		Role role = "UMKM".equals(form.role()) ? Role.UMKM : "COMPANY".equals(form.role()) ? Role.COMPANY : null;
		if (role == null) {
			errors.rejectValue("role", "validation.role");
		}
		String passwordProblem = PasswordRules.problem(form.password(), form.email());
		if (form.password() != null && !form.password().isBlank() && passwordProblem != null
				&& !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", passwordProblem);
		}
		if (form.password() != null && !form.password().equals(form.passwordConfirm())) {
			errors.rejectValue("passwordConfirm", "validation.passwordConfirm");
		}
		if (!errors.hasFieldErrors("email") && EmailAddress.canonical(form.email()).length() > 254) {
			errors.rejectValue("email", "validation.tooLong");
		}
		if (!errors.hasFieldErrors("email") && accounts.emailTaken(form.email())) {
			errors.rejectValue("email", "validation.emailTaken");
			throttle.registrationOfTakenEmail(request.getRemoteAddr());
		}
		if (errors.hasErrors() || role == null) {
			return "account/register";
		}
		try {
			accounts.register(form.email(), form.password(), form.displayName(), role);
		}
		catch (EmailTakenException ex) {
			errors.rejectValue("email", "validation.emailTaken");
			throttle.registrationOfTakenEmail(request.getRemoteAddr());
			return "account/register";
		}
		redirect.addFlashAttribute("success", "flash.registered");
		return "redirect:/masuk";
	}

	@GetMapping("/dasbor")
	String dashboard(@AuthenticationPrincipal SimitraUser user) {
		return switch (user.role()) {
			case UMKM -> "redirect:/umkm";
			case COMPANY -> "redirect:/perusahaan";
			case OFFICER -> "redirect:/petugas";
			case ADMIN -> "redirect:/admin/akun";
		};
	}

}
