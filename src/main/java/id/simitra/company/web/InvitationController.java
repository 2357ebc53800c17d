package id.simitra.company.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyTeamService;
import id.simitra.company.InvitationFacts;
import id.simitra.company.TeamRuleException;

/**
 * The page an invitation's link opens, for whoever has the link: a logged-in company
 * account without a company accepts; someone without an account creates one for the
 * invited address and joins; someone with an account logs in first
 * ({@code /undangan/{token}/masuk} is behind the login, which comes back to it).
 */
@Controller
@RequestMapping("/undangan/{token}")
class InvitationController {

	private final CompanyTeamService team;

	private final CompanyService companies;

	InvitationController(CompanyTeamService team, CompanyService companies) {
		this.team = team;
		this.companies = companies;
	}

	@GetMapping
	String show(@AuthenticationPrincipal @Nullable SimitraUser user, @PathVariable String token, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewAccountForm.empty());
		}
		return view(user, token, model);
	}

	/** Behind the login: after logging in, the person is back on the invitation. */
	@GetMapping("/masuk")
	String loginFirst(@PathVariable String token) {
		return "redirect:/undangan/" + token;
	}

	@PostMapping
	String accept(@AuthenticationPrincipal SimitraUser user, @PathVariable String token, RedirectAttributes redirect) {
		try {
			team.accept(token, user);
		}
		catch (TeamRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/undangan/" + token;
		}
		redirect.addFlashAttribute("success", "flash.invitationAccepted");
		return "redirect:/perusahaan";
	}

	@PostMapping("/akun-baru")
	String acceptAsNewAccount(@AuthenticationPrincipal @Nullable SimitraUser user, @PathVariable String token,
			@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		InvitationFacts invitation = team.invitation(token);
		// A field left out of the request binds as null (its @NotBlank error is already
		// there).
		if (!errors.hasFieldErrors("password") && form.password() != null) {
			team.passwordProblem(token, form.password()).ifPresent(key -> errors.rejectValue("password", key));
		}
		if (form.password() != null && !form.password().equals(form.passwordConfirm())) {
			errors.rejectValue("passwordConfirm", "validation.passwordConfirm");
		}
		if (errors.hasErrors() || !invitation.open()) {
			return view(user, token, model);
		}
		try {
			team.acceptAsNewAccount(token, form.displayName().strip(), form.password());
		}
		catch (TeamRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			return view(user, token, model);
		}
		redirect.addFlashAttribute("success", "flash.invitationAcceptedNewAccount");
		return "redirect:/masuk";
	}

	private String view(@Nullable SimitraUser user, String token, Model model) {
		InvitationFacts invitation = team.invitation(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		// What the visitor can do: accept, create an account, log in first, or nothing.
		String mode;
		if (user == null) {
			mode = "anonymous";
		}
		else if (!user.is(Role.COMPANY)) {
			mode = "wrongRole";
		}
		else if (companies.findIdByMember(user.accountId()).isPresent()) {
			mode = "hasCompany";
		}
		else {
			mode = "accept";
		}
		model.addAttribute("mode", mode);
		return "company/invitation";
	}

}
