package id.simitra.partnership.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyView;
import id.simitra.company.CurrentCompany;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.offer.AcceptedOffer;
import id.simitra.offer.AcceptedOffers;
import id.simitra.partnership.ContractService;
import id.simitra.partnership.ContractTerms;
import id.simitra.partnership.DeliveryData;
import id.simitra.partnership.PaymentData;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipDateException;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.ProposalData;
import id.simitra.partnership.internal.Partnership;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.Formats;
import id.simitra.platform.QuotaExceededException;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.RegionService;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;
import id.simitra.platform.PageIndex;

/**
 * The parties' side of a partnership: proposing from a need's candidates (or saving a
 * draft), editing terms, the agreement and submission, answering a proposal, starting,
 * completing, ending and rating. What each person may do is decided by
 * {@link PartnershipService}; this class binds forms and shows messages.
 */
@Controller
class PartnershipController {

	private final PartnershipService partnerships;

	private final NeedService needs;

	private final UmkmService umkms;

	private final RegionService regions;

	private final Clock clock;

	/** Writes the contract's start date into a date rule's message. */
	private final Formats formats;

	/** The accepted offer a proposal is prefilled from, and the contract's terms. */
	private final AcceptedOffers acceptedOffers;

	private final ContractService contracts;

	PartnershipController(PartnershipService partnerships, NeedService needs, UmkmService umkms, RegionService regions,
			Clock clock, Formats formats, AcceptedOffers acceptedOffers, ContractService contracts) {
		this.acceptedOffers = acceptedOffers;
		this.contracts = contracts;
		this.clock = clock;
		this.formats = formats;
		this.partnerships = partnerships;
		this.needs = needs;
		this.umkms = umkms;
		this.regions = regions;
	}

	/**
	 * The proposal form, prefilled from the need and the UMKM; {@code pertemuan} when it
	 * comes from a business-matching meeting's outcome (issue 14): the partnership then
	 * remembers that meeting.
	 */
	@GetMapping("/perusahaan/kebutuhan/{needId}/usul/{umkmId}")
	String proposalForm(@AuthenticationPrincipal SimitraUser user, @CurrentCompany CompanyView company,
			@PathVariable Long needId, @PathVariable Long umkmId,
			@RequestParam(name = "pertemuan", required = false) @Nullable Long meetingId, Model model) {
		NeedView need = needs.getOwned(needId, company.id());
		UmkmView umkm = umkms.get(umkmId);
		partnerships.requireMeeting(user, needId, umkmId, meetingId);
		model.addAttribute("meetingId", meetingId);
		LocalDate today = LocalDate.now(clock);
		LocalDate start = need.deadline().isAfter(today) ? need.deadline() : today;
		LocalDate end = start.plusYears(1).minusDays(1);
		// From the accepted offer (issue 16): its price, quantity and lead time in the
		// need's unit, and the value they make over the contract's months.
		AcceptedOffer offer = acceptedOffers.find(needId, umkmId).orElse(null);
		ContractTerms terms = offer == null ? null
				: new ContractTerms(offer.quantity(), offer.unitPrice(), offer.leadTimeDays());
		model.addAttribute("form",
				new ProposalForm(need.pattern().name(), need.title(),
						terms == null ? "" : FormInput.rupiahText(terms.value(ContractTerms.months(start, end))),
						start.toString(), end.toString(), null, umkm.regencyCode(), null,
						terms == null ? null : FormInput.rupiahText(terms.unitPrice()),
						terms == null ? null : FormInput.text(terms.quantity()),
						terms == null ? null : String.valueOf(terms.leadTimeDays())));
		return proposalView(model, user, need, umkm);
	}

