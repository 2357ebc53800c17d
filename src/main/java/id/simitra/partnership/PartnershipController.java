package id.simitra.partnership;

import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.shared.FormInput;
import id.simitra.shared.PartnershipPattern;
import id.simitra.umkm.UmkmService;

@Controller
class PartnershipController {

	private final PartnershipService partnerships;

	private final NeedService needs;

	private final CompanyService companies;

	private final UmkmService umkms;

	PartnershipController(PartnershipService partnerships, NeedService needs, CompanyService companies,
			UmkmService umkms) {
		this.partnerships = partnerships;
		this.needs = needs;
		this.companies = companies;
		this.umkms = umkms;
	}

	@GetMapping("/perusahaan/kebutuhan/{needId}/usul/{umkmId}")
	String proposalForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId,
			@PathVariable Long umkmId, Model model) {
		NeedView need = needs.getOwned(needId, ownCompany(user).id());
		LocalDate start = need.deadline().isAfter(LocalDate.now()) ? need.deadline() : LocalDate.now();
		model.addAttribute("form", new ProposalForm(need.pattern().name(), need.title(), "", start.toString(),
				start.plusYears(1).minusDays(1).toString(), null));
		return proposalView(model, need, umkmId);
	}

	@PostMapping("/perusahaan/kebutuhan/{needId}/usul/{umkmId}")
	String propose(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId, @PathVariable Long umkmId,
			@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		NeedView need = needs.getOwned(needId, ownCompany(user).id());
		PartnershipPattern pattern = FormInput.choice(errors, "pattern", form.pattern(), PartnershipPattern.class);
		Long value = FormInput.rupiah(errors, "estimatedValue", form.estimatedValue(), 1, ProposalForm.MAX_VALUE);
		LocalDate start = FormInput.date(errors, "startDate", form.startDate());
		LocalDate end = FormInput.date(errors, "endDate", form.endDate());
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endDate", "validation.endBeforeStart");
		}
		if (!form.declared()) {
			errors.rejectValue("noControlDeclared", "validation.noControl");
		}
		if (!need.isOpen()) {
			errors.reject("validation.needClosed");
		}
		else if (partnerships.hasActive(needId, umkmId)) {
			errors.reject("validation.proposalExists");
		}
		if (errors.hasErrors()) {
			return proposalView(model, need, umkmId);
		}
		Long id = partnerships.propose(user, needId, umkmId,
				new ProposalData(pattern, form.object().strip(), value, start, end, true));
		redirect.addFlashAttribute("success", "flash.proposalSent");
		return "redirect:/kemitraan/" + id;
	}

	@GetMapping("/perusahaan/kemitraan")
	String companyList(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman,
			Model model) {
		Optional<CompanyView> company = companies.findByOwner(user.accountId());
		if (company.isEmpty()) {
			return "redirect:/perusahaan/profil";
		}
		model.addAttribute("page", partnerships.listForCompany(company.get().id(), halaman));
		return "partnership/list";
	}

	@GetMapping("/umkm/kemitraan")
	String umkmList(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman,
			Model model) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		if (umkmId.isEmpty()) {
			return "redirect:/umkm/profil";
		}
		model.addAttribute("page", partnerships.listForUmkm(umkmId.get(), halaman));
		return "partnership/list";
	}

	@GetMapping("/kemitraan/{id}")
	String show(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		model.addAttribute("p", partnerships.getFor(user, id));
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm("true", ""));
		}
		return "partnership/show";
	}

	@PostMapping("/kemitraan/{id}/tanggapan")
	String respond(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// Declining needs a reason the company can read; accepting does not.
		if (!form.approved() && !form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors()) {
			model.addAttribute("p", partnerships.getFor(user, id));
			return "partnership/show";
		}
		partnerships.respond(user, id, form.approved(), form.reason());
		redirect.addFlashAttribute("success", form.approved() ? "flash.proposalAccepted" : "flash.proposalDeclined");
		return "redirect:/kemitraan/" + id;
	}

	private CompanyView ownCompany(SimitraUser user) {
		if (!user.is(Role.COMPANY)) {
			throw new org.springframework.security.access.AccessDeniedException("Company staff only");
		}
		return companies.findByOwner(user.accountId())
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No company profile"));
	}

	private String proposalView(Model model, NeedView need, Long umkmId) {
		model.addAttribute("need", need);
		model.addAttribute("umkm", umkms.get(umkmId));
		model.addAttribute("patterns", PartnershipPattern.values());
		return "partnership/propose";
	}

}
