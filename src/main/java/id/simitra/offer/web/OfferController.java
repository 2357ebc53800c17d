package id.simitra.offer.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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

import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.Offer;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferNeed;
import id.simitra.offer.internal.OfferService;
import id.simitra.offer.internal.OfferView;
import id.simitra.offer.internal.Uploads;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.QuotaExceededException;
import id.simitra.reference.Unit;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.NewDocument;
import id.simitra.platform.PageIndex;

/**
 * The UMKM's side: a need's details, making, revising and withdrawing an offer, its
 * files, and "my offers". Every upload form is shown by a GET on the URL it posts to, so
 * an upload over the size limit comes back to it.
 */
@Controller
@RequestMapping("/umkm")
class OfferController {

	private final OfferService offers;

	private final ConversationService conversations;

	OfferController(OfferService offers, ConversationService conversations) {
		this.offers = offers;
		this.conversations = conversations;
	}

	@GetMapping("/kebutuhan/{needId}")
	String need(@CurrentUmkm Optional<Long> umkmId, @PathVariable Long needId, Model model) {
		model.addAttribute("page", offers.needForUmkm(needId, umkmId.orElse(null)));
		model.addAttribute("hasProfile", umkmId.isPresent());
		return "offer/need";
	}

	@GetMapping("/kebutuhan/{needId}/penawaran")
	String newForm(@CurrentUmkm Optional<Long> umkmId, @PathVariable Long needId, Model model,
			RedirectAttributes redirect) {
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		if (offers.hasActiveOffer(needId, umkmId.get())) {
			redirect.addFlashAttribute("error", "offer.alreadyOffered");
			return "redirect:/umkm/kebutuhan/" + needId;
		}
		OfferNeed need = offers.needTakingOffers(needId);
		model.addAttribute("form", OfferForm.empty(need));
		return formView(model, need, null, 0, umkmId.get());
	}

