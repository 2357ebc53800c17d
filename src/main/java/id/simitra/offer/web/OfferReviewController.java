package id.simitra.offer.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import id.simitra.offer.internal.OfferService;
import id.simitra.offer.internal.OfferSort;
import id.simitra.offer.internal.OfferView;
import id.simitra.platform.FormInput;

/**
 * The company's side: comparing a need's offers, inviting UMKM, shortlisting, and
 * accepting or declining (both after a confirmation page, because the UMKM is told at
 * once and neither can be undone).
 */
@Controller
@RequestMapping("/perusahaan")
class OfferReviewController {

	private final OfferService offers;

	OfferReviewController(OfferService offers) {
		this.offers = offers;
	}

	@GetMapping("/kebutuhan/{needId}/penawaran")
	String compare(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId,
			@RequestParam(name = "urut", required = false) String urut, Model model) {
		model.addAttribute("comparison", offers.compare(user.accountId(), needId, OfferSort.of(urut)));
		model.addAttribute("sorts", OfferSort.values());
		return "offer/compare";
	}

	/**
	 * From the ranking ({@code kembali=peringkat}), from the offers page, or from a
	 * business-matching meeting's outcome ({@code pertemuan}: the meeting's id, kept with
	 * the invitation; issue 14); inviting twice changes nothing.
	 */
	@PostMapping("/kebutuhan/{needId}/undang/{umkmId}")
	String invite(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId, @PathVariable Long umkmId,
			@RequestParam(name = "kembali", required = false) String kembali,
			@RequestParam(name = "pertemuan", required = false) @Nullable Long meetingId, RedirectAttributes redirect) {
		boolean created = offers.invite(user.accountId(), needId, umkmId, meetingId);
		redirect.addFlashAttribute("success", created ? "flash.umkmInvited" : "flash.umkmAlreadyInvited");
		return "peringkat".equals(kembali) ? "redirect:/perusahaan/kebutuhan/" + needId
				: "redirect:/perusahaan/kebutuhan/" + needId + "/penawaran";
	}

	@PostMapping("/penawaran/{offerId}/pilih")
	String shortlist(@AuthenticationPrincipal SimitraUser user, @PathVariable Long offerId,
			@RequestParam(name = "pilih", required = false) String pilih, RedirectAttributes redirect) {
		boolean on = FormInput.flag(pilih);
		Long needId = offers.shortlist(user.accountId(), offerId, on);
		redirect.addFlashAttribute("success", on ? "flash.offerShortlisted" : "flash.offerUnshortlisted");
		return "redirect:/perusahaan/kebutuhan/" + needId + "/penawaran";
	}

	@GetMapping("/penawaran/{offerId}/terima")
	String confirmAccept(@AuthenticationPrincipal SimitraUser user, @PathVariable Long offerId, Model model) {
		return decisionView(model, user, offerId, true);
	}

	@PostMapping("/penawaran/{offerId}/terima")
	String accept(@AuthenticationPrincipal SimitraUser user, @PathVariable Long offerId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return decisionView(model, user, offerId, true);
		}
		Long needId = offers.accept(user.accountId(), offerId, form.reason());
		redirect.addFlashAttribute("success", "flash.offerAccepted");
		return "redirect:/perusahaan/kebutuhan/" + needId + "/penawaran";
	}

	@GetMapping("/penawaran/{offerId}/tolak")
	String confirmDecline(@AuthenticationPrincipal SimitraUser user, @PathVariable Long offerId, Model model) {
		return decisionView(model, user, offerId, false);
	}

	@PostMapping("/penawaran/{offerId}/tolak")
	String decline(@AuthenticationPrincipal SimitraUser user, @PathVariable Long offerId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("reason") && !form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors()) {
			return decisionView(model, user, offerId, false);
		}
		Long needId = offers.decline(user.accountId(), offerId, form.reason());
		redirect.addFlashAttribute("success", "flash.offerDeclined");
		return "redirect:/perusahaan/kebutuhan/" + needId + "/penawaran";
	}

	private String decisionView(Model model, SimitraUser user, Long offerId, boolean accept) {
		OfferView offer = offers.getForCompany(user.accountId(), offerId);
		model.addAttribute("offer", offer);
		model.addAttribute("accept", accept);
		// the need's required certificates this UMKM does not meet, as on the comparison:
		// the company decides knowing
		model.addAttribute("certificateGaps", offers.certificateGaps(offer.needId(), offer.umkmId()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReasonForm(""));
		}
		return "offer/decide";
	}

}
