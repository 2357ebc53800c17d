package id.simitra.need.web;

import org.jspecify.annotations.Nullable;

import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;
import id.simitra.platform.FormInput;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateTypeView;

@Controller
@RequestMapping("/perusahaan")
class NeedController {

	private final NeedService needs;

	private final CompanyService companies;

	private final RegionService regions;

	private final KbliService kbli;

	private final CertificateService certificateTypes;

	private final Clock clock;

	NeedController(NeedService needs, CompanyService companies, RegionService regions, KbliService kbli,
			CertificateService certificateTypes, Clock clock) {
		this.clock = clock;
		this.certificateTypes = certificateTypes;
		this.needs = needs;
		this.companies = companies;
		this.regions = regions;
		this.kbli = kbli;
	}

	@GetMapping
	String dashboard(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman,
			Model model) {
		Optional<CompanyView> company = companies.findByOwner(user.accountId());
		if (company.isEmpty()) {
			return "redirect:/perusahaan/profil";
		}
		model.addAttribute("company", company.get());
		model.addAttribute("page", needs.listOf(company.get().id(), halaman));
		return "need/dashboard";
	}

	@GetMapping("/kebutuhan/baru")
	String newForm(@AuthenticationPrincipal SimitraUser user, Model model, RedirectAttributes redirect) {
		Optional<CompanyView> company = companies.findByOwner(user.accountId());
		if (company.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("form", NeedForm.empty(company.get().regencyCode()));
		return formView(model, null);
	}

	@PostMapping("/kebutuhan/baru")
	String create(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") NeedForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<CompanyView> company = companies.findByOwner(user.accountId());
		if (company.isEmpty()) {
			return profileFirst(redirect);
		}
		NeedData data = validate(form, errors);
		if (errors.hasErrors() || data == null) {
			return formView(model, null);
		}
		NeedView need = needs.create(company.get().id(), data);
		redirect.addFlashAttribute("success", "flash.needSaved");
		return "redirect:/perusahaan/kebutuhan/" + need.id();
	}

	@GetMapping("/kebutuhan/{id}/ubah")
	String editForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		model.addAttribute("form", NeedForm.of(needs.getOwned(id, ownCompanyId(user))));
		return formView(model, id);
	}

	@PostMapping("/kebutuhan/{id}/ubah")
	String update(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Long companyId = ownCompanyId(user);
		needs.getOwned(id, companyId);
		NeedData data = validate(form, errors);
		if (errors.hasErrors() || data == null) {
			return formView(model, id);
		}
		needs.update(id, companyId, data, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.needSaved");
		return "redirect:/perusahaan/kebutuhan/" + id;
	}

	@PostMapping("/kebutuhan/{id}/status")
	String setOpen(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, @RequestParam boolean buka,
			RedirectAttributes redirect) {
		needs.setOpen(id, ownCompanyId(user), buka);
		redirect.addFlashAttribute("success", buka ? "flash.needReopened" : "flash.needClosed");
		return "redirect:/perusahaan/kebutuhan/" + id;
	}

	private Long ownCompanyId(SimitraUser user) {
		return companies.findByOwner(user.accountId())
			.map(CompanyView::id)
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No company profile"));
	}

	private @Nullable NeedData validate(NeedForm form, BindingResult errors) {
		Optional<String> code = kbli.parseSubclass(form.kbli());
		if (!errors.hasFieldErrors("kbli") && code.isEmpty()) {
			errors.rejectValue("kbli", "validation.kbli");
		}
		BigDecimal quantity = FormInput.quantity(errors, "quantity", form.quantity(), false);
		Unit unit = FormInput.choice(errors, "unit", form.unit(), Unit.class);
		if (!errors.hasFieldErrors("regencyCode") && !regions.isRegency(form.regencyCode())) {
			errors.rejectValue("regencyCode", "validation.regency");
		}
		LocalDate deadline = FormInput.date(errors, "deadline", form.deadline());
		if (deadline != null && deadline.isBefore(LocalDate.now(clock))) {
			errors.rejectValue("deadline", "validation.futureOrPresent");
		}
		PartnershipPattern pattern = FormInput.choice(errors, "pattern", form.pattern(), PartnershipPattern.class);
		Map<String, Boolean> certificates = new TreeMap<>();
		var known = certificateTypes.activeTypes().stream().map(CertificateTypeView::code).toList();
		for (String type : form.preferredCertificates() == null ? List.<String>of() : form.preferredCertificates()) {
			if (known.contains(type)) {
				certificates.put(type, false);
			}
		}
		// Ticked as both: required wins.
		for (String type : form.requiredCertificates() == null ? List.<String>of() : form.requiredCertificates()) {
			if (known.contains(type)) {
				certificates.put(type, true);
			}
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || quantity == null || unit == null || deadline == null || pattern == null) {
			return null;
		}
		return new NeedData(form.title().strip(), form.description().strip(), code.get(), quantity, unit,
				form.regencyCode(), deadline, pattern, certificates);
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