	@PostMapping("/kebutuhan/{needId}/penawaran")
	String create(@CurrentUmkm Optional<Long> umkmId, @PathVariable Long needId,
			@Valid @ModelAttribute("form") OfferForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		OfferNeed need = offers.needTakingOffers(needId);
		if (offers.hasActiveOffer(needId, umkmId.get())) {
			errors.reject("validation.offerExists");
		}
		OfferData data = form.toData(errors, need, offers.today(), 0);
		if (errors.hasErrors() || data == null) {
			return formView(model, need, null, 0, umkmId.get());
		}
		OfferView offer;
		try {
			offer = offers.submit(umkmId.get(), needId, data);
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, need, null, 0, umkmId.get());
		}
		redirect.addFlashAttribute("success", "flash.offerSent");
		return "redirect:/umkm/penawaran/" + offer.id();
	}

	@GetMapping("/penawaran")
	String mine(@CurrentUmkm Optional<Long> umkmId, @PageIndex int halaman, Model model, RedirectAttributes redirect) {
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("page", offers.myOffers(umkmId.get(), halaman));
		model.addAttribute("invitations", offers.invitationsOf(umkmId.get()));
		return "offer/mine";
	}

	@GetMapping("/penawaran/{id}")
	String show(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		OfferView offer = offers.getOwned(id, umkmId);
		model.addAttribute("offer", offer);
		model.addAttribute("threadId", conversations.idFor(offer.needId(), offer.umkmId()).orElse(null));
		model.addAttribute("upload", new AttachmentForm(null));
		return "offer/show";
	}

	@GetMapping("/penawaran/{id}/ubah")
	String editForm(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		OfferView offer = changeable(offers.getOwned(id, umkmId));
		OfferNeed need = offers.needTakingOffers(offer.needId());
		model.addAttribute("form", OfferForm.of(offer));
		return formView(model, need, offer, offer.attachments().size(), offer.umkmId());
	}

	@PostMapping("/penawaran/{id}/ubah")
	String update(@CurrentUmkm Long umkmId, @PathVariable Long id, @Valid @ModelAttribute("form") OfferForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OfferView current = offers.getOwned(id, umkmId);
		OfferNeed need = offers.needTakingOffers(current.needId());
		OfferData data = form.toData(errors, need, offers.today(), current.attachments().size());
		if (errors.hasErrors() || data == null) {
			return formView(model, need, current, current.attachments().size(), umkmId);
		}
		try {
			offers.revise(umkmId, id, data, FormInput.version(form.version()));
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, need, current, current.attachments().size(), umkmId);
		}
		redirect.addFlashAttribute("success", "flash.offerRevised");
		return "redirect:/umkm/penawaran/" + id;
	}

	@GetMapping("/penawaran/{id}/tarik")
	String confirmWithdraw(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		model.addAttribute("offer", offers.getOwned(id, umkmId));
		return "offer/withdraw";
	}

	@PostMapping("/penawaran/{id}/tarik")
	String withdraw(@CurrentUmkm Long umkmId, @PathVariable Long id, RedirectAttributes redirect) {
		offers.withdraw(umkmId, id);
		redirect.addFlashAttribute("success", "flash.offerWithdrawn");
		return "redirect:/umkm/penawaran";
	}

	@GetMapping("/penawaran/{id}/lampiran")
	String attachmentForm(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		model.addAttribute("offer", changeable(offers.getOwned(id, umkmId)));
		model.addAttribute("upload", new AttachmentForm(null));
		return "offer/attachment";
	}

	@PostMapping("/penawaran/{id}/lampiran")
	String attach(@CurrentUmkm Long umkmId, @PathVariable Long id, @ModelAttribute("upload") AttachmentForm upload,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OfferView offer = changeable(offers.getOwned(id, umkmId));
		NewDocument document = Uploads.document(upload.attachment(), errors, "attachment");
		if (document == null && !errors.hasFieldErrors("attachment")) {
			errors.rejectValue("attachment", "validation.documentRequired");
		}
		if (!errors.hasErrors() && !offer.canAttach()) {
			errors.rejectValue("attachment", "validation.offerTooManyFiles",
					new Object[] { OfferService.MAX_ATTACHMENTS }, null);
		}
		if (errors.hasErrors() || document == null) {
			model.addAttribute("offer", offer);
			return "offer/attachment";
		}
		try {
			offers.attach(umkmId, id, document);
		}
		catch (QuotaExceededException ex) {
			errors.rejectValue("attachment", ex.messageKey(), new Object[] { ex.limit() }, null);
			model.addAttribute("offer", offer);
			return "offer/attachment";
		}
		redirect.addFlashAttribute("success", "flash.offerFileAdded");
		return "redirect:/umkm/penawaran/" + id;
	}

	@GetMapping("/penawaran/{id}/lampiran/{documentId}/hapus")
	String confirmRemove(@CurrentUmkm Long umkmId, @PathVariable Long id, @PathVariable Long documentId, Model model) {
		OfferView offer = offers.getOwned(id, umkmId);
		model.addAttribute("offer", offer);
		model.addAttribute("attachment",
				offer.attachments()
					.stream()
					.filter(a -> a.documentId().equals(documentId))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Attachment " + documentId)));
		return "offer/attachment-delete";
	}

	@PostMapping("/penawaran/{id}/lampiran/{documentId}/hapus")
	String remove(@CurrentUmkm Long umkmId, @PathVariable Long id, @PathVariable Long documentId,
			RedirectAttributes redirect) {
		offers.removeAttachment(umkmId, id, documentId);
		redirect.addFlashAttribute("success", "flash.offerFileRemoved");
		return "redirect:/umkm/penawaran/" + id;
	}

	/**
	 * The form warns about required certificates the UMKM lacks but does not refuse the
	 * offer: nothing in the offer design blocks on certificates, the company decides, and
	 * a submitted one may be verified meanwhile.
	 */
	private String formView(Model model, OfferNeed need, @Nullable OfferView offer, int attachments, Long umkmId) {
		model.addAttribute("certificateGaps", offers.certificateGaps(need.id(), umkmId));
		model.addAttribute("need", need);
		model.addAttribute("offer", offer);
		model.addAttribute("units", Arrays.stream(Unit.values()).filter(u -> u.kind() == need.unit().kind()).toList());
		model.addAttribute("attachmentRoom", attachments < OfferService.MAX_ATTACHMENTS);
		model.addAttribute("today", offers.today());
		return "offer/form";
	}

	/**
	 * Files can be added only while the offer may be revised: 409 once it is decided or
	 * the need closed.
	 */
	private static OfferView changeable(OfferView offer) {
		if (!offer.canRevise()) {
			throw new ConflictException("Offer " + offer.id() + " can no longer change");
		}
		return offer;
	}

	private static String profileFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.profileFirst");
		return "redirect:/umkm/profil";
	}

}
