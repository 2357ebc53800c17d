package id.simitra.partnership.web;

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

import id.simitra.account.SimitraUser;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.platform.FormInput;
import id.simitra.umkm.CertificateService;
import id.simitra.platform.PageIndex;

/**
 * The Diskop UKM officer's review queue (partnerships submitted by companies, for UMKM in
 * the officer's province) and decisions on them: approve, return for changes, or reject.
 */
@Controller
class ReviewController {

	private final PartnershipService partnerships;

	private final CertificateService certificates;

	ReviewController(PartnershipService partnerships, CertificateService certificates) {
		this.partnerships = partnerships;
		this.certificates = certificates;
	}

	@GetMapping("/petugas")
	String queue(@AuthenticationPrincipal SimitraUser officer, @PageIndex int halaman, Model model) {
		model.addAttribute("province", partnerships.officerProvince(officer).orElse(null));
		model.addAttribute("page", partnerships.reviewQueue(officer, halaman));
		model.addAttribute("certificatesWaiting", certificates.waitingForReview(officer));
		return "review/queue";
	}

	/**
	 * Returning and rejecting need a reason the company and the UMKM read; approving does
	 * not.
	 */
	@PostMapping("/kemitraan/{id}/keputusan")
	String decide(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PartnershipAction action = form.officerAction();
		if (action == null) {
			errors.reject("validation.choice");
		}
		else if (action.reasonRequired() && !form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors() || action == null) {
			PartnershipView p = partnerships.getFor(officer, id);
			model.addAttribute("p", p);
			model.addAttribute("step", new StepForm("", null, String.valueOf(p.version())));
			model.addAttribute("rating", new RatingForm("", ""));
			return "partnership/show";
		}
		PartnershipStatus now = partnerships.perform(officer, id, action, form.reason(), false,
				FormInput.version(form.version()));
		redirect.addFlashAttribute("success",
				now == PartnershipStatus.FIRST_APPROVED ? "lifecycle.flash.FIRST_APPROVED" : action.flashKey());
		return "redirect:/petugas";
	}

}
