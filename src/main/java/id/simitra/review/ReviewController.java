package id.simitra.review;

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
import id.simitra.partnership.DecisionForm;
import id.simitra.partnership.PartnershipService;
import id.simitra.umkm.CertificateService;

/** The Diskop UKM officer's review queue and decisions on accepted proposals. */
@Controller
class ReviewController {

	private final PartnershipService partnerships;

	private final CertificateService certificates;

	ReviewController(PartnershipService partnerships, CertificateService certificates) {
		this.partnerships = partnerships;
		this.certificates = certificates;
	}

	@GetMapping("/petugas")
	String queue(@RequestParam(defaultValue = "0") int halaman, Model model) {
		model.addAttribute("page", partnerships.reviewQueue(halaman));
		model.addAttribute("certificatesWaiting", certificates.waitingForReview());
		return "review/queue";
	}

	@PostMapping("/kemitraan/{id}/keputusan")
	String decide(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors()) {
			model.addAttribute("p", partnerships.getFor(officer, id));
			return "partnership/show";
		}
		partnerships.decide(officer, id, form.approved(), form.reason());
		redirect.addFlashAttribute("success", form.approved() ? "flash.partnershipApproved" : "flash.partnershipRejected");
		return "redirect:/petugas";
	}

}
