package id.simitra.umkm.web;

import org.jspecify.annotations.Nullable;

import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateTypeView;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmQuotas;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.CertificateView;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.platform.FormInput;
import id.simitra.platform.QuotaExceededException;

/**
 * The owner's permits and certificates. Adding starts by choosing the kind, so the form can show that
 * kind's number format and prefill its issuer without any JavaScript.
 */
@Controller
@RequestMapping("/umkm/sertifikat")
class CertificateController {

	private final CertificateService certificates;

	private final UmkmService umkms;

	private final UmkmQuotas quotas;

	CertificateController(CertificateService certificates, UmkmService umkms, UmkmQuotas quotas) {
		this.quotas = quotas;
		this.certificates = certificates;
		this.umkms = umkms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman, Model model,
			RedirectAttributes redirect) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("page", certificates.listOf(umkmId.get(), halaman));
		return "umkm/certificates";
	}

	@GetMapping("/baru")
	String newForm(@AuthenticationPrincipal SimitraUser user, @RequestParam(name = "jenis", required = false) String jenis,
			Model model, RedirectAttributes redirect) {
		if (umkms.findIdByOwner(user.accountId()).isEmpty()) {
			return profileFirst(redirect);
		}
		Optional<CertificateTypeView> type = certificates.type(jenis).filter(CertificateTypeView::active);
		if (type.isEmpty()) {
			model.addAttribute("types", certificates.activeTypes());
			return "umkm/certificate-types";
		}
		model.addAttribute("form", CertificateForm.empty(type.get()));
		if (quotas.certificatesFull(umkms.findIdByOwner(user.accountId()).orElseThrow())) {
			model.addAttribute("error", "quota.certificates.short");
		}
		return formView(model, null, null);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") CertificateForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		CertificateData data = validate(form, errors, null, locale);
		if (errors.hasErrors() || data == null) {
			return formView(model, null, null);
		}
		try {
			// Here rather than in CertificateService.create: the demo data and tests create certificates directly.
			quotas.certificateSlot(umkmId.get());
			certificates.create(umkmId.get(), data);
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, null, null);
		}
		redirect.addFlashAttribute("success", "flash.certificateSaved");
		return "redirect:/umkm/sertifikat";
	}

	@GetMapping("/{id}/ubah")
	String editForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		CertificateView certificate = certificates.getOwned(id, ownUmkmId(user));
		model.addAttribute("form", CertificateForm.of(certificate));
		return formView(model, certificate, certificate.type().code());
	}

	@PostMapping("/{id}/ubah")
	String update(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") CertificateForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		Long umkmId = ownUmkmId(user);
		CertificateView current = certificates.getOwned(id, umkmId);
		CertificateData data = validate(form, errors, current.type().code(), locale);
		if (errors.hasErrors() || data == null) {
			return formView(model, current, current.type().code());
		}
		CertificateView saved;
		try {
			saved = certificates.update(id, umkmId, data, FormInput.version(form.version()));
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, current, current.type().code());
		}
		redirect.addFlashAttribute("success",
				current.isVerified() && saved.isSubmitted() ? "flash.certificateResubmitted" : "flash.certificateSaved");
		return "redirect:/umkm/sertifikat";
	}

	@GetMapping("/{id}/hapus")
	String confirmDelete(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		model.addAttribute("certificate", certificates.getOwned(id, ownUmkmId(user)));
		return "umkm/certificate-delete";
	}

	@PostMapping("/{id}/hapus")
	String delete(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, RedirectAttributes redirect) {
		certificates.delete(id, ownUmkmId(user));
		redirect.addFlashAttribute("success", "flash.certificateDeleted");
		return "redirect:/umkm/sertifikat";
	}

	/**
	 * Reads the form. {@code currentType} is the kind of the certificate being edited (null when adding): it
	 * stays acceptable even if it was retired since. A new certificate needs its document; an edit keeps the
	 * current file unless another is chosen.
	 */
	private @Nullable CertificateData validate(CertificateForm form, BindingResult errors, @Nullable String currentType,
			Locale locale) {
		Optional<CertificateTypeView> type = errors.hasFieldErrors("typeCode") ? Optional.empty()
				: certificates.type(form.typeCode()).filter(t -> t.active() || t.code().equals(currentType));
		if (type.isEmpty() && !errors.hasFieldErrors("typeCode")) {
			errors.rejectValue("typeCode", "validation.choice");
		}
		String number = CertificateTypeView.normalizeNumber(form.number());
		if (type.isPresent() && !errors.hasFieldErrors("number") && !type.get().accepts(number)) {
			if (type.get().numberPattern() != null && type.get().hasExample()) {
				errors.rejectValue("number", "validation.certificateNumber",
						new Object[] { type.get().label(locale), type.get().numberExample() }, null);
			}
			else {
				errors.rejectValue("number", "validation.certificateNumberLength");
			}
		}
		LocalDate today = certificates.today();
		LocalDate issuedOn = FormInput.date(errors, "issuedOn", form.issuedOn());
		if (issuedOn != null && issuedOn.isAfter(today)) {
			errors.rejectValue("issuedOn", "validation.issuedInFuture");
		}
		LocalDate expiresOn = null;
		boolean expiryGiven = form.expiresOn() != null && !form.expiresOn().isBlank();
		if (expiryGiven || type.map(CertificateTypeView::hasExpiry).orElse(false)) {
			expiresOn = FormInput.date(errors, "expiresOn", form.expiresOn());
		}
		if (issuedOn != null && expiresOn != null && expiresOn.isBefore(issuedOn)) {
			errors.rejectValue("expiresOn", "validation.expiryBeforeIssue");
		}
		String issuer = form.issuer() == null || form.issuer().isBlank()
				? type.map(CertificateTypeView::defaultIssuer).orElse(null) : form.issuer().strip();
		if (issuer == null && !errors.hasFieldErrors("issuer")) {
			errors.rejectValue("issuer", "validation.required");
		}
		NewDocument document = document(form.document(), errors, currentType == null);
		// issuedOn and issuer are null only when an error was recorded for them
		if (errors.hasErrors() || issuedOn == null || issuer == null) {
			return null;
		}
		return new CertificateData(type.get().code(), number, issuedOn, expiresOn, issuer, document);
	}

	/** The kind of file is read from its first bytes: names and browser-sent types can be anything. */
	private static @Nullable NewDocument document(@Nullable MultipartFile file, BindingResult errors, boolean required) {
		if (file == null || file.isEmpty()) {
			if (required) {
				errors.rejectValue("document", "validation.documentRequired");
			}
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
		Optional<NewDocument> document = NewDocument.recognise(file.getOriginalFilename(), bytes);
		if (document.isEmpty()) {
			errors.rejectValue("document", "validation.documentType");
			return null;
		}
		return document.get();
	}

	private String formView(Model model, @Nullable CertificateView certificate, @Nullable String currentType) {
		List<CertificateTypeView> types = new ArrayList<>(certificates.activeTypes());
		if (currentType != null && types.stream().noneMatch(t -> t.code().equals(currentType))) {
			certificates.type(currentType).ifPresent(t -> types.add(0, t));
		}
		CertificateForm form = (CertificateForm) model.getAttribute("form");
		model.addAttribute("types", types);
		model.addAttribute("selectedType",
				types.stream().filter(t -> form != null && t.code().equals(form.typeCode())).findFirst().orElse(null));
		model.addAttribute("certificate", certificate);
		return "umkm/certificate-form";
	}

	private Long ownUmkmId(SimitraUser user) {
		// No profile yet means no certificates either: anything asked for is someone else's.
		return umkms.findIdByOwner(user.accountId()).orElseThrow(() -> new AccessDeniedException("No UMKM profile"));
	}

	private static String profileFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.profileFirst");
		return "redirect:/umkm/profil";
	}

}
