package id.simitra.account.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.AccountService;
import id.simitra.account.AccountView;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.account.internal.EmailAddress;
import id.simitra.account.internal.PasswordRules;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.RegionService;
import id.simitra.platform.PageIndex;

@Controller
@RequestMapping("/admin/akun")
class AdminAccountController {

	private final AccountService accounts;

	private final RegionService regions;

	AdminAccountController(AccountService accounts, RegionService regions) {
		this.accounts = accounts;
		this.regions = regions;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role peran, @PageIndex int halaman, Model model) {
		// A pasted e-mail or name: long input is cut rather than refused.
		String text = q == null ? "" : q.strip();
		if (text.length() > 254) {
			text = text.substring(0, 254);
		}
		model.addAttribute("page", accounts.list(peran, text, halaman));
		model.addAttribute("q", text);
		model.addAttribute("roleFilter", peran);
		model.addAttribute("roles", Role.values());
		model.addAttribute("provinces", regions.provinces());
		return "account/admin-list";
	}

	@GetMapping("/petugas-baru")
	String officerForm(Model model) {
		model.addAttribute("form", OfficerForm.empty());
		return officerView(model);
	}

	@PostMapping("/petugas-baru")
	String createOfficer(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String passwordProblem = PasswordRules.problem(form.password(), form.email());
		if (form.password() != null && !form.password().isBlank() && passwordProblem != null
				&& !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", passwordProblem);
		}
		if (!errors.hasFieldErrors("email") && EmailAddress.canonical(form.email()).length() > 254) {
			errors.rejectValue("email", "validation.tooLong");
		}
		if (!errors.hasFieldErrors("email") && accounts.emailTaken(form.email())) {
			errors.rejectValue("email", "validation.emailTaken");
		}
		String province = province(form.provinceCode(), errors);
		if (errors.hasErrors()) {
			return officerView(model);
		}
		accounts.createOfficer(form.email(), form.password(), form.displayName(), province);
		redirect.addFlashAttribute("success", "flash.officerCreated");
		return "redirect:/admin/akun";
	}

	@GetMapping("/{id}/ubah")
	String editOfficerForm(@PathVariable Long id, Model model) {
		AccountView officer = officer(id);
		model.addAttribute("form", OfficerEditForm.of(officer));
		model.addAttribute("officer", officer);
		model.addAttribute("provinces", regions.provinces());
		return "account/admin-officer-edit";
	}

	@PostMapping("/{id}/ubah")
	String editOfficer(@PathVariable Long id, @Valid @ModelAttribute("form") OfficerEditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AccountView officer = officer(id);
		String province = province(form.provinceCode(), errors);
		if (errors.hasErrors()) {
			model.addAttribute("officer", officer);
			model.addAttribute("provinces", regions.provinces());
			return "account/admin-officer-edit";
		}
		accounts.updateOfficer(id, form.displayName(), province);
		redirect.addFlashAttribute("success", "lifecycle.flash.officerSaved");
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

	private AccountView officer(Long id) {
		return accounts.find(id)
			.filter(a -> a.role() == Role.OFFICER)
			.orElseThrow(() -> new NotFoundException("Officer " + id));
	}

	/** Blank means "no province yet"; anything else must be a province code. */
	private @Nullable String province(String raw, BindingResult errors) {
		if (raw == null || raw.isBlank() || errors.hasFieldErrors("provinceCode")) {
			return null;
		}
		String code = raw.strip();
		if (regions.provinces().stream().noneMatch(p -> p.code().equals(code))) {
			errors.rejectValue("provinceCode", "validation.choice");
			return null;
		}
		return code;
	}

	private String officerView(Model model) {
		model.addAttribute("provinces", regions.provinces());
		return "account/admin-officer";
	}

}