	/**
	 * "Kirim usulan" proposes at once (declaration required); "Simpan sebagai draf" keeps
	 * it with the company.
	 */
	@PostMapping("/perusahaan/kebutuhan/{needId}/usul/{umkmId}")
	String propose(@AuthenticationPrincipal SimitraUser user, @CurrentCompany CompanyView company,
			@PathVariable Long needId, @PathVariable Long umkmId,
			@RequestParam(name = "draft", required = false) String draft,
			@RequestParam(name = "pertemuan", required = false) @Nullable Long meetingId,
			@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		NeedView need = needs.getOwned(needId, company.id());
		UmkmView umkm = umkms.get(umkmId);
		partnerships.requireMeeting(user, needId, umkmId, meetingId);
		model.addAttribute("meetingId", meetingId);
		boolean asDraft = FormInput.flag(draft);
		ProposalData data = form.toData(errors, regions::isRegency, !asDraft);
		if (!need.isOpen()) {
			errors.reject("validation.needClosed");
		}
		else if (partnerships.hasActive(needId, umkmId)) {
			errors.reject("validation.proposalExists");
		}
		else if (!asDraft && partnerships.proposalBlock(user, umkmId).isPresent()) {
			// The UMKM declined this company recently; the form keeps what was typed and
			// can still save a draft.
			errors.reject("validation.declinedCoolOff");
		}
		if (errors.hasErrors() || data == null) {
			return proposalView(model, user, need, umkm);
		}
		Long id = asDraft ? partnerships.createDraft(user, needId, umkmId, data, meetingId)
				: partnerships.propose(user, needId, umkmId, data, meetingId);
		redirect.addFlashAttribute("success", asDraft ? "lifecycle.flash.draftSaved" : "flash.proposalSent");
		return "redirect:/kemitraan/" + id;
	}

	@GetMapping("/perusahaan/kemitraan")
	String companyList(@CurrentCompany Optional<CompanyView> company, @PageIndex int halaman, Model model) {
		if (company.isEmpty()) {
			return "redirect:/perusahaan/profil";
		}
		model.addAttribute("page", partnerships.listForCompany(company.get().id(), halaman));
		return "partnership/list";
	}

	@GetMapping("/umkm/kemitraan")
	String umkmList(@CurrentUmkm Optional<Long> umkmId, @PageIndex int halaman, Model model) {
		if (umkmId.isEmpty()) {
			return "redirect:/umkm/profil";
		}
		model.addAttribute("page", partnerships.listForUmkm(umkmId.get(), halaman));
		return "partnership/list";
	}

	@GetMapping("/kemitraan/{id}")
	String show(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		return showView(model, user, id);
	}

	/**
	 * The UMKM owner accepts or declines a proposal; declining needs a reason the company
	 * can read.
	 */
	@PostMapping("/kemitraan/{id}/tanggapan")
	String respond(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.approved() && !form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors()) {
			return showView(model, user, id);
		}
		PartnershipAction action = form.approved() ? PartnershipAction.ACCEPT : PartnershipAction.DECLINE;
		partnerships.perform(user, id, action, form.reason(), false, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", action.flashKey());
		return "redirect:/kemitraan/" + id;
	}

