package id.simitra.account;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/masuk")
	String login(@AuthenticationPrincipal SimitraUser user) {
		return user == null ? "account/login" : "redirect:/dasbor";
	}

	@GetMapping("/daftar")
	String registrationForm(@RequestParam(required = false) Role peran, Model model) {
		model.addAttribute("form", RegistrationForm.empty(peran == Role.COMPANY ? Role.COMPANY : Role.UMKM));
		return "account/register";
	}

	@PostMapping("/daftar")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		Role role = "UMKM".equals(form.role()) ? Role.UMKM : "COMPANY".equals(form.role()) ? Role.COMPANY : null;
		if (role == null) {
			errors.rejectValue("role", "validation.role");
		}
		String passwordProblem = PasswordRules.problem(form.password());
		if (form.password() != null && !form.password().isBlank() && passwordProblem != null
				&& !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", passwordProblem);
		}
		if (form.password() != null && !form.password().equals(form.passwordConfirm())) {
			errors.rejectValue("passwordConfirm", "validation.passwordConfirm");
		}
		if (!errors.hasFieldErrors("email") && accounts.emailTaken(form.email())) {
			errors.rejectValue("email", "validation.emailTaken");
		}
		if (errors.hasErrors()) {
			return "account/register";
		}
		try {
			accounts.register(form.email(), form.password(), form.displayName(), role);
		}
		catch (EmailTakenException ex) {
			errors.rejectValue("email", "validation.emailTaken");
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
