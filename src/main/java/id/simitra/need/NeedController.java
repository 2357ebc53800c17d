package id.simitra.need;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.kbli.KbliService;
import id.simitra.matching.MatchingService;
import id.simitra.offer.RecommendationService;
import id.simitra.region.RegionService;
import id.simitra.shared.FormInput;
import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.Unit;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateTypeView;
import id.simitra.umkm.UmkmService;

@Controller
@RequestMapping("/perusahaan")
class NeedController {

	private final NeedService needs;

	private final CompanyService companies;

	private final MatchingService matching;

	private final RegionService regions;

	private final KbliService kbli;

	private final CertificateService certificateTypes;

	private final UmkmService umkms;

	private final RecommendationService recommendations;

	private final Clock clock;

	NeedController(NeedService needs, CompanyService companies, MatchingService matching, RegionService regions,
			KbliService kbli, CertificateService certificateTypes, UmkmService umkms,
			RecommendationService recommendations, Clock clock) {
		this.clock = clock;
		this.recommendations = recommendations;
		this.certificateTypes = certificateTypes;
		this.umkms = umkms;
		this.needs = needs;
		this.companies = companies;
		this.matching = matching;
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
		NeedData data = toData(form, errors);
		if (errors.hasErrors()) {
			return formView(model, null);
		}
		NeedView need = needs.create(company.get().id(), data);
		redirect.addFlashAttribute("success", "flash.needSaved");
		return "redirect:/perusahaan/kebutuhan/" + need.id();
	}

	@GetMapping("/kebutuhan/{id}")
	String show(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		NeedView need = needs.getOwned(id, ownCompanyId(user));
		model.addAttribute("need", need);
		model.addAttribute("candidates", matching.rank(need.id()));
		model.addAttribute("recommended", recommendations.recommendedUmkmIds(need.id()));
		model.addAttribute("weights", matching.weights());
		return "need/show";
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
		NeedData data = toData(form, errors);
		if (errors.hasErrors()) {
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

	/** "Why not": company staff look up any UMKM by name and see how it stands for this need. */
	@GetMapping("/kebutuhan/{id}/kenapa")
	String whyNot(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long umkm, Model model) {
		NeedView need = needs.getOwned(id, ownCompanyId(user));
		model.addAttribute("need", need);
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("matches", query.length() >= 2 ? umkms.findByName(query, 10) : List.of());
		if (umkm != null) {
			model.addAttribute("why", matching.explain(id, umkm));
		}
		return "need/why-not";
	}

	private Long ownCompanyId(SimitraUser user) {
		return companies.findByOwner(user.accountId())
			.map(CompanyView::id)
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No company profile"));
	}

	/** Binds the form to the reference data it is checked against; the rules are in {@link NeedForm#toData}. */
	private NeedData toData(NeedForm form, BindingResult errors) {
		return form.toData(errors, kbli.parseSubclass(form.kbli()), regions.isRegency(form.regencyCode()),
				LocalDate.now(clock), certificateTypes.activeTypes().stream().map(CertificateTypeView::code).toList());
	}

	private String formView(Model model, Long needId) {
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
