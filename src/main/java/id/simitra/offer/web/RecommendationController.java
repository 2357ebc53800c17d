package id.simitra.offer.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import id.simitra.offer.RecommendationService;
import id.simitra.platform.FormInput;
import id.simitra.platform.NotFoundException;
import id.simitra.umkm.UmkmService;

/**
 * Officers recommend an UMKM for a need in three steps, each a plain GET form so it works
 * without JavaScript: find the need, find the UMKM by name (with its readiness), then
 * write the note.
 */
@Controller
@RequestMapping("/petugas/rekomendasi")
class RecommendationController {

	private final RecommendationService recommendations;

	private final UmkmService umkms;

	RecommendationController(RecommendationService recommendations, UmkmService umkms) {
		this.recommendations = recommendations;
		this.umkms = umkms;
	}

	@GetMapping
	String page(@AuthenticationPrincipal SimitraUser officer, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "kebutuhan", required = false) Long needId,
			@RequestParam(name = "umkm", required = false) String umkmQuery,
			@RequestParam(name = "pilih", required = false) Long umkmId, Model model) {
		if (needId != null && umkmId != null) {
			model.addAttribute("form", new RecommendationForm(needId.toString(), umkmId.toString(), ""));
		}
		return view(officer, model, q, needId, umkmQuery, umkmId);
	}

	@PostMapping
	String recommend(@AuthenticationPrincipal SimitraUser officer,
			@Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Long needId = FormInput.version(form.needId());
		Long umkmId = FormInput.version(form.umkmId());
		if (needId == null || umkmId == null) {
			throw new NotFoundException("Need or UMKM of a recommendation");
		}
		if (errors.hasErrors()) {
			return view(officer, model, null, needId, null, umkmId);
		}
		boolean created = recommendations.recommend(officer, needId, umkmId, form.note());
		redirect.addFlashAttribute(created ? "success" : "error",
				created ? "flash.recommended" : "flash.alreadyRecommended");
		return "redirect:/petugas/rekomendasi?kebutuhan=" + needId;
	}

	private String view(SimitraUser officer, Model model, @Nullable String q, Long needId, @Nullable String umkmQuery,
			@Nullable Long umkmId) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("umkmQuery", umkmQuery == null ? "" : umkmQuery);
		if (needId == null) {
			model.addAttribute("needs", recommendations.searchNeeds(q));
			return "offer/recommend";
		}
		model.addAttribute("need", recommendations.need(needId));
		model.addAttribute("recommendations", recommendations.forNeed(officer, needId));
		if (umkmId != null) {
			umkms.requireInScope(officer, umkmId);
			model.addAttribute("umkm", umkms.get(umkmId));
		}
		else {
			model.addAttribute("picks", recommendations.searchUmkm(officer, umkmQuery, needId));
		}
		return "offer/recommend";
	}

}
