package id.simitra.account;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/akun")
class AdminAccountController {

	private final AccountService accounts;

	AdminAccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(@RequestParam(required = false) Role peran, @RequestParam(defaultValue = "0") int halaman, Model model) {
		model.addAttribute("page", accounts.list(peran, halaman));
		model.addAttribute("roleFilter", peran);
		model.addAttribute("roles", Role.values());
		return "account/admin-list";
	}

	@GetMapping("/petugas-baru")
	String officerForm(Model model) {
		model.addAttribute("form", OfficerForm.empty());
		return "account/admin-officer";
	}

	@PostMapping("/petugas-baru")
	String createOfficer(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (form.password() != null && !form.password().isBlank() && !PasswordRules.isAcceptable(form.password())) {
			errors.rejectValue("password", "validation.password");
		}
		if (!errors.hasFieldErrors("email") && accounts.emailTaken(form.email())) {
			errors.rejectValue("email", "validation.emailTaken");
		}
		if (errors.hasErrors()) {
			return "account/admin-officer";
		}
		accounts.createOfficer(form.email(), form.password(), form.displayName());
		redirect.addFlashAttribute("success", "flash.officerCreated");
		return "redirect:/admin/akun";
	}

	@PostMapping("/{id}/status")
	String setEnabled(@PathVariable Long id, @RequestParam boolean aktif, @AuthenticationPrincipal SimitraUser admin,
			RedirectAttributes redirect) {
		if (id.equals(admin.accountId())) {
			redirect.addFlashAttribute("error", "flash.cannotLockSelf");
			return "redirect:/admin/akun";
		}
		accounts.setEnabled(id, aktif, admin.accountId());
		redirect.addFlashAttribute("success", aktif ? "flash.accountEnabled" : "flash.accountDisabled");
		return "redirect:/admin/akun";
	}

}
