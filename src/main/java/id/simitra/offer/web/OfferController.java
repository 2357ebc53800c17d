package id.simitra.offer.web;

import org.jspecify.annotations.Nullable;

import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.Offer;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferNeed;
import id.simitra.offer.internal.OfferService;
import id.simitra.offer.internal.OfferView;
import id.simitra.offer.internal.Uploads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
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
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.QuotaExceededException;
import id.simitra.reference.Unit;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmService;

/**
 * The UMKM's side: a need's details, making, revising and withdrawing an offer, its files, and "my offers". Every
 * upload form is shown by a GET on the URL it posts to, so an upload over the size limit comes back to it.
 */
@Controller
@RequestMapping("/umkm")
class OfferController {

	private static final long MAX_PRICE = 1_000_000_000_000L;

	private final OfferService offers;

	private final ConversationService conversations;

	private final UmkmService umkms;

	OfferController(OfferService offers, ConversationService conversations, UmkmService umkms) {
		this.offers = offers;
		this.conversations = conversations;
		this.umkms = umkms;
	}

	@GetMapping("/kebutuhan/{needId}")
	String need(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId, Model model) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		model.addAttribute("page", offers.needForUmkm(needId, umkmId.orElse(null)));
		model.addAttribute("hasProfile", umkmId.isPresent());
		return "offer/need";
	}

	@GetMapping("/kebutuhan/{needId}/penawaran")
	String newForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId, Model model,
			RedirectAttributes redirect) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
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
	String create(@AuthenticationPrincipal SimitraUser user, @PathVariable Long needId,
			@Valid @ModelAttribute("form") OfferForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		OfferNeed need = offers.needTakingOffers(needId);
		if (offers.hasActiveOffer(needId, umkmId.get())) {
			errors.reject("validation.offerExists");
		}
		OfferData data = validate(form, errors, need, 0);
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
	String mine(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman, Model model,
			RedirectAttributes redirect) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("page", offers.myOffers(umkmId.get(), halaman));
		model.addAttribute("invitations", offers.invitationsOf(umkmId.get()));
		return "offer/mine";
	}

	@GetMapping("/penawaran/{id}")
	String show(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		OfferView offer = offers.getOwned(id, ownUmkmId(user));
		model.addAttribute("offer", offer);
		model.addAttribute("threadId", conversations.idFor(offer.needId(), offer.umkmId()).orElse(null));
		model.addAttribute("upload", new AttachmentForm(null));
		return "offer/show";
	}

	@GetMapping("/penawaran/{id}/ubah")
	String editForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		OfferView offer = changeable(offers.getOwned(id, ownUmkmId(user)));
		OfferNeed need = offers.needTakingOffers(offer.needId());
		model.addAttribute("form", OfferForm.of(offer));
		return formView(model, need, offer, offer.attachments().size(), offer.umkmId());
	}

	@PostMapping("/penawaran/{id}/ubah")
	String update(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") OfferForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Long umkmId = ownUmkmId(user);
		OfferView current = offers.getOwned(id, umkmId);
		OfferNeed need = offers.needTakingOffers(current.needId());
		OfferData data = validate(form, errors, need, current.attachments().size());
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
	String confirmWithdraw(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		model.addAttribute("offer", offers.getOwned(id, ownUmkmId(user)));
		return "offer/withdraw";
	}

	@PostMapping("/penawaran/{id}/tarik")
	String withdraw(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, RedirectAttributes redirect) {
		offers.withdraw(ownUmkmId(user), id);
		redirect.addFlashAttribute("success", "flash.offerWithdrawn");
		return "redirect:/umkm/penawaran";
	}

	@GetMapping("/penawaran/{id}/lampiran")
	String attachmentForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		model.addAttribute("offer", changeable(offers.getOwned(id, ownUmkmId(user))));
		model.addAttribute("upload", new AttachmentForm(null));
		return "offer/attachment";
	}

	@PostMapping("/penawaran/{id}/lampiran")
	String attach(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@ModelAttribute("upload") AttachmentForm upload, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Long umkmId = ownUmkmId(user);
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
	String confirmRemove(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, @PathVariable Long documentId,
			Model model) {
		OfferView offer = offers.getOwned(id, ownUmkmId(user));
		model.addAttribute("offer", offer);
		model.addAttribute("attachment", offer.attachments()
			.stream()
			.filter(a -> a.documentId().equals(documentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Attachment " + documentId)));
		return "offer/attachment-delete";
	}

	@PostMapping("/penawaran/{id}/lampiran/{documentId}/hapus")
	String remove(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, @PathVariable Long documentId,
			RedirectAttributes redirect) {
		offers.removeAttachment(ownUmkmId(user), id, documentId);
		redirect.addFlashAttribute("success", "flash.offerFileRemoved");
		return "redirect:/umkm/penawaran/" + id;
	}

	/**
	 * Reads the form against the need: the unit must measure what the need measures (kg against ton, not
	 * litres), the validity date must not be past, and an attached file must be a real PDF, JPEG or PNG.
	 */
	private @Nullable OfferData validate(OfferForm form, BindingResult errors, OfferNeed need, int attachments) {
		BigDecimal quantity = FormInput.quantity(errors, "quantity", form.quantity(), false);
		Unit unit = FormInput.choice(errors, "unit", form.unit(), Unit.class);
		if (unit != null && unit.kind() != need.unit().kind()) {
			errors.rejectValue("unit", "validation.offerUnitKind",
					new Object[] { new DefaultMessageSourceResolvable(need.unit().messageKey()) }, null);
		}
		Long price = FormInput.rupiah(errors, "unitPrice", form.unitPrice(), 1, MAX_PRICE);
		Integer leadTime = days(errors, "leadTimeDays", form.leadTimeDays());
		LocalDate validUntil = FormInput.date(errors, "validUntil", form.validUntil());
		if (validUntil != null && validUntil.isBefore(offers.today())) {
			errors.rejectValue("validUntil", "validation.futureOrPresent");
		}
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		NewDocument document = Uploads.document(form.attachment(), errors, "attachment");
		if (document != null && attachments >= OfferService.MAX_ATTACHMENTS) {
			errors.rejectValue("attachment", "validation.offerTooManyFiles",
					new Object[] { OfferService.MAX_ATTACHMENTS }, null);
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || quantity == null || unit == null || price == null || leadTime == null
				|| validUntil == null) {
			return null;
		}
		return new OfferData(quantity, unit, price, leadTime, validUntil, note, document);
	}

	/** Whole days from 0 (from stock) to 365. */
	private static @Nullable Integer days(BindingResult errors, String field, @Nullable String raw) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		if (raw == null || raw.isBlank()) {
			errors.rejectValue(field, "validation.required");
			return null;
		}
		String text = raw.strip();
		if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) > 365) {
			errors.rejectValue(field, "validation.leadTime");
			return null;
		}
		return Integer.valueOf(text);
	}

	/**
	 * The form warns about required certificates the UMKM lacks but does not refuse the offer: nothing in the
	 * offer design blocks on certificates, the company decides, and a submitted one may be verified meanwhile.
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

	/** Files can be added only while the offer may be revised: 409 once it is decided or the need closed. */
	private static OfferView changeable(OfferView offer) {
		if (!offer.canRevise()) {
			throw new ConflictException("Offer " + offer.id() + " can no longer change");
		}
		return offer;
	}

	private Long ownUmkmId(SimitraUser user) {
		// No profile means no offers: anything asked for is someone else's.
		return umkms.findIdByOwner(user.accountId()).orElseThrow(() -> new AccessDeniedException("No UMKM profile"));
	}

	private static String profileFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.profileFirst");
		return "redirect:/umkm/profil";
	}

}
