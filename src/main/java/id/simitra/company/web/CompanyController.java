package id.simitra.company.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.platform.FormInput;
import id.simitra.reference.Nib;
import id.simitra.reference.RegionService;

@Controller
@RequestMapping("/perusahaan/profil")
class CompanyController {

	private final CompanyService companies;

	private final RegionService regions;

	CompanyController(CompanyService companies, RegionService regions) {
		this.companies = companies;
		this.regions = regions;
	}

	@GetMapping
	String form(@AuthenticationPrincipal SimitraUser user, Model model) {
		model.addAttribute("form",
				companies.findByOwner(user.accountId())
					.map(CompanyProfileForm::of)
					.orElseGet(CompanyProfileForm::empty));
		return formView(model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") CompanyProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("regencyCode") && !regions.isRegency(form.regencyCode())) {
			errors.rejectValue("regencyCode", "validation.regency");
		}
		String nib = Nib.normalize(form.nib());
		if (!errors.hasFieldErrors("nib") && companies.nibTakenByOther(nib, user.accountId())) {
			errors.rejectValue("nib", "validation.nibTaken");
		}
		if (errors.hasErrors()) {
			return formView(model);
		}
		companies.saveProfile(user.accountId(),
				new CompanyProfile(form.name().strip(), nib, form.sector().strip(), form.regencyCode(),
						form.address() == null || form.address().isBlank() ? null : form.address().strip()),
				FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.companySaved");
		return "redirect:/perusahaan";
	}

	private String formView(Model model) {
		model.addAttribute("provinces", regions.provinces());
		return "company/profile-form";
	}

}
