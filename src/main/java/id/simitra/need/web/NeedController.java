package id.simitra.need.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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

import id.simitra.company.CompanyView;
import id.simitra.company.CurrentCompany;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.platform.FormInput;
import id.simitra.reference.KbliService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.RegionService;
import id.simitra.reference.Unit;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateTypeView;
import id.simitra.platform.PageIndex;

@Controller
@RequestMapping("/perusahaan")
class NeedController {

	private final NeedService needs;

	private final RegionService regions;

	private final KbliService kbli;

	private final CertificateService certificateTypes;

	private final Clock clock;

	NeedController(NeedService needs, RegionService regions, KbliService kbli, CertificateService certificateTypes,
			Clock clock) {
		this.clock = clock;
		this.certificateTypes = certificateTypes;
		this.needs = needs;
		this.regions = regions;
		this.kbli = kbli;
	}

	@GetMapping
	String dashboard(@CurrentCompany Optional<CompanyView> company, @PageIndex int halaman, Model model) {
		if (company.isEmpty()) {
			return "redirect:/perusahaan/profil";
		}
		model.addAttribute("company", company.get());
		model.addAttribute("page", needs.listOf(company.get().id(), halaman));
		return "need/dashboard";
	}

	@GetMapping("/kebutuhan/baru")
	String newForm(@CurrentCompany Optional<CompanyView> company, Model model, RedirectAttributes redirect) {
		if (company.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("form", NeedForm.empty(company.get().regencyCode()));
		return formView(model, null);
	}

	@PostMapping("/kebutuhan/baru")
	String create(@CurrentCompany Optional<CompanyView> company, @Valid @ModelAttribute("form") NeedForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (company.isEmpty()) {
			return profileFirst(redirect);
		}
		NeedData data = toData(form, errors);
		if (errors.hasErrors() || data == null) {
			return formView(model, null);
		}
		NeedView need = needs.create(company.get().id(), data);
		redirect.addFlashAttribute("success", "flash.needSaved");
		return "redirect:/perusahaan/kebutuhan/" + need.id();
	}

	@GetMapping("/kebutuhan/{id}/ubah")
	String editForm(@CurrentCompany Long companyId, @PathVariable Long id, Model model) {
		model.addAttribute("form", NeedForm.of(needs.getOwned(id, companyId)));
		return formView(model, id);
	}

	@PostMapping("/kebutuhan/{id}/ubah")
	String update(@CurrentCompany Long companyId, @PathVariable Long id, @Valid @ModelAttribute("form") NeedForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		needs.getOwned(id, companyId);
		NeedData data = toData(form, errors);
		if (errors.hasErrors() || data == null) {
			return formView(model, id);
		}
		needs.update(id, companyId, data, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.needSaved");
		return "redirect:/perusahaan/kebutuhan/" + id;
	}

	@PostMapping("/kebutuhan/{id}/status")
	String setOpen(@CurrentCompany Long companyId, @PathVariable Long id, @RequestParam boolean buka,
			RedirectAttributes redirect) {
		needs.setOpen(id, companyId, buka);
		redirect.addFlashAttribute("success", buka ? "flash.needReopened" : "flash.needClosed");
		return "redirect:/perusahaan/kebutuhan/" + id;
	}

	/**
	 * Binds the form to the reference data it is checked against; the rules are in
	 * {@link NeedForm#toData}.
	 */
	private @Nullable NeedData toData(NeedForm form, BindingResult errors) {
		return form.toData(errors, kbli.parseSubclass(form.kbli()), regions.isRegency(form.regencyCode()),
				LocalDate.now(clock), certificateTypes.activeTypes().stream().map(CertificateTypeView::code).toList());
	}

	private String formView(Model model, @Nullable Long needId) {
		model.addAttribute("needId", needId);
		model.addAttribute("units", Unit.values());
		model.addAttribute("patterns", PartnershipPattern.values());
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("kbliOptions", kbli.subclasses());
		model.addAttribute("certificateTypes", certificateTypes.activeTypes());
		return "need/form";
	}

	private String profileFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.companyFirst");
		return "redirect:/perusahaan/profil";
	}

}
