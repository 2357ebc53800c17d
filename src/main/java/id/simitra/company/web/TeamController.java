package id.simitra.company.web;

import java.util.Optional;

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

import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyRole;
import id.simitra.company.CompanyTeamService;
import id.simitra.company.CompanyView;
import id.simitra.company.CurrentCompany;
import id.simitra.company.InvitationIssued;
import id.simitra.company.TeamRuleException;
import id.simitra.platform.PortalAddress;

/**
 * The company's team page: every member sees who the team is; admins invite, change
 * roles, remove members and answer membership requests (the service refuses staff with
 * 403).
 */
@Controller
@RequestMapping("/perusahaan/anggota")
class TeamController {

	private final CompanyTeamService team;

	private final PortalAddress portal;

	TeamController(CompanyTeamService team, PortalAddress portal) {
		this.team = team;
		this.portal = portal;
	}

	@GetMapping
	String page(@AuthenticationPrincipal SimitraUser user, @CurrentCompany Optional<CompanyView> company, Model model) {
		if (company.isEmpty()) {
			return "redirect:/perusahaan/profil";
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InviteForm.empty());
		}
		return pageView(user, company.get(), model);
	}

	@PostMapping("/undang")
	String invite(@AuthenticationPrincipal SimitraUser user, @CurrentCompany CompanyView company,
			@Valid @ModelAttribute("form") InviteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// Before looking at the form: staff get 403 whatever they typed.
		team.requireAdmin(user.accountId());
		if (errors.hasErrors()) {
			return pageView(user, company, model);
		}
		try {
			InvitationIssued issued = team.invite(user.accountId(), form.email(), form.chosenRole());
			redirect.addFlashAttribute("invited", issued.email());
			if (!issued.mailed()) {
				// No mail server: the admin passes the link on (shown once, never
				// stored).
				redirect.addFlashAttribute("invitationLink", portal.of(issued.path()));
			}
		}
		catch (TeamRuleException ex) {
			errors.rejectValue("email", ex.messageKey());
			return pageView(user, company, model);
		}
		return "redirect:/perusahaan/anggota";
	}

	@PostMapping("/undangan/{id}/batal")
	String revoke(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, RedirectAttributes redirect) {
		team.revokeInvitation(user.accountId(), id);
		redirect.addFlashAttribute("success", "flash.invitationRevoked");
		return "redirect:/perusahaan/anggota";
	}

	@PostMapping("/{accountId}/peran")
	String changeRole(@AuthenticationPrincipal SimitraUser user, @PathVariable Long accountId,
			@RequestParam String role, RedirectAttributes redirect) {
		CompanyRole chosen = CompanyRole.ADMIN.name().equals(role) ? CompanyRole.ADMIN : CompanyRole.STAFF;
		try {
			team.changeRole(user.accountId(), accountId, chosen);
			redirect.addFlashAttribute("success", "flash.memberRoleChanged");
		}
		catch (TeamRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/perusahaan/anggota";
	}

	@GetMapping("/{accountId}/hapus")
	String confirmRemove(@AuthenticationPrincipal SimitraUser user, @PathVariable Long accountId, Model model) {
		model.addAttribute("member", team.member(user.accountId(), accountId));
		model.addAttribute("self", accountId.equals(user.accountId()));
		return "company/member-remove";
	}

	@PostMapping("/{accountId}/hapus")
	String remove(@AuthenticationPrincipal SimitraUser user, @PathVariable Long accountId,
			RedirectAttributes redirect) {
		try {
			team.remove(user.accountId(), accountId);
		}
		catch (TeamRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/perusahaan/anggota";
		}
		if (accountId.equals(user.accountId())) {
			redirect.addFlashAttribute("success", "flash.leftCompany");
			return "redirect:/perusahaan/profil";
		}
		redirect.addFlashAttribute("success", "flash.memberRemoved");
		return "redirect:/perusahaan/anggota";
	}

	@PostMapping("/permintaan/{id}")
	String decide(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, @RequestParam boolean setuju,
			RedirectAttributes redirect) {
		boolean joined = team.decideRequest(user.accountId(), id, setuju);
		redirect.addFlashAttribute(joined || !setuju ? "success" : "error",
				joined ? "flash.requestApproved" : setuju ? "team.requestMoot" : "flash.requestDeclined");
		return "redirect:/perusahaan/anggota";
	}

	private String pageView(SimitraUser user, CompanyView company, Model model) {
		boolean admin = team.roleOf(user.accountId()).orElse(null) == CompanyRole.ADMIN;
		model.addAttribute("company", company);
		model.addAttribute("admin", admin);
		model.addAttribute("me", user.accountId());
		model.addAttribute("members", team.members(user.accountId()));
		model.addAttribute("roles", CompanyRole.values());
		if (admin) {
			model.addAttribute("invitations", team.openInvitations(user.accountId()));
			model.addAttribute("requests", team.pendingRequests(user.accountId()));
			model.addAttribute("history", team.history(user.accountId()));
		}
		return "company/team";
	}

}
