package id.simitra.account.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.internal.LoginThrottle;
import id.simitra.account.internal.PasswordRecovery;

/**
 * "Lupa kata sandi?": asking for a reset link, setting the new password with it, and the
 * reset code an officer or administrator gave (docs/accounts.md "Recovery and
 * self-service"). A GET never uses a link up (mail scanners open links); only the form's
 * POST does.
 */
@Controller
class RecoveryController {

	private final PasswordRecovery recovery;

	private final LoginThrottle throttle;

	RecoveryController(PasswordRecovery recovery, LoginThrottle throttle) {
		this.recovery = recovery;
		this.throttle = throttle;
	}

	@GetMapping("/lupa-sandi")
	String forgotForm(Model model) {
		model.addAttribute("linkMinutes", PasswordRecovery.LINK_LIFETIME.toMinutes());
		return "account/forgot";
	}

	/** The same answer for every e-mail, registered or not. */
	@PostMapping("/lupa-sandi")
	String forgot(@RequestParam(required = false) @Nullable String email, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (email == null || email.isBlank()) {
			model.addAttribute("emailMissing", true);
			model.addAttribute("linkMinutes", PasswordRecovery.LINK_LIFETIME.toMinutes());
			return "account/forgot";
		}
		Optional<Duration> wait = recovery.requestLink(email, request.getRemoteAddr());
		if (wait.isPresent()) {
			model.addAttribute("waitMinutes", minutes(wait.get()));
			model.addAttribute("email", email);
			model.addAttribute("linkMinutes", PasswordRecovery.LINK_LIFETIME.toMinutes());
			return "account/forgot";
		}
		redirect.addFlashAttribute("sentTo", email.strip());
		return "redirect:/lupa-sandi/terkirim";
	}

	@GetMapping("/lupa-sandi/terkirim")
	String sent(Model model) {
		model.addAttribute("linkMinutes", PasswordRecovery.LINK_LIFETIME.toMinutes());
		return "account/forgot-sent";
	}

	@GetMapping("/sandi-baru")
	String resetForm(@RequestParam(required = false) @Nullable String token, Model model) {
		Optional<String> email = recovery.linkAccount(token);
		if (email.isEmpty()) {
			return "account/reset-invalid";
		}
		model.addAttribute("accountEmail", email.get());
		model.addAttribute("form", NewPasswordForm.withToken(token));
		return "account/reset";
	}

	@PostMapping("/sandi-baru")
	String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Optional<String> email = recovery.linkAccount(form.token());
		if (email.isEmpty()) {
			return "account/reset-invalid";
		}
		form.checkNewPassword(errors, email.get());
		if (errors.hasErrors()) {
			model.addAttribute("accountEmail", email.get());
			return "account/reset";
		}
		if (!recovery.resetWithLink(form.token(), String.valueOf(form.password()), request.getRemoteAddr())) {
			return "account/reset-invalid";
		}
		redirect.addFlashAttribute("success", "flash.passwordReset");
		return "redirect:/masuk";
	}

	@GetMapping("/lupa-sandi/kode")
	String codeForm(Model model) {
		model.addAttribute("form", NewPasswordForm.empty());
		return "account/reset-code";
	}

	@PostMapping("/lupa-sandi/kode")
	String resetWithCode(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Optional<Duration> wait = throttle.recoveryWait(request.getRemoteAddr());
		if (wait.isPresent()) {
			model.addAttribute("waitMinutes", minutes(wait.get()));
			return "account/reset-code";
		}
		if (form.email() == null || form.email().isBlank()) {
			errors.rejectValue("email", "validation.required");
		}
		if (form.code() == null || form.code().isBlank()) {
			errors.rejectValue("code", "validation.required");
		}
		form.checkNewPassword(errors, form.email());
		if (errors.hasErrors()) {
			return "account/reset-code";
		}
		if (recovery.resetWithCode(form.email(), form.code(), String.valueOf(form.password()),
				request.getRemoteAddr()) != PasswordRecovery.CodeResult.DONE) {
			errors.rejectValue("code", "recovery.code.wrong");
			return "account/reset-code";
		}
		redirect.addFlashAttribute("success", "flash.passwordReset");
		return "redirect:/masuk";
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