	@GetMapping("/kemitraan/{id}/ubah")
	String editForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		PartnershipView p = editable(user, id);
		model.addAttribute("form", ProposalForm.of(p, contracts.view(user, id).contract()));
		return editView(model, user, p);
	}

	@PostMapping("/kemitraan/{id}/ubah")
	String edit(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PartnershipView p = editable(user, id);
		ProposalData data = form.toData(errors, regions::isRegency, false);
		if (data != null && data.terms() != null && contracts.view(user, id).unit() == null) {
			// A partnership from before issue 16 has no unit to read the terms in.
			errors.reject("validation.contractNoUnit");
		}
		if (errors.hasErrors() || data == null) {
			return editView(model, user, p);
		}
		partnerships.edit(user, id, data, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "lifecycle.flash.termsSaved");
		return "redirect:/kemitraan/" + id;
	}

	/**
	 * The company sends a draft (or a returned partnership with changed key terms) to the
	 * UMKM.
	 */
	@PostMapping("/kemitraan/{id}/usulkan")
	String sendToUmkm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.declared()) {
			errors.rejectValue("noControlDeclared", "validation.noControl");
		}
		Long umkmId = partnerships.getFor(user, id).umkmId();
		if (partnerships.proposalBlock(user, umkmId).isPresent()) {
			errors.reject("validation.declinedCoolOff");
		}
		if (errors.hasErrors()) {
			return showView(model, user, id);
		}
		partnerships.perform(user, id, PartnershipAction.PROPOSE, null, true, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", PartnershipAction.PROPOSE.flashKey());
		return "redirect:/kemitraan/" + id;
	}

	@GetMapping("/kemitraan/{id}/perjanjian")
	String agreementPage(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		return agreementView(model, user, id);
	}

	@PostMapping("/kemitraan/{id}/perjanjian")
	String uploadAgreement(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@ModelAttribute("agreement") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		NewDocument document = agreementPdf(form.document(), errors);
		if (errors.hasErrors() || document == null) {
			return agreementView(model, user, id);
		}
		try {
			partnerships.uploadAgreement(user, id, document, FormInput.version(form.version()));
		}
		catch (QuotaExceededException ex) {
			// The company's storage is full: the form again with the message (only a file
			// was sent).
			errors.rejectValue("document", ex.messageKey(), new Object[] { ex.limit() }, null);
			return agreementView(model, user, id);
		}
		redirect.addFlashAttribute("success", "lifecycle.flash.agreementUploaded");
		return "redirect:/kemitraan/" + id + "/perjanjian";
	}

	/**
	 * The company submits the accepted partnership, with its agreement and declaration,
	 * to the Dinas.
	 */
	@PostMapping("/kemitraan/{id}/kirim")
	String submit(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PartnershipView p = partnerships.getFor(user, id);
		if (!form.declared()) {
			errors.rejectValue("noControlDeclared", "lifecycle.validation.declareToSubmit");
		}
		if (!p.hasAgreement()) {
			errors.reject("lifecycle.validation.agreementRequired");
		}
		if (errors.hasErrors()) {
			return agreementView(model, user, id);
		}
		partnerships.perform(user, id, PartnershipAction.SUBMIT, null, true, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", PartnershipAction.SUBMIT.flashKey());
		return "redirect:/kemitraan/" + id;
	}

	@PostMapping("/kemitraan/{id}/mulai")
	String activate(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return showView(model, user, id);
		}
		try {
			partnerships.perform(user, id, PartnershipAction.ACTIVATE, form.reason(), false,
					FormInput.version(form.version()));
		}
		catch (PartnershipDateException ex) {
			errors.rejectValue("reason", ex.messageKey(), new Object[] { formats.date(ex.startDate()) }, null);
			return showView(model, user, id);
		}
		redirect.addFlashAttribute("success", PartnershipAction.ACTIVATE.flashKey());
		return "redirect:/kemitraan/" + id;
	}

	/** Completing is final, so it is confirmed on a page of its own first. */
	@GetMapping("/kemitraan/{id}/selesai")
	String confirmComplete(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		return confirmView(model, user, id, PartnershipAction.COMPLETE);
	}

	@PostMapping("/kemitraan/{id}/selesai")
	String complete(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return confirmView(model, user, id, PartnershipAction.COMPLETE);
		}
		try {
			partnerships.perform(user, id, PartnershipAction.COMPLETE, form.reason(), false,
					FormInput.version(form.version()));
		}
		catch (PartnershipDateException ex) {
			errors.rejectValue("reason", ex.messageKey(), new Object[] { formats.date(ex.startDate()) }, null);
			return confirmView(model, user, id, PartnershipAction.COMPLETE);
		}
		redirect.addFlashAttribute("success", PartnershipAction.COMPLETE.flashKey());
		return "redirect:/kemitraan/" + id;
	}

	/** Ending early needs a reason and a confirmation page. */
	@GetMapping("/kemitraan/{id}/akhiri")
	String confirmTerminate(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		return confirmView(model, user, id, PartnershipAction.TERMINATE);
	}

	@PostMapping("/kemitraan/{id}/akhiri")
	String terminate(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors()) {
			return confirmView(model, user, id, PartnershipAction.TERMINATE);
		}
		partnerships.perform(user, id, PartnershipAction.TERMINATE, form.reason(), false,
				FormInput.version(form.version()));
		redirect.addFlashAttribute("success", PartnershipAction.TERMINATE.flashKey());
		return "redirect:/kemitraan/" + id;
	}

	@PostMapping("/kemitraan/{id}/nilai")
	String rate(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("rating") RatingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Integer score = null;
		if (form.score() == null || !form.score().strip().matches("[1-5]")) {
			errors.rejectValue("score", "lifecycle.validation.score");
		}
		else {
			score = Integer.valueOf(form.score().strip());
		}
		if (errors.hasErrors() || score == null) {
			return showView(model, user, id);
		}
		partnerships.rate(user, id, score, form.comment(), form.isPublic());
		redirect.addFlashAttribute("success", "lifecycle.flash.rated");
		return "redirect:/kemitraan/" + id;
	}

	/**
	 * One of the parties records a delivery or service period after approval (issue 16),
	 * with an optional document.
	 */
	@PostMapping("/kemitraan/{id}/pengiriman")
	String recordDelivery(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("delivery") DeliveryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!contracts.view(user, id).canRecordDelivery()) {
			throw new ConflictException("Partnership " + id + ": deliveries are not recorded now");
		}
		DeliveryData data = form.toData(errors, LocalDate.now(clock));
		NewDocument document = form.file(errors);
		if (errors.hasErrors() || data == null) {
			return showView(model, user, id);
		}
		try {
			contracts.recordDelivery(user, id, data, document);
		}
		catch (QuotaExceededException ex) {
			errors.rejectValue("document", ex.messageKey(), new Object[] { ex.limit() }, null);
			return showView(model, user, id);
		}
		redirect.addFlashAttribute("success", "contract.flash.delivery");
		return "redirect:/kemitraan/" + id + "#realisasi";
	}

	/** One of the parties records a payment and its terms (issue 16). */
	@PostMapping("/kemitraan/{id}/pembayaran")
	String recordPayment(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("payment") PaymentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!contracts.view(user, id).canRecordPayment()) {
			throw new ConflictException("Partnership " + id + ": payments are not recorded now");
		}
		PaymentData data = form.toData(errors, LocalDate.now(clock));
		if (errors.hasErrors() || data == null) {
			return showView(model, user, id);
		}
		contracts.recordPayment(user, id, data);
		redirect.addFlashAttribute("success", "contract.flash.payment");
		return "redirect:/kemitraan/" + id + "#pembayaran";
	}

	/** One of the parties records that a payment was made. */
	@PostMapping("/kemitraan/{id}/pembayaran/lunas")
	String markPaid(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("paid") PaidForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!contracts.view(user, id).canRecordPayment()) {
			throw new ConflictException("Partnership " + id + ": payments are not recorded now");
		}
		Long paymentId = FormInput.version(form.paymentId());
		if (paymentId == null) {
			throw new NotFoundException("Payment " + form.paymentId());
		}
		LocalDate paidOn = PaymentForm.paidDate(errors, "paidOn", form.paidOn(), LocalDate.now(clock), true);
		if (errors.hasErrors() || paidOn == null) {
			return showView(model, user, id);
		}
		contracts.markPaid(user, id, paymentId, paidOn, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "contract.flash.paid");
		return "redirect:/kemitraan/" + id + "#pembayaran";
	}

	/**
	 * The agreement is a PDF, recognised from its first bytes (never from its name or the
	 * browser's type).
	 */
	private static @Nullable NewDocument agreementPdf(@Nullable MultipartFile file, BindingResult errors) {
		if (file == null || file.isEmpty()) {
			errors.rejectValue("document", "lifecycle.validation.agreementFile");
			return null;
		}
		if (file.getSize() > NewDocument.MAX_BYTES) {
			errors.rejectValue("document", "validation.documentTooLarge");
			return null;
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			errors.rejectValue("document", "validation.documentUnreadable");
			return null;
		}
		Optional<NewDocument> document = NewDocument.recognise(file.getOriginalFilename(), bytes)
			.filter(d -> "application/pdf".equals(d.contentType()));
		if (document.isEmpty()) {
			errors.rejectValue("document", "lifecycle.validation.agreementPdf");
			return null;
		}
		return document.get();
	}

	private PartnershipView editable(SimitraUser user, Long id) {
		PartnershipView p = partnerships.getFor(user, id);
		if (!p.can().isCompany()) {
			throw new AccessDeniedException("Only the company edits partnership " + id);
		}
		if (!p.can().edit()) {
			throw new ConflictException("Partnership " + id + " is " + p.status() + " and cannot be edited");
		}
		return p;
	}

	private String showView(Model model, SimitraUser user, Long id) {
		PartnershipView p = partnerships.getFor(user, id);
		model.addAttribute("p", p);
		model.addAttribute("contract", contracts.view(user, id));
		model.addAttribute("contractToday", LocalDate.now(clock).toString());
		// Starting before this day needs a reason (PartnershipService.checkDates).
		model.addAttribute("startsEarly", p.startDate().isAfter(LocalDate.now(clock)));
		String version = String.valueOf(p.version());
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm("true", "", null, version));
		}
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new StepForm("", p.noControlDeclared() ? "true" : null, version));
		}
		if (!model.containsAttribute("rating")) {
			model.addAttribute("rating", RatingForm.empty());
		}
		if (!model.containsAttribute("delivery")) {
			model.addAttribute("delivery", DeliveryForm.empty(LocalDate.now(clock)));
		}
		if (!model.containsAttribute("payment")) {
			model.addAttribute("payment", PaymentForm.empty());
		}
		if (!model.containsAttribute("paid")) {
			model.addAttribute("paid", new PaidForm("", LocalDate.now(clock).toString(), ""));
		}
		if (p.can().may(PartnershipAction.PROPOSE.name())) {
			model.addAttribute("block", partnerships.proposalBlock(user, p.umkmId()).orElse(null));
		}
		return "partnership/show";
	}

	private String editView(Model model, SimitraUser user, PartnershipView p) {
		model.addAttribute("p", p);
		model.addAttribute("termsUnit", contracts.view(user, p.id()).unit());
		model.addAttribute("patterns", PartnershipPattern.values());
		model.addAttribute("provinces", regions.provinces());
		return "partnership/edit";
	}

	private String agreementView(Model model, SimitraUser user, Long id) {
		PartnershipView p = partnerships.getFor(user, id);
		if (!p.can().isCompany()) {
			throw new AccessDeniedException("Only the company handles the agreement of partnership " + id);
		}
		if (!p.can().uploadAgreement() && !p.can().may("SUBMIT")) {
			throw new ConflictException("Partnership " + id + " is " + p.status() + ": agreement closed");
		}
		model.addAttribute("p", p);
		String version = String.valueOf(p.version());
		if (!model.containsAttribute("agreement")) {
			model.addAttribute("agreement", new AgreementForm(null, version));
		}
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new StepForm("", p.noControlDeclared() ? "true" : null, version));
		}
		return "partnership/agreement";
	}

	private String confirmView(Model model, SimitraUser user, Long id, PartnershipAction action) {
		PartnershipView p = partnerships.getFor(user, id);
		if (!p.can().actions().contains(action)) {
			if (p.can().isCompany() || p.can().isUmkm()) {
				throw new ConflictException("Partnership " + id + " is " + p.status() + ", cannot " + action);
			}
			throw new AccessDeniedException(action + " is not for this account");
		}
		model.addAttribute("p", p);
		model.addAttribute("action", action);
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new StepForm("", null, String.valueOf(p.version())));
		}
		return "partnership/confirm";
	}

	private String proposalView(Model model, SimitraUser user, NeedView need, UmkmView umkm) {
		model.addAttribute("block", partnerships.proposalBlock(user, umkm.id()).orElse(null));
		model.addAttribute("need", need);
		model.addAttribute("umkm", umkm);
		model.addAttribute("termsUnit", need.unit());
		model.addAttribute("fromOffer", acceptedOffers.find(need.id(), umkm.id()).isPresent());
		model.addAttribute("patterns", PartnershipPattern.values());
		model.addAttribute("provinces", regions.provinces());
		return "partnership/propose";
	}

}
