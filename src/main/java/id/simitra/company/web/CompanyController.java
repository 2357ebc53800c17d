package id.simitra.company.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyRole;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyTeamService;
import id.simitra.company.CompanyView;
import id.simitra.company.TeamRuleException;
import id.simitra.platform.FormInput;
import id.simitra.reference.Nib;
import id.simitra.reference.RegionService;

/**
 * The company profile: filled in by whoever registers the company (its first admin),
 * changed by its admins, read by its staff. An account without a company whose NIB is
 * already registered is offered to ask that company's admins to let it join.
 */
@Controller
@RequestMapping("/perusahaan")
class CompanyController {

	private final CompanyService companies;

	private final CompanyTeamService team;

	private final RegionService regions;

	CompanyController(CompanyService companies, CompanyTeamService team, RegionService regions) {
		this.companies = companies;
		this.team = team;
		this.regions = regions;
	}

	@GetMapping("/profil")
	String form(@AuthenticationPrincipal SimitraUser user, Model model) {
		Optional<CompanyView> company = companies.findByMember(user.accountId());
		model.addAttribute("form", company.map(CompanyProfileForm::of).orElseGet(CompanyProfileForm::empty));
		return formView(user, company, model);
	}

	@PostMapping("/profil")
	String save(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") CompanyProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<CompanyView> company = companies.findByMember(user.accountId());
		if (company.isPresent() && team.roleOf(user.accountId()).orElse(null) != CompanyRole.ADMIN) {
			throw new AccessDeniedException("Staff read the profile only");
		}
		if (!errors.hasFieldErrors("regencyCode") && !regions.isRegency(form.regencyCode())) {
			errors.rejectValue("regencyCode", "validation.regency");
		}
		String nib = Nib.normalize(form.nib());
		if (!errors.hasFieldErrors("nib") && companies.nibTakenByOther(nib, user.accountId())) {
			errors.rejectValue("nib", "validation.nibTaken");
			if (company.isEmpty()) {
				// Not a dead end: the person probably works for that company.
				companies.findByNib(nib).ifPresent(holder -> model.addAttribute("nibHolder", holder));
			}
		}
		if (errors.hasErrors()) {
			return formView(user, company, model);
		}
		companies.saveProfile(user.accountId(),
				new CompanyProfile(form.name().strip(), nib, form.sector().strip(), form.regencyCode(),
						form.address() == null || form.address().isBlank() ? null : form.address().strip()),
				FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.companySaved");
		return "redirect:/perusahaan";
	}

	/**
	 * Asks the admins of the company registered with this NIB to let the account join.
	 */
	@PostMapping("/bergabung")
	String requestMembership(@AuthenticationPrincipal SimitraUser user, @RequestParam String nib,
			RedirectAttributes redirect) {
		Optional<CompanyView> holder = companies.findByNib(Nib.normalize(nib));
		if (holder.isEmpty()) {
			// The company changed its NIB since the form was shown: nothing to join.
			redirect.addFlashAttribute("error", "team.nibUnknown");
			return "redirect:/perusahaan/profil";
		}
		try {
			team.requestMembership(user.accountId(), holder.get().id());
			redirect.addFlashAttribute("success", "flash.membershipRequested");
		}
		catch (TeamRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/perusahaan/profil";
	}

	@PostMapping("/bergabung/batal")
	String withdrawRequest(@AuthenticationPrincipal SimitraUser user, RedirectAttributes redirect) {
		team.withdrawRequest(user.accountId());
		redirect.addFlashAttribute("success", "flash.membershipRequestWithdrawn");
		return "redirect:/perusahaan/profil";
	}

	private String formView(SimitraUser user, Optional<CompanyView> company, Model model) {
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("company", company.orElse(null));
		model.addAttribute("readOnly",
				company.isPresent() && team.roleOf(user.accountId()).orElse(null) != CompanyRole.ADMIN);
		if (company.isEmpty()) {
			team.pendingRequestOf(user.accountId()).ifPresent(r -> model.addAttribute("pendingRequest", r));
		}
		return "company/profile-form";
	}

}
